// Narrowing for response unions. Responses keep an open "other" variant (PingOne adds
// protocols and store types), so `app.protocol === "SAML"` alone cannot narrow the union
// in TypeScript; these guards can.
import type { components } from "../generated/schema.ts";

type Schemas = components["schemas"];

export function isSamlApplication(app: Schemas["Application"]): app is Schemas["SamlApplication"] {
  return app.protocol === "SAML";
}

export function isOidcApplication(app: Schemas["Application"]): app is Schemas["OidcApplication"] {
  return app.protocol === "OPENID_CONNECT";
}

export function isPingOnePropagationStore(store: Schemas["PropagationStore"]): store is Schemas["PingOnePropagationStore"] {
  return store.type === "PingOne";
}
