// Both documented workflows end to end against the simulator; a failure injected at each
// step names that step and lists exactly what was created before it, which cleanup removes.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  deleteCreated,
  EnvironmentNotReadyError,
  isSamlApplication,
  setupExternalOidcSignOn,
  setupSamlApplication,
  waitForEnvironmentReady,
  WorkflowError,
  type CreatedResource,
} from "../src/index.ts";
import { recordError } from "./support/sentinel.ts";
import { clientFor, startSimulator, useSimulator } from "./support/sim.ts";
import { oidcSetup as baseOidcSetup, samlSetup as baseSamlSetup } from "./support/workflow-setups.ts";

const context = useSimulator();

const samlSetup = () => baseSamlSetup(context.sim);

const SAML_STEPS: [step: string, method: string, path: RegExp][] = [
  ["create group", "POST", /\/groups$/],
  ["create SAML application", "POST", /\/applications$/],
  ["create sign-on policy", "POST", /\/signOnPolicies$/],
  ["create login action", "POST", /\/actions$/],
  ["assign sign-on policy", "POST", /\/signOnPolicyAssignments$/],
  ["create population", "POST", /\/populations$/],
  ["create user", "POST", /\/users$/],
  ["set user password", "PUT", /\/password$/],
];

/** Whether each created resource still exists in the simulator. */
const exists = (created: readonly CreatedResource[]) => created.map((r) => context.sim.get(r.path) !== undefined);

describe("setupSamlApplication", () => {
  it("creates the group, the application limited to it, the policy, the user, and reports each step", async () => {
    const client = clientFor(context.sim, context.clock);
    const steps: string[] = [];
    const result = await setupSamlApplication(client, { ...samlSetup(), onStep: (e) => steps.push(e.step) });

    expect(steps).toEqual(SAML_STEPS.map(([step]) => step));
    expect(result.created.map((r) => r.kind)).toEqual([
      "group",
      "application",
      "sign-on policy",
      "sign-on policy action",
      "sign-on policy assignment",
      "population",
      "user",
    ]);
    expect(exists(result.created).every(Boolean)).toBe(true);
    expect(isSamlApplication(result.application) && result.application.accessControl?.group?.groups).toEqual([
      { id: result.group.id },
    ]);
    expect(result.assignment.signOnPolicy.id).toBe(result.signOnPolicy.id);
    expect(result.user.population?.id).toBe(result.population.id);
    const passwordRequest = context.sim.requests.find((r) => r.path.endsWith("/password"));
    expect(passwordRequest?.headers["content-type"]).toBe("application/vnd.pingidentity.password.set+json");

    await result.cleanup();
    expect(exists(result.created).some(Boolean)).toBe(false);
  });

  it.each(SAML_STEPS.map((s, i) => [s[0], i, s] as const))(
    "a failure at %s names the step and what to clean up",
    async (step, index, [, method, path]) => {
      const bystander = context.sim.seed(`/environments/${context.sim.environmentId}/groups`, [
        { id: randomUUID(), name: "Existing" },
      ])[0]!;
      const client = clientFor(context.sim, context.clock);
      context.sim.faults.inject({ kind: "status", status: 400, method, path });

      const error = (await recordError(setupSamlApplication(client, samlSetup())).catch(
        (e: unknown) => e,
      )) as WorkflowError;

      expect(error).toBeInstanceOf(WorkflowError);
      expect(error.step).toBe(step);
      expect(error.message).toContain(`failed at step "${step}"`);
      expect(error.created.map((r) => r.step)).toEqual(SAML_STEPS.slice(0, Math.min(index, 7)).map(([s]) => s));
      for (const r of error.created) expect(error.message).toContain(r.id);
      expect(exists(error.created).every(Boolean)).toBe(true);

      await deleteCreated(client, error.created);
      expect(exists(error.created).some(Boolean)).toBe(false);
      expect(context.sim.get(`/environments/${context.sim.environmentId}/groups/${bystander.id}`)).toBeDefined();
    },
  );
});

const oidcSetup = () => baseOidcSetup(context.sim, context.clock);

const OIDC_STEPS: [step: string, method: string, path: RegExp][] = [
  ["create destination environment", "POST", /\/v1\/environments$/],
  ["wait for destination environment", "GET", /\/populations\?limit=1$/],
  ["create source application", "POST", /\/applications$/],
  ["read source application secret", "GET", /\/secret$/],
  ["create identity provider", "POST", /\/identityProviders$/],
  ["map attribute email", "POST", /\/attributes$/],
  ["create sign-on policy", "POST", /\/signOnPolicies$/],
  ["create identity provider action", "POST", /\/actions$/],
  ["create destination application", "POST", /\/applications$/],
  ["assign sign-on policy", "POST", /\/signOnPolicyAssignments$/],
];
const CREATING = new Set(OIDC_STEPS.map(([s]) => s).filter((s) => !s.startsWith("wait") && !s.startsWith("read")));

