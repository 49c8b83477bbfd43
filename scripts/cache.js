// What the pipeline remembers between runs, in node_modules/.cache/pingone-client/ (where
// build tools keep such files, and which a fresh clone does not have). Every entry is found
// by a hash of all its value depends on, so an entry is either right or not found: a cache
// that is missing, stale or unreadable costs speed, never correctness. Only the entries a run
// used are written back, so a cache never outgrows the description.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A hash of the parts, which must not contain NUL characters.
 * @param {string[]} parts
 */
export const digest = (...parts) => createHash("sha256").update(parts.join("\0")).digest("base64url");

export class RunCache {
  /** @type {Map<string, unknown>} */
  #used = new Map();
  /** @type {Record<string, unknown>} */
  #stored;
  #file;

  /**
   * @param {string} root the project whose cache this is
   * @param {string} name
   */
  constructor(root, name) {
    this.#file = join(root, "node_modules", ".cache", "pingone-client", `${name}.json`);
    try {
      this.#stored = JSON.parse(readFileSync(this.#file, "utf8"));
    } catch {
      this.#stored = {};
    }
  }

  /** @param {string} key */
  get(key) {
    const value = Object.hasOwn(this.#stored, key) ? this.#stored[key] : undefined;
    if (value !== undefined) this.#used.set(key, value);
    return value;
  }

  /**
   * @param {string} key
   * @param {unknown} value JSON
   */
  set(key, value) {
    this.#used.set(key, value);
  }

  /** Written under another name and renamed: a concurrent run reads the old file or the new one, never half. */
  save() {
    try {
      mkdirSync(join(this.#file, ".."), { recursive: true });
      const partial = `${this.#file}.${process.pid}`;
      writeFileSync(partial, JSON.stringify(Object.fromEntries(this.#used)));
      renameSync(partial, this.#file);
    } catch {
      // Only the next run's speed is lost.
    }
  }
}
