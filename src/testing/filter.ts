// SCIM filters (RFC 7644, section 3.4.2.2), which PingOne list operations take in `filter`:
// comparisons (`eq ne co sw ew gt ge lt le pr`), `and` / `or` / `not`, parentheses and value
// paths (`memberOfGroups[id eq "..."]`). Values are JSON literals, so `\"` escapes work as in
// JSON. Strings compare ignoring case, as SCIM does for attributes that are not case-exact.
// The simulator accepts this grammar on every collection; which operators PingOne allows on
// which collection is not modelled.
import { invalid, type SimResponse } from "./responses.ts";
import type { Resource } from "./store.ts";

/** A filter text that could not be parsed; `message` says where and why. */
export class FilterSyntaxError extends Error {
  static {
    this.prototype.name = "FilterSyntaxError";
  }
}

type Predicate = (item: unknown) => boolean;

interface Token {
  readonly kind: "word" | "string" | "number" | "punct";
  readonly text: string;
  readonly position: number;
}

const TOKEN =
  /\s*(?:(?<punct>[()[\]])|(?<string>"(?:[^"\\]|\\.)*")|(?<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.$-]))|(?<word>[A-Za-z_$][\w$.:-]*))/y;
const COMPARISONS = new Set(["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"]);

/**
 * The predicate of a request's `filter`, or the 400 PingOne answers a filter it cannot parse
 * with (`INVALID_FILTER`, naming where and why).
 */
export function filterOrInvalid(text: string): ((item: Resource) => boolean) | SimResponse {
  try {
    return parseFilter(text);
  } catch (error) {
    if (!(error instanceof FilterSyntaxError)) throw error;
    return invalid([{ code: "INVALID_FILTER", target: "filter", message: error.message }]);
  }
}

/** Parses a filter into a predicate over stored resources; throws {@link FilterSyntaxError}. */
export function parseFilter(text: string): (item: Resource) => boolean {
  return new Parser(text).parse();
}

class Parser {
  private readonly tokens: Token[] = [];
  private index = 0;

  constructor(private readonly text: string) {
    const scanner = new RegExp(TOKEN.source, "y");
    while (scanner.lastIndex < text.length) {
      const start = scanner.lastIndex;
      const match = scanner.exec(text);
      if (!match?.groups) {
        if (text.slice(start).trim() === "") break;
        const rest = text.slice(start);
        throw this.error("an attribute, operator, value or parenthesis", start + rest.length - rest.trimStart().length);
      }
      const [kind, value] = Object.entries(match.groups).find(([, v]) => v !== undefined) as [Token["kind"], string];
      this.tokens.push({ kind, text: value, position: scanner.lastIndex - value.length });
    }
  }

  parse(): Predicate {
    const predicate = this.or();
    const extra = this.peek();
    if (extra) throw this.error('"and", "or" or the end of the filter', extra.position);
    return predicate;
  }

  private or(): Predicate {
    const parts = [this.and()];
    while (this.acceptWord("or")) parts.push(this.and());
    return parts.length === 1 ? (parts[0] as Predicate) : (item) => parts.some((p) => p(item));
  }

  private and(): Predicate {
    const parts = [this.unary()];
    while (this.acceptWord("and")) parts.push(this.unary());
    return parts.length === 1 ? (parts[0] as Predicate) : (item) => parts.every((p) => p(item));
  }

  private unary(): Predicate {
    if (this.acceptWord("not")) {
      const inner = this.group();
      return (item) => !inner(item);
    }
    if (this.peek()?.text === "(") return this.group();
    return this.comparison();
  }

  private group(): Predicate {
    this.expect("(");
    const inner = this.or();
    this.expect(")");
    return inner;
  }

  private comparison(): Predicate {
    const attribute = this.next("an attribute name");
    if (attribute.kind !== "word") throw this.error("an attribute name", attribute.position);
    const path = attribute.text.split(".");
    if (this.peek()?.text === "[") {
      this.expect("[");
      const inner = this.or();
      this.expect("]");
      return (item) => valuesAt(item, path).some(inner);
    }
    const operator = this.next("an operator");
    const op = operator.text.toLowerCase();
    if (op === "pr") return (item) => valuesAt(item, path).some((v) => v !== null && v !== "");
    if (operator.kind !== "word" || !COMPARISONS.has(op))
      throw this.error("an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr)", operator.position);
    const expected = this.literal();
    const test = compare(op, expected);
    // `ne` holds when no value equals, including when the attribute is absent.
    return op === "ne" ? (item) => valuesAt(item, path).every(test) : (item) => valuesAt(item, path).some(test);
  }

  private literal(): unknown {
    const token = this.next("a value");
    if (token.kind === "string" || token.kind === "number") {
      try {
        return JSON.parse(token.text) as unknown;
      } catch {
        throw this.error("a valid JSON string", token.position);
      }
    }
    const word = token.text.toLowerCase();
    if (token.kind === "word" && (word === "true" || word === "false" || word === "null"))
      return JSON.parse(word) as unknown;
    throw this.error("a quoted string, number, true, false or null", token.position);
  }

  private acceptWord(word: string): boolean {
    const token = this.peek();
    if (token?.kind !== "word" || token.text.toLowerCase() !== word) return false;
    this.index++;
    return true;
  }

  private expect(punct: string): void {
    const token = this.next(`"${punct}"`);
    if (token.text !== punct) throw this.error(`"${punct}"`, token.position);
  }

  private next(expected: string): Token {
    const token = this.tokens[this.index++];
    if (!token) throw this.error(expected, this.text.length);
    return token;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private error(expected: string, position: number): FilterSyntaxError {
    return new FilterSyntaxError(`Invalid filter: expected ${expected} at position ${position}`);
  }
}

/** The values at a dotted path; multi-valued attributes contribute each element. */
function valuesAt(item: unknown, path: readonly string[]): unknown[] {
  let values: unknown[] = [item];
  for (const key of path) {
    values = values.flatMap((v) => {
      if (v === null || typeof v !== "object" || !Object.hasOwn(v, key)) return [];
      const next = (v as Record<string, unknown>)[key];
      return Array.isArray(next) ? next : [next];
    });
  }
  return values;
}

function compare(op: string, expected: unknown): (actual: unknown) => boolean {
  const fold = (v: unknown): unknown => (typeof v === "string" ? v.toLowerCase() : v);
  const want = fold(expected);
  switch (op) {
    case "eq":
      return (actual) => fold(actual) === want;
    case "ne":
      return (actual) => fold(actual) !== want;
    case "co":
    case "sw":
    case "ew":
      return (actual) => {
        if (typeof actual !== "string" || typeof want !== "string") return false;
        const value = actual.toLowerCase();
        return op === "co" ? value.includes(want) : op === "sw" ? value.startsWith(want) : value.endsWith(want);
      };
    default:
      return (actual) => {
        const a = fold(actual);
        if (typeof a !== typeof want || (typeof a !== "string" && typeof a !== "number")) return false;
        const order = (a as string | number) < (want as string | number) ? -1 : a === want ? 0 : 1;
        return op === "gt" ? order > 0 : op === "ge" ? order >= 0 : op === "lt" ? order < 0 : order <= 0;
      };
  }
}
