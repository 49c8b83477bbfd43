// Sends each request to the service that owns its path: the token endpoint of the
// authorization server, or the management API behind a bearer-token check.
import type { RateLimiter } from "./rate-limit.ts";
import type { ResourceApi } from "./resources.ts";
import { errorResponse } from "./responses.ts";
import type { Dispatcher } from "./server.ts";
import type { TokenService } from "./tokens.ts";

// `/<environmentID>/as/token`, or `/as/token` behind a custom domain.
const TOKEN_PATH = /^\/(?:([^/]+)\/)?as\/token$/;

/** Routes requests between the token endpoint and the API mounted at `basePath` (`/v1`). */
export function createDispatcher(
  tokens: TokenService,
  api: ResourceApi,
  basePath: string,
  limiter: RateLimiter | undefined,
): Dispatcher {
  return (request) => {
    const { pathname } = request.url;
    const token = TOKEN_PATH.exec(pathname);
    if (token) {
      if (request.method !== "POST")
        return errorResponse(405, "The token endpoint only accepts POST.", undefined, { Allow: "POST" });
      const environmentId = token[1] === undefined ? undefined : (safeDecode(token[1]) ?? "");
      return tokens.issue(environmentId, request.headers, request.rawBody);
    }
    if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
      return errorResponse(404, `No resource exists at ${pathname}.`);
    }
    if (!tokens.accepts(request.headers.authorization)) {
      return errorResponse(401, undefined, undefined, { "WWW-Authenticate": 'Bearer realm="PingOne"' });
    }
    const segments = pathname
      .slice(basePath.length)
      .split("/")
      .filter((s) => s !== "")
      .map(safeDecode);
    if (segments.some((s) => s === undefined)) return errorResponse(404, `No resource exists at ${pathname}.`);
    const limited = limiter?.check(segments);
    if (limited) return limited;
    return api.handle({ ...request, segments: segments as string[] });
  };
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
