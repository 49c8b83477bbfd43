// Rates the changes between the last released description and the working one, and says
// which version bump they need. Used by `npm run check:compat` and `npm run changelog`.
//
// The last release is found from git history alone, so a fresh clone can compute it: it is
// the description at the commit that set package.json's `version` to its current value. When
// the version is being bumped (in the working tree, or by the commit at HEAD itself), the
// comparison is with the release before, so the bump can be checked against the changes.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { promisify } from "node:util";
import { LineCounter, parseDocument, isMap, isSeq, type Node } from "yaml";
import { PipelineError } from "./cli.js";
import { SPEC_ROOT } from "./pipeline.js";
import { runRedocly } from "./redocly.ts";

const exec = promisify(execFile);

export type Impact = "major" | "minor" | "patch";
export type Bump = Impact | "none";
const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export interface Release {
  /** Version in the working package.json. */
  version: string;
  /** The release compared with: its version and the commit that set it. */
  base: { version: string; commit: string; subject: string };
}

export interface Change {
  impact: Impact;
  /** What changed, in words. */
  message: string;
  /** The operation or component it concerns: `POST /environments/{environmentID}/groups`, `components.schemas.Group`. */
  subject: string;
  /** Where in the sources: `openapi/components/schemas/GroupCreate.yaml:5:1` (the release's, for removals). */
  source: string;
  /** JSON pointer into the bundled description. */
  pointer: string;
  /** Rule that rated it (`path-removed`, `schema-removed`, …), when there is one. */
  rule?: string;
}

export interface CompatReport {
  release: Release;
  changes: Change[];
  /** Highest impact among the changes. */
  impact: Bump;
  /** Bump from the release's version to the working version. */
  bump: Bump;
  /** Smallest bump the changes need. */
  required: Bump;
  /** The lowest version that satisfies `required` (the working version when it already does). */
  suggestedVersion: string;
  /** Why the check fails; empty when it passes. */
  problems: string[];
}

// ---------------------------------------------------------------------------------------------
// Versions

interface SemVer {
  major: number;
  minor: number;
  patch: number;
}

