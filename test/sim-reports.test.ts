// Organizations, license names, environment type and status, capabilities, usage reports and
// audit activities in the simulator, over HTTP through the client.
import { describe, expect, it } from "vitest";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();

function setup() {
  const client = clientFor(context.sim, context.clock);
  const environmentID = context.sim.environmentId;
  const organizationID = context.sim.organizationId;
  return { client, environmentID, organizationID, env: { params: { path: { environmentID } } } };
}

const LICENSE = {
  id: "57f0efac-37d9-4a17-8a35-196bb3362983",
  name: "North America license",
  status: "ACTIVE",
  beginsAt: "2026-01-01T00:00:00.000Z",
  expiresAt: "2099-12-31T00:00:00.000Z",
  environments: { allowProduction: true, regions: ["NORTH_AMERICA"] },
};

describe("organizations", () => {
  it("lists and reads the organization the environments belong to", async () => {
    const { client, organizationID } = setup();
    const list = await client.GET("/organizations", {});
    expect(list.response.status).toBe(200);
    expect(list.data?._embedded.organizations.map((o) => o.id)).toEqual([organizationID]);

    const read = await client.GET("/organizations/{organizationID}", { params: { path: { organizationID } } });
    expect(read.data).toMatchObject({ id: organizationID, type: "PAID" });

    // Licenses live below the organization once it exists.
    const licenses = await client.GET("/organizations/{organizationID}/licenses", {
      params: { path: { organizationID } },
    });
    expect(licenses.response.status).toBe(200);
  });

  it("renames a license through its name, and lists active licenses as assignable", async () => {
    const { client, organizationID } = setup();
    await client.GET("/organizations", {});
    context.sim.seed(`/organizations/${organizationID}/licenses`, [
      LICENSE,
      { id: "0b6a5f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", name: "Old trial", status: "EXPIRED" },
    ]);
    const path = { params: { path: { organizationID, licenseID: LICENSE.id } } };

    const before = await client.GET("/organizations/{organizationID}/licenses/{licenseID}/name", path);
    expect(before.data?.name).toBe("North America license");
    const renamed = await client.PUT("/organizations/{organizationID}/licenses/{licenseID}/name", {
      ...path,
      body: { name: "Internal Test License" },
    });
    expect(renamed.data?.name).toBe("Internal Test License");
    const license = await client.GET("/organizations/{organizationID}/licenses/{licenseID}", path);
    expect(license.data?.name).toBe("Internal Test License");

    const unknown = await client.PUT("/organizations/{organizationID}/licenses/{licenseID}/name", {
      ...path,
      // @ts-expect-error the name body is closed
      body: { name: "x", status: "ACTIVE" },
    });
    expect(unknown.response.status).toBe(400);

    const capabilities = await client.GET("/organizations/{organizationID}/capabilities", {
      params: { path: { organizationID } },
    });
    expect(capabilities.data).toMatchObject({ organizationId: organizationID, canUsePlatform: true });
    expect(capabilities.data?.assignableLicenses).toEqual([
      {
        id: LICENSE.id,
        name: "Internal Test License",
        allowProduction: true,
        beginsAt: LICENSE.beginsAt,
        expiresAt: LICENSE.expiresAt,
        supportedRegions: ["NORTH_AMERICA"],
      },
    ]);
  });
});

describe("environment type and status", () => {
  it("promotes a sandbox to production, never back", async () => {
    const { client } = setup();
    const created = await client.POST("/environments", {
      body: { name: "Staging", region: "NA", type: "SANDBOX", license: { id: LICENSE.id } },
    });
    const environmentID = created.data!.id;
    const env = { params: { path: { environmentID } } };

    const promoted = await client.PUT("/environments/{environmentID}/type", { ...env, body: { type: "PRODUCTION" } });
    expect(promoted.response.status).toBe(200);
    expect(promoted.data).toMatchObject({ id: environmentID, name: "Staging", type: "PRODUCTION" });
    expect((await client.GET("/environments/{environmentID}", env)).data?.type).toBe("PRODUCTION");

    const demoted = await client.PUT("/environments/{environmentID}/type", { ...env, body: { type: "SANDBOX" } });
    expect(demoted.response.status).toBe(400);
    expect(demoted.error?.details?.[0]?.target).toBe("type");
  });

  it("soft-deletes a production environment and restores it on a license", async () => {
    const { client, env } = setup();
    const deleted = await client.PUT("/environments/{environmentID}/status", {
      ...env,
      body: { status: "DELETE_PENDING" },
    });
    expect(deleted.data).toMatchObject({ status: "DELETE_PENDING", softDeletedAt: expect.any(String) });
    const again = await client.PUT("/environments/{environmentID}/status", {
      ...env,
      body: { status: "DELETE_PENDING" },
    });
    expect(again.response.status).toBe(400);

    // @ts-expect-error restoring needs the license
    const noLicense = await client.PUT("/environments/{environmentID}/status", { ...env, body: { status: "ACTIVE" } });
    expect(noLicense.response.status).toBe(400);
    const restored = await client.PUT("/environments/{environmentID}/status", {
      ...env,
      body: { status: "ACTIVE", license: { id: LICENSE.id } },
    });
    expect(restored.data).toMatchObject({ status: "ACTIVE", license: { id: LICENSE.id } });
    expect(restored.data).not.toHaveProperty("softDeletedAt");
  });

  it("has no soft delete for a sandbox", async () => {
    const { client } = setup();
    const created = await client.POST("/environments", {
      body: { name: "Scratch", region: "NA", type: "SANDBOX", license: { id: LICENSE.id } },
    });
    const result = await client.PUT("/environments/{environmentID}/status", {
      params: { path: { environmentID: created.data!.id } },
      body: { status: "DELETE_PENDING" },
    });
    expect(result.response.status).toBe(400);
  });
});