describe("setupExternalOidcSignOn", () => {
  it("connects a new destination environment to the source environment as an OIDC provider", async () => {
    const client = clientFor(context.sim, context.clock);
    const steps: string[] = [];
    const result = await setupExternalOidcSignOn(client, { ...oidcSetup(), onStep: (e) => steps.push(e.step) });

    expect(steps).toEqual(OIDC_STEPS.map(([s]) => s));
    const destination = result.destinationEnvironmentId;
    expect(result.identityProvider.type).toBe("OPENID_CONNECT");
    expect(
      context.sim.get(`/environments/${destination}/identityProviders/${result.identityProvider.id}`)?.clientSecret,
    ).toBeTruthy();
    expect(JSON.stringify(result)).not.toContain(
      String(
        context.sim.get(`/environments/${destination}/identityProviders/${result.identityProvider.id}`)?.clientSecret,
      ),
    );
    expect(result.sourceApplication).toMatchObject({
      redirectUris: [`${context.sim.authBase}/${destination}/rp/callback/openid_connect`],
    });
    expect(result.identityProviderAction).toMatchObject({
      type: "IDENTITY_PROVIDER",
      identityProvider: { id: result.identityProvider.id },
    });
    expect(result.assignment.signOnPolicy.id).toBe(result.signOnPolicy.id);
    expect(result.attributeMappings.map((m) => m.name)).toEqual(["email"]);

    await result.cleanup();
    expect(exists(result.created).some(Boolean)).toBe(false);
  });

  it.each(OIDC_STEPS.map((s, i) => [s[0], i, s] as const))(
    "a failure at %s names the step and what to clean up",
    async (step, index, [, method, path]) => {
      const client = clientFor(context.sim, context.clock);
      // The source application is the first POST /applications; the destination one the second.
      const skip = step === "create destination application" ? 1 : 0;
      if (skip) context.sim.faults.inject({ kind: "delay", delayMs: 0, method, path });
      context.sim.faults.inject({ kind: "status", status: 400, method, path });

      const error = (await recordError(setupExternalOidcSignOn(client, oidcSetup())).catch(
        (e: unknown) => e,
      )) as WorkflowError;

      expect(error).toBeInstanceOf(WorkflowError);
      expect(error.step).toBe(step);
      const before = OIDC_STEPS.slice(0, index)
        .map(([s]) => s)
        .filter((s) => CREATING.has(s));
      expect(error.created.map((r) => r.step)).toEqual(before);
      expect(exists(error.created).every(Boolean)).toBe(true);
      await error.cleanup();
      expect(exists(error.created).some(Boolean)).toBe(false);
      expect(context.sim.get(`/environments/${context.sim.environmentId}`)).toBeDefined();
    },
  );
});

describe("a workflow across two regions", () => {
  it("cleans up each resource through the client of its own region", async () => {
    const other = await startSimulator();
    try {
      const client = clientFor(context.sim, context.clock);
      const sourceClient = clientFor(other.sim, other.clock);
      context.sim.faults.inject({ kind: "status", status: 400, method: "POST", path: /\/identityProviders$/ });
      const setup = {
        ...oidcSetup(),
        source: { environmentId: other.sim.environmentId, applicationName: "Source", client: sourceClient },
      };

      const error = (await recordError(setupExternalOidcSignOn(client, setup)).catch(
        (e: unknown) => e,
      )) as WorkflowError;

      expect(error.step).toBe("create identity provider");
      const [environment, sourceApplication] = error.created;
      expect(environment?.apiBase).toBe(context.sim.apiBase);
      expect(sourceApplication?.apiBase).toBe(other.sim.apiBase);
      expect(other.sim.get(sourceApplication!.path)).toBeDefined();
      await error.cleanup();
      expect(other.sim.get(sourceApplication!.path)).toBeUndefined();
      expect(context.sim.get(environment!.path)).toBeUndefined();
      // A recorded resource goes back to its own client whatever clients are given (it is
      // already gone: a 404 counts as deleted); a copy the package did not record needs a
      // client for its region, and deleteCreated says so instead of skipping it.
      await expect(deleteCreated(client, [sourceApplication!])).resolves.toBeUndefined();
      await expect(deleteCreated(client, [{ ...sourceApplication! }])).rejects.toThrow(
        /No client given for http:\/\/127\.0\.0\.1:\d+\/v1/,
      );
    } finally {
      await other.sim.close();
    }
  });
});

describe("waitForEnvironmentReady", () => {
  it("waits with backoff while the new environment answers 403 or 404", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "status", status: 404, path: /\/populations/, times: 2 });
    context.sim.faults.inject({ kind: "status", status: 403, path: /\/populations/ });
    context.clock.sleeps.length = 0;
    await waitForEnvironmentReady(client, context.sim.environmentId, { clock: context.clock });
    expect(context.clock.sleeps).toEqual([500, 1000, 2000]);
  });

  it("gives up after the timeout with the last status", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "status", status: 404, path: /\/populations/, times: Infinity });
    const error = await waitForEnvironmentReady(client, context.sim.environmentId, {
      clock: context.clock,
      timeoutMs: 10_000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentNotReadyError);
    expect((error as Error).message).toMatch(/still not ready after \d+ ms \(last answer: HTTP 404\)/);
  });
});