export function parseVersion(version: string): SemVer {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  if (!match) throw new PipelineError("version", `"${version}" is not a semantic version (x.y.z).`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** The kind of bump from one version to the next; "none" when equal, undefined when it goes back. */
export function bumpBetween(from: string, to: string): Bump | undefined {
  const a = parseVersion(from);
  const b = parseVersion(to);
  const order = [b.major - a.major, b.minor - a.minor, b.patch - a.patch].find((d) => d !== 0) ?? 0;
  if (order < 0) return undefined;
  if (b.major !== a.major) return "major";
  if (b.minor !== a.minor) return "minor";
  if (b.patch !== a.patch) return "patch";
  return "none";
}

/**
 * The smallest bump the changes need. Breaking (major) changes need a major bump, or a minor
 * one below 1.0. Anything else may ship with a patch bump or none: it is released with the
 * next version, whatever that is.
 */
export function requiredBump(impact: Bump, version: string): Bump {
  if (impact !== "major") return "none";
  return parseVersion(version).major === 0 ? "minor" : "major";
}

export function nextVersion(version: string, bump: Bump): string {
  const v = parseVersion(version);
  if (bump === "major") return `${v.major + 1}.0.0`;
  if (bump === "minor") return `${v.major}.${v.minor + 1}.0`;
  if (bump === "patch") return `${v.major}.${v.minor}.${v.patch + 1}`;
  return version;
}

// ---------------------------------------------------------------------------------------------
// Git

async function git(root: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await exec("git", args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new PipelineError("git", `git ${args.join(" ")}: ${stderr || (error as Error).message}`);
  }
}

const versionOf = (packageJson: string): string => (JSON.parse(packageJson) as { version: string }).version;

async function versionAt(root: string, commit: string): Promise<string | undefined> {
  try {
    return versionOf(await git(root, ["show", `${commit}:package.json`]));
  } catch {
    return undefined;
  }
}

/**
 * Commits that set a version, newest first: those on HEAD's first-parent line whose
 * package.json `version` differs from their parent's (or that have no parent).
 */
async function versionCommits(root: string): Promise<{ commit: string; version: string; subject: string }[]> {
  if ((await git(root, ["rev-parse", "--is-shallow-repository"])).trim() === "true") {
    throw new PipelineError(
      "release",
      "This clone is shallow, so the commit that set the version may be missing. Run `git fetch --unshallow`.",
    );
  }
  // -G finds the commits whose diff touches a "version" line; check each against its parent.
  const log = await git(root, ["log", "--first-parent", "--format=%H%x09%s", "-G", '"version"', "--", "package.json"]);
  const found: { commit: string; version: string; subject: string }[] = [];
  for (const line of log.split("\n").filter(Boolean)) {
    const [commit, subject = ""] = line.split("\t") as [string, string];
    const version = await versionAt(root, commit);
    if (version === undefined) continue;
    const parent = await versionAt(root, `${commit}^`);
    if (parent !== version) found.push({ commit, version, subject });
  }
  return found;
}

/** The working version and the release to compare it with. */
export async function findRelease(root: string): Promise<Release> {
  const version = versionOf(await readFile(join(root, "package.json"), "utf8"));
  const head = (await git(root, ["rev-parse", "HEAD"])).trim();
  const setters = await versionCommits(root);
  if (setters.length === 0) {
    throw new PipelineError("release", "No commit in package.json's history sets a version; nothing to compare with.");
  }
  // A bump in the working tree, or made by HEAD itself, is checked against the release before
  // it; the very first version has none, so its own commit is the release.
  const bumpInProgress = setters[0]!.version !== version || setters[0]!.commit === head;
  const base = (bumpInProgress && setters[0]!.version === version ? setters[1] : undefined) ?? setters[0]!;
  return { version, base: { version: base.version, commit: base.commit, subject: base.subject } };
}

// ---------------------------------------------------------------------------------------------
// Bundling

/** Bundles the description of `root` (the working tree) into `out` as JSON. */
async function bundleInto(root: string, out: string): Promise<void> {
  const result = await runRedocly(["bundle", SPEC_ROOT, "--output", out, "--ext", "json"], root);
  if (result.code !== 0) throw new PipelineError("bundle", (result.stderr || result.stdout).trim());
}

/** Extracts openapi/ (and redocly.yaml) of a commit into `dir`. */
async function extractSources(root: string, commit: string, dir: string): Promise<void> {
  const listing = await git(root, ["ls-tree", "-r", "--name-only", commit, "--", "openapi", "redocly.yaml"]);
  for (const file of listing.split("\n").filter(Boolean)) {
    const { stdout } = await exec("git", ["show", `${commit}:${file}`], {
      cwd: root,
      encoding: "buffer",
      maxBuffer: 64 * 1024 * 1024,
    });
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), stdout);
  }
  if (!existsSync(join(dir, SPEC_ROOT))) {
    throw new PipelineError("release", `Commit ${commit.slice(0, 7)} has no ${SPEC_ROOT}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Locating changes in the YAML sources

type Pointer = string[];

const decodePointer = (pointer: string): Pointer =>
  pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((s) => s !== "")
    .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"));

/** Finds where a pointer into the bundled description is written in the multi-file sources. */
class SourceMap {
  private readonly files = new Map<string, { doc: ReturnType<typeof parseDocument>; lines: LineCounter }>();
  constructor(private readonly root: string) {}

  private async load(file: string) {
    let entry = this.files.get(file);
    if (!entry) {
      const lines = new LineCounter();
      const doc = parseDocument(await readFile(join(this.root, file), "utf8"), { lineCounter: lines });
      entry = { doc, lines };
      this.files.set(file, entry);
    }
    return entry;
  }

  /** `file:line:col` of the deepest part of the pointer that exists in the sources. */
  async locate(pointer: string): Promise<string> {
    const parts = decodePointer(pointer);
    let file = SPEC_ROOT;
    // Components that openapi.yaml does not list are bundled from their own files, by convention
    // openapi/components/<type>/<Name>.yaml.
    const own = parts[0] === "components" && parts[2] ? `openapi/components/${parts[1]}/${parts[2]}.yaml` : undefined;
    const root = await this.load(file);
    if (own && !hasIn(root.doc.contents as Node, parts.slice(0, 3)) && existsSync(join(this.root, own))) {
      file = own;
      parts.splice(0, 3);
    }
    let { doc, lines } = await this.load(file);
    let node: Node | null | undefined = doc.contents as Node;
    const where = () => {
      const offset = node?.range?.[0] ?? 0;
      const { line, col } = lines.linePos(offset);
      return `${file}:${line}:${col}`;
    };
    for (const segment of parts) {
      // Follow a $ref into another file; a local one (#/...) stays in the bundled form.
      for (let hops = 0; isMap(node) && hops < 10; hops++) {
        const ref = node.get("$ref");
        if (typeof ref !== "string" || ref.startsWith("#")) break;
        file = posix.normalize(posix.join(posix.dirname(file), ref.split("#")[0]!));
        if (!existsSync(join(this.root, file))) return where();
        ({ doc, lines } = await this.load(file));
        node = doc.contents as Node;
      }
      const next: unknown = isMap(node)
        ? node.get(segment, true)
        : isSeq(node)
          ? node.get(Number(segment), true)
          : undefined;
      if (next === undefined || next === null) return where();
      node = next as Node;
    }
    return where();
  }
}

function hasIn(node: Node | null | undefined, path: string[]): boolean {
  for (const key of path) {
    if (!isMap(node)) return false;
    node = node.get(key, true) as Node | undefined;
  }
  return node !== undefined && node !== null;
}

// ---------------------------------------------------------------------------------------------
// Diff

interface DiffSide {
  pointer: string;
}
interface DiffChange {
  path: string;
  typeName: string;
  kind: "added" | "removed" | "modified";
  impact: Impact;
  property?: string;
  verdicts: { ruleId: string; impact: Impact; message: string; location?: { pointer: string } }[];
  base?: DiffSide;
  revision?: DiffSide;
}

const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

/** `POST /environments/{environmentID}/groups › requestBody/…` or `components.schemas.Group › …`. */
function subjectOf(pointer: string): string {
  const parts = decodePointer(pointer);
  if (parts[0] === "paths" && parts.length >= 2) {
    const method = parts[2] && METHODS.has(parts[2]) ? parts[2].toUpperCase() : undefined;
    const rest = parts.slice(method ? 3 : 2).join("/");
    return `${method ? `${method} ` : ""}${parts[1]}${rest ? ` › ${rest}` : ""}`;
  }
  if (parts[0] === "components" && parts.length >= 3) {
    const rest = parts.slice(3).join("/");
    return `components.${parts[1]}.${parts[2]}${rest ? ` › ${rest}` : ""}`;
  }
  return parts.join("/") || "(document)";
}

function describeChange(change: DiffChange): string {
  if (change.verdicts.length > 0) return [...new Set(change.verdicts.map((v) => v.message))].join(" ");
  const what = change.property ? `\`${change.property}\` of ${change.typeName}` : change.typeName;
  return `${what} ${change.kind}.`;
}

/**
 * A project `redocly.yaml` whose `extends` does not name `diff-recommended` turns every diff
 * rule off (changes are then all rated patch), so diff runs with a config of its own.
 */
const DIFF_CONFIG = "extends:\n  - diff-recommended\n";

async function diff(root: string, base: string, revision: string, scratch: string): Promise<DiffChange[]> {
  const config = join(scratch, "redocly-diff.yaml");
  await writeFile(config, DIFF_CONFIG);
  const args = ["diff", base, revision, "--format", "json", "--fail-on", "none", "--config", config];
  const result = await runRedocly(args, root);
  try {
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf("{"))) as { changes: DiffChange[] };
    return report.changes;
  } catch {
    throw new PipelineError(
      "diff",
      `redocly diff exited with ${result.code}:\n${(result.stderr || result.stdout).trim()}`,
    );
  }
}