describe("usage reports and audit activities", () => {
  it("answers a report with the seeded entries, whatever period its filter names", async () => {
    const { client, environmentID } = setup();
    context.sim.seed(`/environments/${environmentID}/totalIdentities`, [
      { date: "2026-11-01T00:00:00Z", totalIdentities: 3 },
      { date: "2026-11-02T00:00:00Z", totalIdentities: 4 },
    ]);
    const totals = await client.GET("/environments/{environmentID}/totalIdentities", {
      params: {
        path: { environmentID },
        query: { filter: 'startDate eq "2026-11-01T00:00:00Z" and endDate eq "2026-11-02T00:00:00Z"' },
      },
    });
    expect(totals.data?._embedded.totalIdentities).toEqual([
      { date: "2026-11-01T00:00:00Z", totalIdentities: 3 },
      { date: "2026-11-02T00:00:00Z", totalIdentities: 4 },
    ]);
    expect(totals.data?.count).toBe(0); // no users in the environment

    const applicationID = "3b5b9f2e-6c1d-4a8e-9f3a-2d7c1e0b4a55";
    context.sim.seed(`/environments/${environmentID}/applicationSignons`, [
      { id: applicationID, authentications: [{ startDate: "2026-11-29T00:00:00Z", signons: 5 }] },
    ]);
    const signons = await client.GET("/environments/{environmentID}/applicationSignons", {
      params: {
        path: { environmentID },
        query: { filter: 'occurredAt ge "2026-11-29T00:00:00Z"', samplePeriod: 24, samplePeriodCount: 1 },
      },
    });
    expect(signons.data?._embedded.applicationSignons).toEqual([
      { id: applicationID, authentications: [{ startDate: "2026-11-29T00:00:00Z", signons: 5 }] },
    ]);

    const missing = await client.GET("/environments/{environmentID}/totalIdentities", {
      params: { path: { environmentID } },
    } as never);
    expect(missing.response.status).toBe(400);
  });

  it("filters seeded audit events by period and reads one", async () => {
    const { client, environmentID } = setup();
    const [early, late] = context.sim.seed(`/environments/${environmentID}/activities`, [
      { recordedAt: "2026-11-20T10:00:00.000Z", action: { type: "USER.CREATED" }, result: { status: "SUCCESS" } },
      { recordedAt: "2026-11-29T10:00:00.000Z", action: { type: "USER.DELETED" }, result: { status: "SUCCESS" } },
    ]);
    const page = await client.GET("/environments/{environmentID}/activities", {
      params: {
        path: { environmentID },
        query: { filter: 'recordedAt gt "2026-11-28T00:00:00Z" and recordedAt lt "2026-11-30T00:00:00Z"' },
      },
    });
    expect(page.data?._embedded.activities.map((a) => a.id)).toEqual([late!.id]);

    const one = await client.GET("/environments/{environmentID}/activities/{activityID}", {
      params: { path: { environmentID, activityID: String(early!.id) } },
    });
    expect(one.data?.action?.type).toBe("USER.CREATED");
  });

  it("searches audit events with the filter in the body, stores nothing, and refuses a bad filter", async () => {
    const { client, environmentID } = setup();
    const path = `/environments/${environmentID}/activities`;
    const seeded = context.sim.seed(
      path,
      ["2026-11-20", "2026-11-28", "2026-11-29"].map((day) => ({
        recordedAt: `${day}T10:00:00.000Z`,
        action: { type: "USER.CREATED" },
      })),
    );
    const found = await client.POST("/environments/{environmentID}/activities", {
      params: { path: { environmentID } },
      body: { filter: 'recordedAt gt "2026-11-27T00:00:00Z" and recordedAt lt "2026-12-01T00:00:00Z"', limit: 1 },
    });
    expect(found.data?._embedded.activities.map((a) => a.id)).toEqual([seeded[1]!.id]);
    expect(found.data?.size).toBe(1);

    const bad = await client.POST("/environments/{environmentID}/activities", {
      params: { path: { environmentID } },
      body: { filter: "recordedAt gt" },
    });
    expect(bad.error?.status).toBe(400);
    expect(bad.error?.details?.[0]?.code).toBe("INVALID_FILTER");
    expect(context.sim.list(path)).toHaveLength(3);
  });
});
