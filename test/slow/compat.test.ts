// `npm run check:compat` and `npm run changelog` on a scratch git repository holding a copy of
// the description, released as 0.1.0 in its first commit: a seeded breaking edit fails with
// the change located and the version to set, and passes once the version is bumped and the
// changelog drafted; a seeded compatible addition passes as minor without a bump.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], { cwd, stdio: "pipe" });

/** A repository whose only commit releases the project's current description as 0.1.0. */
function releasedRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), "pingone-compat-test-"));
  scratch.push(dir);
  cpSync(join(ROOT, "openapi"), join(dir, "openapi"), { recursive: true });
  cpSync(join(ROOT, "redocly.yaml"), join(dir, "redocly.yaml"));
  // The released changelog: only the 0.1.0 entry (the project's own may already have later ones).
  const changelog = readFileSync(join(ROOT, "CHANGELOG.md"), "utf8");
  writeFileSync(
    join(dir, "CHANGELOG.md"),
    changelog.slice(0, changelog.indexOf("\n## ") + 1) + changelog.slice(changelog.indexOf("## 0.1.0")),
  );
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ ...pkg, version: "0.1.0" }, null, 2) + "\n");
  git(dir, "init", "-q");
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "Release 0.1.0");
  return dir;
}

function run(script: string, root: string) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    execFile(
      join(ROOT, "node_modules/.bin/tsx"),
      [join(ROOT, "scripts", script), "--root", root],
      { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
    );
  });
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, "utf8")));

describe("npm run check:compat", () => {
  it("fails on a breaking edit, locates it, names the version to set, and passes after the bump and changelog", async () => {
    const repo = releasedRepository();
    // A newly required request property, and removed paths (the License schemas go with them).
    edit(join(repo, "openapi/components/schemas/GroupCreate.yaml"), (t) =>
      t.replace("required:\n  - name\n", "required:\n  - name\n  - description\n"),
    );
    edit(join(repo, "openapi/openapi.yaml"), (t) =>
      t.replace(/  \/organizations\/\{organizationID\}\/licenses.*:\n    \$ref: .*\n/g, ""),
    );

    const failed = await run("check-compat.ts", repo);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain("Release: 0.1.0 (commit ");
    expect(failed.out).toMatch(
      /MAJOR {2}POST \/environments\/\{environmentID\}\/groups › requestBody.*\n.*Properties of `GroupCreate` became required: `description`\..*\n\s+at openapi\/components\/schemas\/GroupCreate\.yaml:\d+:\d+/,
    );
    expect(failed.out).toMatch(
      /MAJOR {2}\/organizations\/\{organizationID\}\/licenses\/\{licenseID\}\n.*was removed.*\[path-removed\]\n\s+at openapi\/openapi\.yaml:\d+:\d+ \(in 0\.1\.0, [0-9a-f]{7}\)/,
    );
    expect(failed.out).toMatch(/MAJOR {2}components\.schemas\.License\n.*removed or renamed.*\[schema-removed\]/);
    expect(failed.out).toContain("below 1.0 a breaking change needs a minor bump");
    expect(failed.out).toContain('Set "version": "0.2.0" in package.json');

    // The maintainer's fix: bump, then draft the changelog entry.
    edit(join(repo, "package.json"), (t) => t.replace('"version": "0.1.0"', '"version": "0.2.0"'));
    const stillNoEntry = await run("check-compat.ts", repo);
    expect(stillNoEntry.code).toBe(1);
    expect(stillNoEntry.out).toContain('CHANGELOG.md has no entry for 0.2.0: add a "## 0.2.0" section');

    const drafted = await run("changelog.ts", repo);
    expect(drafted.code).toBe(0);
    const changelog = readFileSync(join(repo, "CHANGELOG.md"), "utf8");
    expect(changelog.indexOf("## 0.2.0")).toBeLessThan(changelog.indexOf("## 0.1.0"));
    expect(changelog).toContain("### Breaking changes");
    expect(changelog).toContain("Properties of `GroupCreate` became required: `description`.");

    const passed = await run("check-compat.ts", repo);
    expect(passed.out).toContain("Working: 0.2.0 (minor bump)");
    expect(passed.code).toBe(0);
  });

  it("rates a new path as minor and lets it ship without a bump", async () => {
    const repo = releasedRepository();
    writeFileSync(
      join(repo, "openapi/paths/environments_{environmentID}_groups_count.yaml"),
      readFileSync(join(repo, "openapi/paths/environments_{environmentID}_groups_{groupID}.yaml"), "utf8")
        .replace(/operationId: (\w+)/g, "operationId: $1Again")
        .replace(/^ {2}- \$ref: \.\.\/components\/parameters\/groupID\.yaml\n/m, ""),
    );
    edit(join(repo, "openapi/openapi.yaml"), (t) =>
      t.replace(
        /^paths:\n/m,
        "paths:\n  /environments/{environmentID}/groupsAgain:\n    $ref: paths/environments_{environmentID}_groups_count.yaml\n",
      ),
    );

    const { code, out } = await run("check-compat.ts", repo);
    expect(out).toMatch(/MINOR {2}\/environments\/\{environmentID\}\/groupsAgain\n.*added/);
    expect(out).toMatch(/0 major, [1-9]\d* minor, \d+ patch → needs no bump from 0\.1\.0/);
    expect(out).toContain("✓ version 0.1.0 and CHANGELOG.md cover these changes");
    expect(code).toBe(0);
  });
});
