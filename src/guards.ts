// Narrowing for response unions. Responses keep an open "other" variant (PingOne adds
// protocols and types over time), so `app.protocol === "SAML"` alone cannot narrow the
// union in TypeScript; these guards can.
import type { components } from "../generated/schema.ts";

type Schemas = components["schemas"];

/** A type guard that checks one discriminating property for one value. */
function variant<Union extends object, Variant extends Union>(key: string, value: string) {
  return (item: Union): item is Variant => (item as Record<string, unknown>)[key] === value;
}

export const isSamlApplication = variant<Schemas["Application"], Schemas["SamlApplication"]>("protocol", "SAML");
export const isOidcApplication = variant<Schemas["Application"], Schemas["OidcApplication"]>("protocol", "OPENID_CONNECT");
export const isPingOnePropagationStore = variant<Schemas["PropagationStore"], Schemas["PingOnePropagationStore"]>("type", "PingOne");
export const isOidcIdentityProvider = variant<Schemas["IdentityProvider"], Schemas["OidcIdentityProvider"]>("type", "OPENID_CONNECT");
export const isSamlIdentityProvider = variant<Schemas["IdentityProvider"], Schemas["SamlIdentityProvider"]>("type", "SAML");
export const isLoginAction = variant<Schemas["SignOnPolicyAction"], Schemas["LoginSignOnPolicyAction"]>("type", "LOGIN");
export const isIdentityProviderAction = variant<Schemas["SignOnPolicyAction"], Schemas["IdentityProviderSignOnPolicyAction"]>(
  "type",
  "IDENTITY_PROVIDER",
);
