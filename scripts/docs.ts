// Builds build/docs/index.html: one self-contained Redoc page (no CDN, works offline and from
// any static host) of generated/openapi.json, with TypeScript and curl samples for every
// operation. A failure leaves any previous build/docs/index.html untouched.
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { OpenAPI3 } from "openapi-typescript";
import { parse as parseYaml } from "yaml";
import { main, projectRoot } from "./cli.ts";
import { readWorkflows } from "./arazzo.ts";
import { generateCodeSamples, listOperations } from "./code-samples.ts";
import { addWorkflowGuides } from "./workflow-guides.ts";
import { PipelineError, runRedocly } from "./pipeline.ts";

const SPEC = "generated/openapi.json";
const OUTPUT = "build/docs/index.html";

// Redocly's default page template plus an empty icon, so browsers do not ask the static host
// for a /favicon.ico it does not have.
const TEMPLATE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>{{title}}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <style>body { padding: 0; margin: 0; }</style>
  {{{redocHead}}}
</head>
<body>
  {{{redocHTML}}}
</body>
</html>
`;

// Redoc's sidebar footer shows Redocly's logo from their CDN, and has no option to turn it
// off; an inline wordmark keeps the attribution without the page reaching the internet.
const REDOCLY_LOGO_URL = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14"><text x="0" y="11" font-family="sans-serif" font-size="11" font-weight="600" fill="#888">Redocly</text></svg>`,
)}`;

const TYPESCRIPT = { lang: "TypeScript", label: "TypeScript (pingone-client)" };
const CURL = { lang: "Shell", label: "curl" };
// Redoc 3 shows only the samples whose label is listed here, in this order, the first one open;
// Payload is its own tab with the request body example.
const SAMPLE_LANGUAGES = [TYPESCRIPT, CURL, { lang: "payload", label: "Payload" }];

async function readSpec(root: string): Promise<OpenAPI3> {
  try {
    return JSON.parse(await readFile(join(root, SPEC), "utf8")) as OpenAPI3;
  } catch (error) {
    throw new PipelineError(
      "read spec",
      `${SPEC}: ${error instanceof Error ? error.message : error}\nRun \`npm run generate\` first.`,
    );
  }
}

/** Adds TypeScript and curl samples to every operation; returns how many operations there are. */
function addCodeSamples(spec: OpenAPI3): number {
  let samples: ReturnType<typeof generateCodeSamples>;
  try {
    samples = generateCodeSamples(spec);
  } catch (error) {
    throw new PipelineError("code samples", error instanceof Error ? error.message : String(error));
  }
  const operations = listOperations(spec);
  for (const { operationId, operation } of operations) {
    const { typescript, curl } = samples.get(operationId)!;
    operation["x-codeSamples"] = [
      { ...TYPESCRIPT, source: typescript },
      { ...CURL, source: curl },
    ];
  }
  return operations.length;
}

/** redocly.yaml's `openapi:` options plus the sample languages (`--openapi` replaces them, it does not merge). */
async function redocOptions(root: string): Promise<Record<string, unknown>> {
  const config = parseYaml(await readFile(join(root, "redocly.yaml"), "utf8")) as {
    openapi?: Record<string, unknown>;
  } | null;
  return { ...config?.openapi, codeSamples: { languages: SAMPLE_LANGUAGES } };
}

async function buildDocs(
  root: string,
  files: { spec: string; options: string; template: string; output: string },
): Promise<void> {
  const args = ["build-docs", files.spec, "--inlineBundle", "--config", join(root, "redocly.yaml")];
  args.push("--openapi", files.options, "--template", files.template, "-o", files.output);
  // runRedocly turns telemetry off, which also stops Redoc from reporting page views from the built page.
  const { code, stdout, stderr } = await runRedocly(args, root);
  if (code !== 0)
    throw new PipelineError("build-docs", `redocly exited with ${code}:\n${withoutBanner(stdout + stderr)}`);
}

/** Redocly's boxed Node.js deprecation notice says nothing about why the build failed. */
function withoutBanner(log: string): string {
  return log
    .split("\n")
    .filter((line) => !/^\s*[╔║╚]/.test(line))
    .join("\n")
    .trim();
}

async function inlineRedoclyLogo(file: string): Promise<void> {
  const html = await readFile(file, "utf8");
  await writeFile(file, html.replace(REDOCLY_LOGO_URL, INLINE_LOGO));
}

await main(async () => {
  const root = projectRoot();
  const spec = await readSpec(root);
  const operationCount = addCodeSamples(spec);
  const workflowCount = addWorkflowGuides(spec, readWorkflows(root));

  // Scratch space next to the output, so the final rename stays on one filesystem.
  await mkdir(join(root, "build/docs"), { recursive: true });
  const scratch = await mkdtemp(join(root, "build/.docs-tmp-"));
  try {
    const files = {
      spec: join(scratch, "openapi.json"),
      options: join(scratch, "redoc-options.json"),
      template: join(scratch, "template.hbs"),
      output: join(scratch, "index.html"),
    };
    await writeFile(files.spec, JSON.stringify(spec));
    await writeFile(files.options, JSON.stringify(await redocOptions(root)));
    await writeFile(files.template, TEMPLATE);
    await buildDocs(root, files);
    await inlineRedoclyLogo(files.output);
    await rename(files.output, join(root, OUTPUT));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const { size } = await stat(join(root, OUTPUT));
  console.log(
    `✓ ${relative(process.cwd(), join(root, OUTPUT))} (${(size / 1024).toFixed(0)} KiB): ` +
      `${operationCount} operations, each with TypeScript and curl samples; ${workflowCount} workflow guides`,
  );
});
