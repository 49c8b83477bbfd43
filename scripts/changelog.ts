// `npm run changelog`: drafts a CHANGELOG.md entry from the changes since the last release,
// for the maintainer to edit. The entry is for the version check:compat asks for (the
// working version when it already covers the changes) and goes on top of the file; an
// existing entry for that version is left alone and the draft is printed instead.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cliOptions, main } from "./cli.js";
import { changelogHeading, compare, type Change, type CompatReport } from "./compat.ts";

const SECTIONS: [Change["impact"], string][] = [
  ["major", "Breaking changes"],
  ["minor", "Added"],
  ["patch", "Changed"],
];

export function draftEntry(report: CompatReport, date = new Date().toISOString().slice(0, 10)): string {
  const lines = [`## ${report.suggestedVersion} - ${date}`, ""];
  lines.push(
    `<!-- Draft from \`npm run changelog\` (changes since ${report.release.base.version}, ${report.release.base.commit.slice(0, 7)}): edit before release. -->`,
    "",
  );
  if (report.changes.length === 0) lines.push("- No changes to the API description.", "");
  for (const [impact, title] of SECTIONS) {
    const changes = report.changes.filter((c) => c.impact === impact);
    if (changes.length === 0) continue;
    lines.push(`### ${title}`, "");
    for (const change of changes) lines.push(`- \`${change.subject}\`: ${change.message}`);
    lines.push("");
  }
  return lines.join("\n");
}

await main(async () => {
  const { root } = cliOptions();
  const report = await compare(root);
  const entry = draftEntry(report);
  const file = join(root, "CHANGELOG.md");
  const text = await readFile(file, "utf8").catch(() => "# Changelog\n");
  if (changelogHeading(report.suggestedVersion).test(text)) {
    console.log(
      `CHANGELOG.md already has an entry for ${report.suggestedVersion}; the draft from the diff:\n\n${entry}`,
    );
    return;
  }
  // After the title and its introduction, before the newest entry.
  const firstEntry = text.search(/^## /m);
  const updated =
    firstEntry < 0
      ? `${text.trimEnd()}\n\n${entry}`
      : `${text.slice(0, firstEntry)}${entry}\n${text.slice(firstEntry)}`;
  await writeFile(file, updated);
  console.log(
    `✓ drafted a ${report.suggestedVersion} entry at the top of CHANGELOG.md (${report.changes.length} changes); edit it before release.`,
  );
  if (report.suggestedVersion !== report.release.version) {
    console.log(`  package.json still says ${report.release.version}: set "version": "${report.suggestedVersion}".`);
  }
});
