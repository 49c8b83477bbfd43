// Redocly's `no-invalid-media-type-examples`, remembered between runs. The rule compiles an
// Ajv validator for every schema an example reaches: about 640 for this description, over a
// second of every `generate`. Between two saves, almost every media type and everything it
// reaches is byte for byte what it was. So a media type whose examples passed is recorded under
// a hash of all that decides the outcome: the media type as written (its schema and examples),
// the text of every file its `$ref`s reach, followed to the end, and the rule's settings and
// Redocly's version. Anything not recorded goes through Redocly's own rule, unchanged, with
// its own messages; a media type with a problem is never recorded.
import { createRequire } from "node:module";
import { digest } from "./cache.js";

const require = createRequire(import.meta.url);
const { version: REDOCLY_VERSION } = require("@redocly/openapi-core/package.json");
const EXAMPLE_RULE = "no-invalid-media-type-examples";

/** @typedef {import("./cache.js").RunCache} RunCache */
/** @typedef {import("@redocly/openapi-core").StyleguideConfig} StyleguideConfig */
/** @typedef {(settings: Record<string, unknown>) => any} Rule */
/** @typedef {import("@redocly/openapi-core").Source} Source */
/**
 * The part of a Redocly visitor's context this rule uses.
 * @typedef {{
 *   location: { source: Source };
 *   resolve(node: { $ref: string }, from?: string): { node: unknown; location?: { source: Source } };
 *   report(problem: object): void;
 * }} Context
 */

/**
 * `config` as lintDocument sees it, with the example rule remembering its passes in `cache`.
 * The loaded config itself is left as it is.
 * @param {StyleguideConfig} config
 * @param {RunCache} cache
 * @returns {StyleguideConfig}
 */
export function withExampleCache(config, cache) {
  const plugins = config.plugins.map((plugin) => {
    const rule = plugin.rules?.oas3?.[EXAMPLE_RULE];
    if (!rule) return plugin;
    const oas3 = { ...plugin.rules?.oas3, [EXAMPLE_RULE]: remembering(/** @type {Rule} */ (rule), cache) };
    return { ...plugin, rules: { ...plugin.rules, oas3 } };
  });
  return Object.create(config, { plugins: { value: plugins } });
}

/**
 * @param {Rule} rule
 * @param {RunCache} cache
 * @returns {Rule}
 */
function remembering(rule, cache) {
  return (settings) => {
    const inner = rule(settings);
    const salt = JSON.stringify([REDOCLY_VERSION, settings]);
    /** @type {WeakMap<Source, string>} */
    const sourceHashes = new WeakMap();
    return {
      MediaType: {
        /**
         * @param {Record<string, unknown>} mediaType
         * @param {Context} ctx
         */
        leave(mediaType, ctx) {
          const key = keyOf(mediaType, ctx, salt, sourceHashes);
          if (cache.get(key)) return;
          let reported = false;
          /** @param {object} problem */
          const report = (problem) => {
            reported = true;
            ctx.report(problem);
          };
          inner.MediaType.leave(mediaType, { ...ctx, report });
          if (!reported) cache.set(key, true);
        },
      },
    };
  };
}

/**
 * What decides whether a media type's examples pass: the media type as written, every file
 * reached through `$ref`s from it (by path and content), and the rule's settings.
 * @param {unknown} mediaType
 * @param {Context} ctx
 * @param {string} salt
 * @param {WeakMap<Source, string>} sourceHashes
 */
function keyOf(mediaType, ctx, salt, sourceHashes) {
  /** @type {Map<string, Source>} */
  const reached = new Map();
  const seen = new Set();
  /**
   * @param {unknown} node
   * @param {string} from
   */
  const walk = (node, from) => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    if (typeof (/** @type {{ $ref?: unknown }} */ (node).$ref) === "string") {
      const { node: target, location } = ctx.resolve(/** @type {{ $ref: string }} */ (node), from);
      if (!location) return; // unresolved refs are their own lint error
      reached.set(location.source.absoluteRef, location.source);
      walk(target, location.source.absoluteRef);
      return;
    }
    for (const value of Object.values(node)) walk(value, from);
  };
  walk(mediaType, ctx.location.source.absoluteRef);
  const parts = [salt, JSON.stringify(mediaType)];
  for (const absoluteRef of [...reached.keys()].sort()) {
    const source = /** @type {Source} */ (reached.get(absoluteRef));
    let hash = sourceHashes.get(source);
    if (hash === undefined) sourceHashes.set(source, (hash = digest(source.body)));
    parts.push(absoluteRef, hash);
  }
  return digest(...parts);
}
