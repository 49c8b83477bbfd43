// The public surface of pingone-client. Everything a user imports comes from here.
export { createPingOneClient, createClientForEnvironment, unwrap } from "./client.ts";
export type { Middleware, PingOneClient, PingOneClientOptions, PingOneResult, ResponseData } from "./client.ts";
export type { AccessTokenProvider, ClientCredentials } from "./auth.ts";
export type { CallOptions, Clock, Fetch, RetryOptions } from "./request.ts";
export type { ThrottleOptions } from "./throttle.ts";
export { sendAs } from "./media-types.ts";
export type { BodyFor, MediaTypeOf, SendAsInit } from "./media-types.ts";
export type { ClientEvent, Logger } from "./events.ts";
export { REGIONS, resolveRegion, resolveEndpoints } from "./regions.ts";
export {
  isSamlApplication,
  isOidcApplication,
  isPingOnePropagationStore,
  isOidcIdentityProvider,
  isSamlIdentityProvider,
  isLoginAction,
  isIdentityProviderAction,
  isLdapGateway,
  isRadiusGateway,
} from "./guards.ts";
export type { Region, RegionCode, Endpoints, EndpointOptions } from "./regions.ts";
export {
  PingOneError,
  PingOneConfigError,
  PingOneApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  InternalServerError,
  RequestFailedError,
  ConnectionError,
  TimeoutError,
  AbortError,
  InvalidResponseError,
  TokenError,
} from "./errors.ts";
export type { components, paths, operations } from "../generated/schema.ts";
export { paginate, paginatePages, PageLimitError } from "./paginate.ts";
export type { ListPath, ListItem, Page, PageOptions } from "./paginate.ts";
export { filter } from "./filter.ts";
export type { Filter } from "./filter.ts";
export * from "./workflows/index.ts";