/**
 * A check `redocly diff` does not make: every name under `components.schemas` is an exported
 * TypeScript type (`components["schemas"]["Name"]`), so removing or renaming one breaks code.
 */
function schemaRemovals(base: OpenApi, revision: OpenApi): { name: string; added: string[] }[] {
  const before = Object.keys(base.components?.schemas ?? {});
  const after = new Set(Object.keys(revision.components?.schemas ?? {}));
  const added = [...after].filter((name) => !before.includes(name));
  return before.filter((name) => !after.has(name)).map((name) => ({ name, added }));
}

interface OpenApi {
  components?: { schemas?: Record<string, unknown> };
}

// ---------------------------------------------------------------------------------------------

/** Bundles the release's and the working description, compares them, and rates the result. */
export async function compare(root: string): Promise<CompatReport> {
  const release = await findRelease(root);
  const scratch = await mkdtemp(join(tmpdir(), "pingone-compat-"));
  try {
    const baseRoot = join(scratch, "release");
    await extractSources(root, release.base.commit, baseRoot);
    const baseFile = join(scratch, "release.json");
    const revisionFile = join(scratch, "working.json");
    await bundleInto(baseRoot, baseFile);
    await bundleInto(root, revisionFile);

    const working = new SourceMap(root);
    const released = new SourceMap(baseRoot);
    const at = async (pointer: string, side: "base" | "revision") =>
      side === "revision"
        ? working.locate(pointer)
        : `${await released.locate(pointer)} (in ${release.base.version}, ${release.base.commit.slice(0, 7)})`;

    const changes: Change[] = [];
    for (const change of await diff(root, baseFile, revisionFile, scratch)) {
      const verdict = change.verdicts.find((v) => v.impact === change.impact) ?? change.verdicts[0];
      const side = change.revision ? "revision" : "base";
      const pointer = verdict?.location?.pointer ?? change.revision?.pointer ?? change.base?.pointer ?? change.path;
      const sourceSide = verdict?.location?.pointer && !change.revision ? "base" : side;
      changes.push({
        impact: change.impact,
        message: describeChange(change),
        subject: subjectOf(change.path),
        source: await at(pointer, sourceSide),
        pointer: change.path,
        ...(verdict ? { rule: verdict.ruleId } : {}),
      });
    }
    const [baseDoc, revisionDoc] = await Promise.all(
      [baseFile, revisionFile].map(async (f) => JSON.parse(await readFile(f, "utf8")) as OpenApi),
    );
    for (const { name, added } of schemaRemovals(baseDoc!, revisionDoc!)) {
      const hint = added.length > 0 ? ` (renamed? new schemas: ${added.join(", ")})` : "";
      changes.push({
        impact: "major",
        message: `Schema \`${name}\` was removed or renamed${hint}: it is the exported TypeScript type components["schemas"]["${name}"], so code that names it breaks.`,
        subject: `components.schemas.${name}`,
        source: await at(`#/components/schemas/${encodeURIComponent(name)}`, "base"),
        pointer: `#/components/schemas/${name}`,
        rule: "schema-removed",
      });
    }
    changes.sort((a, b) => RANK[b.impact] - RANK[a.impact]);
    return rate(root, release, changes);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Whether CHANGELOG.md has an entry (a `## ` heading) for the version. */
export async function hasChangelogEntry(root: string, version: string): Promise<boolean> {
  const text = await readFile(join(root, "CHANGELOG.md"), "utf8").catch(() => "");
  return changelogHeading(version).test(text);
}

export const changelogHeading = (version: string) =>
  new RegExp(`^##\\s+\\[?v?${version.replace(/\./g, "\\.")}\\]?(?:\\s|$)`, "m");

async function rate(root: string, release: Release, changes: Change[]): Promise<CompatReport> {
  const impact = changes.reduce<Bump>((max, c) => (RANK[c.impact] > RANK[max] ? c.impact : max), "none");
  const from = release.base.version;
  const bump = bumpBetween(from, release.version);
  const required = requiredBump(impact, from);
  const problems: string[] = [];
  let suggestedVersion = release.version;
  if (bump === undefined) {
    problems.push(`package.json's version ${release.version} is lower than the release's ${from}.`);
  } else if (RANK[bump] < RANK[required]) {
    suggestedVersion = nextVersion(from, required);
    const breaking = changes.filter((c) => c.impact === "major").length;
    const rule =
      parseVersion(from).major === 0
        ? "below 1.0 a breaking change needs a minor bump"
        : "a breaking change needs a major bump";
    problems.push(
      `${breaking} breaking change${breaking === 1 ? "" : "s"} since ${from}, but package.json's version is ${release.version} ` +
        `(${bump === "none" ? "not bumped" : `a ${bump} bump`}): ${rule}. ` +
        `Set "version": "${suggestedVersion}" in package.json (and src/version.ts) and add a "## ${suggestedVersion}" entry to CHANGELOG.md ` +
        `(\`npm run changelog\` drafts it).`,
    );
  }
  if (!(await hasChangelogEntry(root, suggestedVersion))) {
    if (suggestedVersion === release.version) {
      problems.push(
        `CHANGELOG.md has no entry for ${release.version}: add a "## ${release.version}" section (\`npm run changelog\` drafts it).`,
      );
    }
  }
  return { release, changes, impact, bump: bump ?? "none", required, suggestedVersion, problems };
}

/** The report as text, one change per entry with its rating and location. */
export function formatReport(report: CompatReport): string {
  const { release } = report;
  const lines = [
    `Release: ${release.base.version} (commit ${release.base.commit.slice(0, 7)} "${release.base.subject}", which set the version in package.json)`,
    `Working: ${release.version} (${report.bump === "none" ? "no bump" : `${report.bump} bump`})`,
    "",
  ];
  if (report.changes.length === 0) lines.push("No changes to the description since the release.");
  for (const change of report.changes) {
    lines.push(`  ${change.impact.toUpperCase().padEnd(5)}  ${change.subject}`);
    lines.push(`         ${change.message}${change.rule ? ` [${change.rule}]` : ""}`);
    lines.push(`         at ${change.source}`);
  }
  const count = (impact: Impact) => report.changes.filter((c) => c.impact === impact).length;
  lines.push(
    "",
    `${report.changes.length} change${report.changes.length === 1 ? "" : "s"}: ${count("major")} major, ${count("minor")} minor, ${count("patch")} patch` +
      ` → needs ${report.required === "none" ? "no bump" : `a ${report.required} bump`} from ${release.base.version}.`,
  );
  return lines.join("\n");
}
