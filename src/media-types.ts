// Some operations take several bodies on one path and method, told apart only by a vendor
// media type (the user account and password actions). Through client.POST the body is the
// union of them all and the Content-Type a free string, so nothing ties one to the other;
// sendAs picks the media type first and types the body from it.
import type { paths } from "../generated/schema.ts";
import type { PingOneClient, PingOneResult, RequestInit_, ResponseData } from "./client.ts";

type BodyMethod = "post" | "put" | "patch";
type ContentOf<P extends keyof paths, M extends BodyMethod> = paths[P][M] extends {
  requestBody?: { content: infer C };
}
  ? C
  : never;

/** The media types the request body of `M P` can be sent as (`application/vnd.pingidentity.password.reset+json`, …). */
export type MediaTypeOf<P extends keyof paths, M extends BodyMethod> = keyof ContentOf<P, M> & string;

/** The body `M P` takes when sent as media type `T`. */
export type BodyFor<P extends keyof paths, M extends BodyMethod, T extends MediaTypeOf<P, M>> = ContentOf<P, M>[T];

type WithoutBody<T> = T extends unknown ? Omit<T, "body" | "headers"> : never;

/** A call's options, with the body of one media type (and no Content-Type header: sendAs sets it). */
export type SendAsInit<P extends keyof paths, M extends BodyMethod, T extends MediaTypeOf<P, M>> = WithoutBody<
  RequestInit_<P, M>
> & { body?: BodyFor<P, M, T>; headers?: Record<string, string> };

/**
 * Sends one of an operation's bodies with its own media type, so the body is checked against
 * that media type's schema: a reset body cannot go out as an unlock.
 * @example
 * await sendAs(client, "POST", "/environments/{environmentID}/users/{userID}/password",
 *   "application/vnd.pingidentity.password.check+json",
 *   { params: { path: { environmentID, userID } }, body: { password: "Secret123!" } });
 */
export function sendAs<N extends Uppercase<BodyMethod>, P extends keyof paths, T extends MediaTypeOf<P, Lowercase<N>>>(
  client: PingOneClient,
  method: N,
  path: P,
  mediaType: T,
  init: SendAsInit<P, Lowercase<N>, T>,
): Promise<PingOneResult<ResponseData<P, Lowercase<N>>>> {
  const send = client[method] as (path: P, init: object) => Promise<PingOneResult<ResponseData<P, Lowercase<N>>>>;
  return send(path, { ...init, headers: { ...init.headers, "Content-Type": mediaType } });
}
