// Compile-time check of the gateway operations (gateways of every documented type, their
// credentials, instances and role assignments), alert channels and webhook subscriptions.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const gatewayID = "2feb8942-d059-4cf3-9346-0c6fb80cc586";
const credentialID = "a10ed782-a6ff-4954-bb68-8d28b6fd3919";
const instanceID = "5c7e1d52-8a0e-4a79-9c2e-0d6e5f3b9a41";
const roleAssignmentID = "26bf655e-7fd9-4014-912c-c016d18b2cdb";
const roleID = "0bd9c966-7664-4ac1-b059-0ff9293908e2";
const populationID = "60971d3b-fc40-4a1a-8e0a-4b2f4a7e7c41";
const alertChannelID = "c0bc4d2e-6d5a-46f1-892b-499e526a633a";
const subscriptionID = "6f3c2a1e-9b8d-4c7e-a5f4-3e2d1c0b9a87";

export async function gatewayOperations(): Promise<void> {
  const env = { params: { path: { environmentID } } } as const;

  // Gateways: one body per variant
  const gateways: Schemas["GatewayCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/gateways", {
      params: { path: { environmentID }, query: { expand: "instances" } },
    }),
  );
  const firstType: string | undefined = gateways._embedded.gateways[0]?.type;
  const pingFederate: Schemas["Gateway"] = await unwrap(
    client.POST("/environments/{environmentID}/gateways", {
      ...env,
      body: { name: "PingFederate", type: "PING_FEDERATE", enabled: true },
    }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/gateways", {
      ...env,
      body: { name: "API gateway", type: "API_GATEWAY_INTEGRATION", enabled: true, description: "Kong" },
    }),
  );
  const ldapBody: Schemas["GatewayLdapInput"] = {
    name: "LDAP",
    type: "LDAP",
    enabled: true,
    vendor: "Microsoft Active Directory",
    serversHostAndPort: ["dc1.example.com:636"],
    bindDN: "cn=svc-pingone,dc=example,dc=com",
    bindPassword: "secret",
    connectionSecurity: "TLS",
    kerberos: { serviceAccountUserPrincipalName: "svc@example.com", serviceAccountPassword: "secret" },
    userTypes: [
      {
        name: "Staff",
        passwordAuthority: "PING_ONE",
        newUserLookup: {
          population: { id: populationID },
          attributeMappings: [{ name: "username", value: "${ldapAttributes.sAMAccountName}" }],
        },
      },
    ],
  };
  const ldap: Schemas["Gateway"] = await unwrap(
    client.POST("/environments/{environmentID}/gateways", { ...env, body: ldapBody }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/gateways", {
      ...env,
      body: {
        name: "RADIUS",
        type: "RADIUS",
        enabled: true,
        davinci: { policy: { id: "567a3443878d406e3fb22f5307059e0b" } },
        radiusClients: [{ ip: "10.0.0.1", sharedSecret: null, blastRadiusMitigation: { limitProxyState: true } }],
        networkPolicyServer: { ip: "10.0.0.2", port: 1812 },
      },
    }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/gateways", {
      ...env,
      body: { name: "Authorize", type: "AUTHORIZE", enabled: true, authorizationVersion: { id: gatewayID } },
    }),
  );
  const gwPath = { params: { path: { environmentID, gatewayID } } } as const;
  const read: Schemas["Gateway"] = await unwrap(
    client.GET("/environments/{environmentID}/gateways/{gatewayID}", {
      params: { path: { environmentID, gatewayID }, query: { expand: "instances" } },
    }),
  );
  const embedded: Schemas["GatewayInstance"][] | undefined = read._embedded?.instances;
  if (read.type === "LDAP") {
    const servers: string[] | undefined = (read as Schemas["GatewayLdap"]).serversHostAndPort;
    void servers;
  }
  const updated: Schemas["Gateway"] = await unwrap(
    client.PUT("/environments/{environmentID}/gateways/{gatewayID}", {
      ...gwPath,
      body: { ...ldapBody, enabled: false },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/gateways/{gatewayID}", gwPath));

  // Credentials: the token comes back once
  const credentials: Schemas["GatewayCredentialCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/gateways/{gatewayID}/credentials", gwPath),
  );
  const created: Schemas["GatewayCredential"] = await unwrap(
    client.POST("/environments/{environmentID}/gateways/{gatewayID}/credentials", gwPath),
  );
  const token: string | undefined = created.credential ?? created.token;
  const credPath = { params: { path: { environmentID, gatewayID, credentialID } } } as const;
  const credential: Schemas["GatewayCredential"] = await unwrap(
    client.GET("/environments/{environmentID}/gateways/{gatewayID}/credentials/{credentialID}", credPath),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/gateways/{gatewayID}/credentials/{credentialID}", credPath),
  );

  // Instances
  const instances: Schemas["GatewayInstanceCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/gateways/{gatewayID}/instances", gwPath),
  );
  const instance: Schemas["GatewayInstance"] = await unwrap(
    client.GET("/environments/{environmentID}/gateways/{gatewayID}/instances/{instanceID}", {
      params: { path: { environmentID, gatewayID, instanceID } },
    }),
  );
  const health: string | undefined = instance.healthStatus;

  // Role assignments
  const assignments: Schemas["GatewayRoleAssignmentCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/gateways/{gatewayID}/roleAssignments", gwPath),
  );
  const assigned: Schemas["GatewayRoleAssignment"] = await unwrap(
    client.POST("/environments/{environmentID}/gateways/{gatewayID}/roleAssignments", {
      ...gwPath,
      body: { role: { id: roleID }, scope: { id: environmentID, type: "ENVIRONMENT" } },
    }),
  );
  const holder: string | undefined = assigned.gateway?.id;
  const raPath = { params: { path: { environmentID, gatewayID, roleAssignmentID } } } as const;
  const assignment: Schemas["GatewayRoleAssignment"] = await unwrap(
    client.GET("/environments/{environmentID}/gateways/{gatewayID}/roleAssignments/{roleAssignmentID}", raPath),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/gateways/{gatewayID}/roleAssignments/{roleAssignmentID}", raPath),
  );

  // Alert channels
  const channels: Schemas["AlertChannelCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/alertChannels", env),
  );
  const channelBody: Schemas["AlertChannelInput"] = {
    channelType: "EMAIL",
    addresses: ["ops@example.com"],
    includeSeverities: ["ERROR", "WARNING"],
    excludeAlertTypes: ["LICENSE_ROTATED"],
  };
  const channel: Schemas["AlertChannel"] = await unwrap(
    client.POST("/environments/{environmentID}/alertChannels", { ...env, body: channelBody }),
  );
  const acPath = { params: { path: { environmentID, alertChannelID } } } as const;
  const readChannel: Schemas["AlertChannel"] = await unwrap(
    client.GET("/environments/{environmentID}/alertChannels/{alertChannelID}", acPath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/alertChannels/{alertChannelID}", {
      ...acPath,
      body: { ...channelBody, alertName: "Ops" },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/alertChannels/{alertChannelID}", acPath));

  // Webhook subscriptions
  const subscriptions: Schemas["SubscriptionCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/subscriptions", env),
  );
  const subscriptionBody: Schemas["SubscriptionInput"] = {
    name: "SIEM",
    enabled: true,
    format: "SPLUNK",
    verifyTlsCertificates: true,
    filterOptions: { includedActionTypes: ["USER.CREATED"], includedTags: ["adminIdentityEvent"] },
    httpEndpoint: { url: "https://siem.example.com/hook", headers: { Authorization: "Splunk token" } },
  };
  const subscription: Schemas["Subscription"] = await unwrap(
    client.POST("/environments/{environmentID}/subscriptions", { ...env, body: subscriptionBody }),
  );
  const subPath = { params: { path: { environmentID, subscriptionID } } } as const;
  const readSubscription: Schemas["Subscription"] = await unwrap(
    client.GET("/environments/{environmentID}/subscriptions/{subscriptionID}", subPath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/subscriptions/{subscriptionID}", {
      ...subPath,
      body: { ...subscriptionBody, enabled: false },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/subscriptions/{subscriptionID}", subPath));

  void [firstType, pingFederate, ldap, embedded, updated, credentials, token, credential, instances, health];
  void [assignments, holder, assignment, channels, channel, readChannel, subscriptions, subscription, readSubscription];
}

// Bodies the description refuses: a secret-free LDAP gateway, a type with the wrong shape,
// an unknown property, and an alert channel with a channel type that does not exist.
export function rejectedBodies(): void {
  // @ts-expect-error bindPassword is required for an LDAP gateway
  const noPassword: Schemas["GatewayInput"] = {
    name: "LDAP",
    type: "LDAP",
    enabled: true,
    vendor: "PingDirectory",
    serversHostAndPort: ["ds:389"],
    bindDN: "cn=x",
  };
  // @ts-expect-error a RADIUS gateway needs its clients and DaVinci policy
  const bareRadius: Schemas["GatewayInput"] = { name: "R", type: "RADIUS", enabled: true };
  const unknownProperty: Schemas["AlertChannelInput"] = {
    channelType: "EMAIL",
    addresses: ["a@example.com"],
    // @ts-expect-error request bodies are closed
    severity: "ERROR",
  };
  // @ts-expect-error email is the only channel type
  const sms: Schemas["AlertChannelInput"] = { channelType: "SMS", addresses: ["a@example.com"] };
  void [noPassword, bareRadius, unknownProperty, sms];
}
