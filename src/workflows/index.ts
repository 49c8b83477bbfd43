export { setupSamlApplication } from "./saml.ts";
export type { SamlApplicationSetup, SamlApplicationResult } from "./saml.ts";
export { setupExternalOidcSignOn } from "./external-oidc.ts";
export type { ExternalOidcSignOnSetup, ExternalOidcSignOnResult } from "./external-oidc.ts";
export { waitForEnvironmentReady, EnvironmentNotReadyError } from "./readiness.ts";
export type { ReadinessOptions } from "./readiness.ts";
export { WorkflowError, CleanupError, deleteCreated } from "./steps.ts";
export type { CreatedResource, StepEvent } from "./steps.ts";
