// Setting a user's password answers with the password's state (UserPasswordState), never with
// what was sent: the generic handler would echo the request's `forceChange`.
import type { SimRule } from "../rules.ts";

const PASSWORD = "/environments/{environmentID}/users/{userID}/password";

export const userPasswordRule: SimRule = (ctx, next) => {
  const response = next();
  if (ctx.template !== PASSWORD || ctx.method !== "put" || response.status !== 200) return response;
  const sent = (ctx.body ?? {}) as { forceChange?: unknown };
  const body = (response.body ?? {}) as { _links?: unknown };
  return {
    ...response,
    body: {
      ...(body._links ? { _links: body._links } : {}),
      environment: { id: ctx.params.environmentID },
      user: { id: ctx.params.userID },
      status: sent.forceChange === true ? "MUST_CHANGE_PASSWORD" : "OK",
      lastChangedAt: ctx.resources.now(),
    },
  };
};
