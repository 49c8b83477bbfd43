// `npm run check:compat`: rates every change between the last released description and the
// working one (redocly diff, plus removed or renamed schemas), prints each with its location,
// and fails when the version bump in package.json does not allow them or CHANGELOG.md has no
// entry for the version. See scripts/compat.ts for how the release is found.
import { cliOptions, main, PipelineError } from "./cli.js";
import { compare, formatReport } from "./compat.ts";

await main(async () => {
  const report = await compare(cliOptions().root);
  console.log(formatReport(report));
  if (report.problems.length > 0) {
    throw new PipelineError("check:compat", report.problems.map((p) => `  ${p}`).join("\n"));
  }
  console.log(`✓ version ${report.release.version} and CHANGELOG.md cover these changes`);
});
