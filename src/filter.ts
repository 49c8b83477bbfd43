// SCIM filter expressions for PingOne's `filter` query parameter. Values are always emitted
// as JSON string literals and attribute names are checked, so no input can change the shape
// of the expression (`"x" or name pr` stays a value).
import { PingOneConfigError } from "./errors.ts";

declare const brand: unique symbol;
/** A filter expression built by this module; pass it (it is a string) as `filter`. */
export type Filter = string & { readonly [brand]: "Filter" };

const NAME = String.raw`[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*`;
const ATTRIBUTE = new RegExp(`^${NAME}$`);
// What sw() and eq() emit: an attribute, an operator, and a JSON string literal.
const STRING_LITERAL = String.raw`"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"`;
const CONDITION = `${NAME} (?:sw|eq) ${STRING_LITERAL}`;
/** Exactly what this module can build: conditions joined by `and`. */
const BUILT = new RegExp(`^${CONDITION}(?: and ${CONDITION})*$`);

function attribute(name: string): string {
  if (!ATTRIBUTE.test(name)) {
    throw new PingOneConfigError(
      `Invalid filter attribute ${JSON.stringify(name)}: use a name or dotted path such as "license.id".`,
    );
  }
  return name;
}

function literal(value: string): string {
  if (typeof value !== "string") throw new PingOneConfigError(`Filter values must be strings, got ${typeof value}.`);
  // JSON string syntax is SCIM's (RFC 7644 §3.4.2.2): quotes, backslashes and control characters are escaped.
  return JSON.stringify(value);
}

/** `attribute sw "value"`: starts with. */
export function sw(name: string, value: string): Filter {
  return `${attribute(name)} sw ${literal(value)}` as Filter;
}

/** `attribute eq "value"`: equals. */
export function eq(name: string, value: string): Filter {
  return `${attribute(name)} eq ${literal(value)}` as Filter;
}

/**
 * Every condition must hold. Only filters built here are accepted, and since `and` is the
 * only connective they can contain, no grouping is needed.
 */
export function and(...filters: Filter[]): Filter {
  if (filters.length === 0) throw new PingOneConfigError("and() needs at least one filter.");
  // The Filter type is only a compile-time brand: plain JavaScript, or a cast, can hand in
  // any string, so check at run time that each operand is something sw/eq/and built.
  for (const operand of filters) {
    if (typeof operand !== "string" || !BUILT.test(operand)) {
      throw new PingOneConfigError(
        `and() accepts only filters built with filter.sw, filter.eq and filter.and, got ${JSON.stringify(operand)}.`,
      );
    }
  }
  return filters.join(" and ") as Filter;
}

/**
 * Builders for PingOne's SCIM `filter` parameter: `filter.sw`, `filter.eq`, `filter.and`.
 * @example
 * filter.and(filter.sw("name", "Dev"), filter.eq("license.id", licenseId))
 */
export const filter = { sw, eq, and } as const;
