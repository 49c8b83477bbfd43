import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  PingOneApiError,
  PingOneError,
  RateLimitError,
} from "../src/index.ts";

const URL_ = "https://api.pingone.eu/v1/environments/abc";

function apiError(status: number, body: unknown, headers: Record<string, string> = {}) {
  return PingOneApiError.from({ method: "GET", url: URL_, response: new Response(null, { status, headers }), body });
}

describe("PingOneApiError", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
  ] as const)("gives %i its own class", (status, Class) => {
    const error = apiError(status, undefined);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(PingOneApiError);
    expect(error).toBeInstanceOf(PingOneError);
    expect(error.name).toBe(Class.name);
    expect(String(error.stack)).toMatch(new RegExp(`^${Class.name}: GET`));
  });

  it("keeps other statuses as the base class", () => {
    const error = apiError(418, undefined);
    expect(error.constructor).toBe(PingOneApiError);
    expect(error.code).toBe("HTTP_418");
  });

  it("reads PingOne's error body and the correlation id into one log line", () => {
    const error = apiError(
      400,
      {
        id: "d1e2",
        code: "INVALID_DATA",
        message: "The request could not be completed. One or more validation errors were in the request.",
        details: [{ code: "INVALID_VALUE", target: "region", message: "Must be one of NA, EU" }],
      },
      { "Correlation-Id": "corr-42" },
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe("INVALID_DATA");
    expect(error.id).toBe("d1e2");
    expect(error.correlationId).toBe("corr-42");
    expect(error.details).toHaveLength(1);
    expect(error.message).toBe(
      `GET ${URL_} → 400 INVALID_DATA: The request could not be completed. One or more validation errors were in the request. ` +
        "[region: Must be one of NA, EU] (correlation id corr-42)",
    );
  });

  it("still says something useful for an empty or non-JSON body", () => {
    expect(apiError(502, undefined).message).toBe(`GET ${URL_} → 502 HTTP_502: (empty response body)`);
    const html = apiError(503, "<html>\n<body>Service   Unavailable</body></html>");
    expect(html.message).toBe(`GET ${URL_} → 503 HTTP_503: <html> <body>Service Unavailable</body></html>`);
    expect(html.body).toBe("<html>\n<body>Service   Unavailable</body></html>");
    expect(apiError(500, "x".repeat(500)).message.length).toBeLessThan(300);
  });
});
