// The two documented workflows' inputs, as the tests run them against a simulator.
import type { ExternalOidcSignOnSetup, SamlApplicationSetup } from "../../src/index.ts";
import type { PingOneSimulator } from "../../src/testing/index.ts";
import type { FakeClock } from "./clock.ts";

export const samlSetup = (sim: PingOneSimulator): SamlApplicationSetup => ({
  environmentId: sim.environmentId,
  group: { name: "SAML_Users", userFilter: 'type eq "SAMLuser"' },
  application: {
    name: "SAML App",
    enabled: true,
    type: "WEB_APP",
    acsUrls: ["https://sp.example.com/acs"],
    spEntityId: "https://sp.example.com",
    assertionDuration: 60,
  },
  population: { name: "SAML_Users_Population" },
  user: { username: "saml_user", email: "saml.user@example.com", type: "SAMLuser" },
  password: "2FederateM0re!",
});

export const oidcSetup = (sim: PingOneSimulator, clock: FakeClock): ExternalOidcSignOnSetup => ({
  source: { environmentId: sim.environmentId, applicationName: "Source OIDC app" },
  destination: { environment: { name: "Destination", region: "NA", type: "SANDBOX" } },
  identityProvider: { name: "Source environment" },
  signOnPolicy: { name: "External_IdP_policy" },
  application: {
    name: "Destination app",
    enabled: true,
    type: "WEB_APP",
    grantTypes: ["AUTHORIZATION_CODE"],
    responseTypes: ["CODE"],
    redirectUris: ["https://app.example.com/callback"],
    tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
  },
  readiness: { clock },
});
