// Cursors and HAL list pages. A cursor is the store position after the last item served,
// wrapped so clients treat it as opaque and follow `_links.next.href` instead of building it.
import type { Page, Resource } from "./store.ts";

/** Encodes a store position as an opaque cursor. */
function encodeCursor(after: number): string {
  return Buffer.from(JSON.stringify({ after })).toString("base64url");
}

/** Decodes a cursor; undefined when it was not produced by {@link encodeCursor}. */
export function decodeCursor(cursor: string): number | undefined {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const after = (decoded as { after?: unknown } | null)?.after;
    return typeof after === "number" && Number.isSafeInteger(after) && after >= 0 ? after : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A HAL page: `_links.self` is the URL that was requested, `_links.next` the same URL with the
 * cursor of the following page, present only when one exists.
 */
export function pageBody(
  page: Page,
  embeddedName: string,
  requestUrl: URL,
  items: Resource[],
): Record<string, unknown> {
  const links: Record<string, { href: string }> = { self: { href: requestUrl.href } };
  if (page.nextAfter !== undefined) {
    const next = new URL(requestUrl);
    next.searchParams.set("cursor", encodeCursor(page.nextAfter));
    links.next = { href: next.href };
  }
  return { _links: links, _embedded: { [embeddedName]: items }, count: page.total, size: items.length };
}
