// Compile-time check (run by `npm run typecheck`): organizations, license names, environment
// type and status, capabilities, usage reports and audit activities, each called through the
// client with a correctly typed request and its result read with the expected type.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const organizationID = "bed432e6-676a-4ebe-b5a5-6b3b54e46bda";
const licenseID = "57f0efac-37d9-4a17-8a35-196bb3362983";
const activityID = "979c1096-a693-4920-a2c6-62e34ff74dfe";
const env = { params: { path: { environmentID } } } as const;
const org = { params: { path: { organizationID } } } as const;
const license = { params: { path: { organizationID, licenseID } } } as const;

export async function everyOperation(): Promise<void> {
  // Organizations
  const orgs: Schemas["OrganizationCollection"] = await unwrap(
    client.GET("/organizations", { params: { query: { limit: 10 } } }),
  );
  const firstOrg: Schemas["Organization"] | undefined = orgs._embedded.organizations[0];
  const organization: Schemas["Organization"] = await unwrap(client.GET("/organizations/{organizationID}", org));
  const orgType: string | undefined = organization.type;

  // License name
  const name: Schemas["LicenseName"] = await unwrap(
    client.GET("/organizations/{organizationID}/licenses/{licenseID}/name", license),
  );
  const renamed: string = (
    await unwrap(
      client.PUT("/organizations/{organizationID}/licenses/{licenseID}/name", {
        ...license,
        body: { name: "Internal Test License" },
      }),
    )
  ).name;

  // Environment type and status
  const promoted: Schemas["Environment"] = await unwrap(
    client.PUT("/environments/{environmentID}/type", { ...env, body: { type: "PRODUCTION" } }),
  );
  const softDeleted: Schemas["Environment"] = await unwrap(
    client.PUT("/environments/{environmentID}/status", { ...env, body: { status: "DELETE_PENDING" } }),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/status", {
      ...env,
      body: { status: "ACTIVE", license: { id: licenseID } },
    }),
  );
  // @ts-expect-error restoring needs the license
  await client.PUT("/environments/{environmentID}/status", { ...env, body: { status: "ACTIVE" } });

  // Capabilities
  const envCapabilities: Schemas["EnvironmentCapabilities"] = await unwrap(
    client.GET("/environments/{environmentID}/capabilities", env),
  );
  const orgCapabilities: Schemas["OrganizationCapabilities"] = await unwrap(
    client.GET("/organizations/{organizationID}/capabilities", org),
  );
  const canCreate: boolean | undefined = orgCapabilities.canCreateEnvironment;

  // Usage reports
  const legacyCounts: Schemas["ActiveIdentityCountCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/activeIdentityCounts", {
      params: {
        path: { environmentID },
        query: { filter: 'startDate ge "2026-05-01T00:00:00Z" and samplingPeriod eq "24"', limit: 10 },
      },
    }),
  );
  const counts: Schemas["ActiveIdentityCountCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/metrics/activeIdentityCounts", {
      params: {
        path: { environmentID },
        query: { filter: 'startDate ge "2026-05-01T00:00:00Z"', samplePeriod: "MONTH", order: "-startDate" },
      },
    }),
  );
  const value: number | undefined = counts._embedded.activeIdentityCounts[0]?.value;
  const licenseCounts: Schemas["ActiveIdentityCountCollection"] = await unwrap(
    client.GET("/organizations/{organizationID}/licenses/{licenseID}/metrics/activeIdentityCounts", {
      params: { path: { organizationID, licenseID }, query: { aggregatedBy: "calendarMonth", limit: 12 } },
    }),
  );
  const totals: Schemas["TotalIdentityCountCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/totalIdentities", {
      params: {
        path: { environmentID },
        query: { filter: 'startDate eq "2026-11-01T00:00:00Z" and endDate eq "2026-11-07T00:00:00Z"' },
      },
    }),
  );
  const signons: Schemas["ApplicationSignonCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/applicationSignons", {
      params: {
        path: { environmentID },
        query: { filter: 'occurredAt ge "2026-11-01T00:00:00Z"', samplePeriod: 24, samplePeriodCount: 7, limit: 10 },
      },
    }),
  );

  // Audit activities
  const activities: Schemas["AuditActivityCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/activities", {
      params: {
        path: { environmentID },
        query: { filter: 'recordedAt gt "2026-11-29T00:00:00Z" and recordedAt lt "2026-11-30T00:00:00Z"', limit: 50 },
      },
    }),
  );
  const searched: Schemas["AuditActivityCollection"] = await unwrap(
    client.POST("/environments/{environmentID}/activities", {
      params: { path: { environmentID } },
      body: { filter: 'recordedAt gt "2026-11-29T00:00:00Z" and actors.user.id eq "u-1"', limit: 20, offset: "0" },
    }),
  );
  void client.POST("/environments/{environmentID}/activities", {
    params: { path: { environmentID } },
    // @ts-expect-error the body is closed: a search takes no `cursor`
    body: { filter: "x", cursor: "c" },
  });
  const activity: Schemas["AuditActivity"] = await unwrap(
    client.GET("/environments/{environmentID}/activities/{activityID}", {
      params: { path: { environmentID, activityID } },
    }),
  );
  const actionType: string | undefined = activity.action?.type;

  void [firstOrg, orgType, name, renamed, promoted, softDeleted, envCapabilities, canCreate, legacyCounts, value];
  void [licenseCounts, totals, signons, activities, searched, actionType];
}
