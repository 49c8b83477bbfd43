// The credentials one client holds (client secret, its Basic form, access tokens), so that
// any text that reaches an error or a log can be cleaned of them, even text a server echoed.

const REDACTED = "[redacted]";
// Tokens are kept only while they can still show up in an answer: the last few.
const TOKENS_KEPT = 8;

/** Redacts every credential this client has used from text and from parsed bodies. */
export class Secrets {
  private readonly fixed: string[] = [];
  private readonly tokens: string[] = [];

  /** Remembers a secret that never changes (a client secret, a fixed token), in every spelling it is sent in. */
  addFixed(...forms: string[]): void {
    for (const form of forms) if (form.length >= 4 && !this.fixed.includes(form)) this.fixed.push(form);
  }

  /** Remembers an access token the client sends. */
  addToken(token: string): void {
    if (token.length < 4 || this.tokens.includes(token)) return;
    this.tokens.push(token);
    if (this.tokens.length > TOKENS_KEPT) this.tokens.shift();
  }

  /** `text` with every known credential replaced by `[redacted]`. */
  redact(text: string): string {
    let out = text;
    for (const secret of [...this.fixed, ...this.tokens])
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  }

  /** A copy of a parsed body with every string redacted. */
  scrub<T>(value: T): T {
    if (typeof value === "string") return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.scrub(v)) as T;
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.scrub(v)])) as T;
    }
    return value;
  }
}

/** Every spelling of a client secret that goes over the wire: raw, form-encoded, and inside Basic credentials. */
export function clientSecretForms(clientId: string, clientSecret: string): string[] {
  const basic = (pair: string) => btoa(String.fromCharCode(...new TextEncoder().encode(pair)));
  return [
    clientSecret,
    encodeURIComponent(clientSecret),
    new URLSearchParams({ s: clientSecret }).toString().slice(2),
    basic(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`),
    basic(`${clientId}:${clientSecret}`),
  ];
}
