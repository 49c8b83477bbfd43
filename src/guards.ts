// Narrowing for response unions. Responses keep an open "other" variant (PingOne adds
// protocols and types over time), so `app.protocol === "SAML"` alone cannot narrow the
// union in TypeScript; these guards can.
import type { components } from "../generated/schema.ts";

type Schemas = components["schemas"];

/** A type guard that checks one discriminating property for one value. */
function variant<Union extends object, Variant extends Union>(key: string, value: string) {
  return (item: Union): item is Variant => (item as Record<string, unknown>)[key] === value;
}

/** True for a SAML application; narrows to `SamlApplication`. */
export const isSamlApplication = variant<Schemas["Application"], Schemas["SamlApplication"]>("protocol", "SAML");
// The PingOne portal and self-service apps speak OpenID Connect too, but have models of their own.
const PORTAL_TYPES: readonly unknown[] = ["PING_ONE_PORTAL", "PING_ONE_SELF_SERVICE"];

/** True for an OpenID Connect application other than the PingOne portal and self-service apps; narrows to `OidcApplication`. */
export function isOidcApplication(item: Schemas["Application"]): item is Schemas["OidcApplication"] {
  return item.protocol === "OPENID_CONNECT" && !PORTAL_TYPES.includes(item.type);
}
/** True for a store that provisions into another PingOne environment; narrows to `PingOnePropagationStore`. */
export const isPingOnePropagationStore = variant<Schemas["PropagationStore"], Schemas["PingOnePropagationStore"]>(
  "type",
  "PingOne",
);
/** True for an OpenID Connect identity provider; narrows to `OidcIdentityProvider`. */
export const isOidcIdentityProvider = variant<Schemas["IdentityProvider"], Schemas["OidcIdentityProvider"]>(
  "type",
  "OPENID_CONNECT",
);
/** True for a SAML identity provider; narrows to `SamlIdentityProvider`. */
export const isSamlIdentityProvider = variant<Schemas["IdentityProvider"], Schemas["SamlIdentityProvider"]>(
  "type",
  "SAML",
);
/** True for a `LOGIN` sign-on policy action; narrows to `LoginSignOnPolicyAction`. */
export const isLoginAction = variant<Schemas["SignOnPolicyAction"], Schemas["LoginSignOnPolicyAction"]>(
  "type",
  "LOGIN",
);
/** True for an `IDENTITY_PROVIDER` sign-on policy action; narrows to `IdentityProviderSignOnPolicyAction`. */
export const isIdentityProviderAction = variant<
  Schemas["SignOnPolicyAction"],
  Schemas["IdentityProviderSignOnPolicyAction"]
>("type", "IDENTITY_PROVIDER");
/** True for an LDAP gateway; narrows to `GatewayLdap` (directory connection and user types). */
export const isLdapGateway = variant<Schemas["Gateway"], Schemas["GatewayLdap"]>("type", "LDAP");
/** True for a RADIUS gateway; narrows to `GatewayRadius` (RADIUS clients and DaVinci policy). */
export const isRadiusGateway = variant<Schemas["Gateway"], Schemas["GatewayRadius"]>("type", "RADIUS");
