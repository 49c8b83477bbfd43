// The response value handlers return, and PingOne's error body. Handlers stay free of HTTP
// plumbing so the server can record, replace (faults) or send what they produce.
import { randomUUID } from "node:crypto";
import type { ErrorDetail } from "./validate.ts";

/** What a handler answers; `body` is serialised as JSON unless undefined. */
export interface SimResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

// PingOne's top-level code for each status the simulator produces on its own.
const CODES: Record<number, string> = {
  400: "INVALID_DATA",
  401: "ACCESS_FAILED",
  403: "ACCESS_FAILED",
  404: "NOT_FOUND",
  405: "INVALID_REQUEST",
  415: "INVALID_REQUEST",
  429: "REQUEST_LIMITED",
};

const MESSAGES: Record<string, string> = {
  INVALID_DATA: "The request could not be completed. One or more validation errors were in the request.",
  ACCESS_FAILED: "The request could not be completed. You do not have access to this resource.",
  NOT_FOUND: "The requested resource was not found.",
  INVALID_REQUEST: "The request could not be completed. The request was malformed or invalid.",
  REQUEST_LIMITED: "The request could not be completed. Too many requests were sent; try again later.",
  UNEXPECTED_ERROR: "The service is temporarily unavailable. Try again later.",
  REQUEST_FAILED: "The request could not be completed.",
};

/** PingOne's error code for an HTTP status. */
function errorCodeFor(status: number): string {
  return CODES[status] ?? (status >= 500 ? "UNEXPECTED_ERROR" : "REQUEST_FAILED");
}

/** A PingOne error body (`{ id, code, message, details? }`). */
export function errorBody(status: number, message?: string, details?: readonly ErrorDetail[]): Record<string, unknown> {
  const code = errorCodeFor(status);
  return {
    id: randomUUID(),
    code,
    message: message ?? MESSAGES[code] ?? MESSAGES.REQUEST_FAILED,
    ...(details && details.length > 0 ? { details } : {}),
  };
}

/** A PingOne error response. */
export function errorResponse(
  status: number,
  message?: string,
  details?: readonly ErrorDetail[],
  headers?: Record<string, string>,
): SimResponse {
  return { status, body: errorBody(status, message, details), ...(headers ? { headers } : {}) };
}

/** A 400 with PingOne's validation details, each naming its `target`. */
export function invalid(details: readonly ErrorDetail[]): SimResponse {
  return errorResponse(400, undefined, details);
}
