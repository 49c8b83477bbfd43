// Bytes that importing the client adds to a browser bundle: esbuild (platform browser,
// bundle, minify, tree-shaking) from the installed package's dist, then gzip -9.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export interface Size {
  minified: number;
  gzipped: number;
}

export async function bundleSize(consumerDir: string, code: string): Promise<Size> {
  const result = await build({
    stdin: { contents: code, resolveDir: consumerDir, loader: "js" },
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0]!.contents;
  return { minified: output.length, gzipped: gzipSync(output, { level: 9 }).length };
}

/** The figures the report shows: the client, bare openapi-fetch for comparison, and the whole entry point. */
export async function sizes(consumerDir: string) {
  return {
    client: await bundleSize(
      consumerDir,
      `import { createPingOneClient } from "pingone-client"; export const c = createPingOneClient;`,
    ),
    withPaging: await bundleSize(
      consumerDir,
      `import { createPingOneClient, paginate, unwrap } from "pingone-client"; export const c = [createPingOneClient, paginate, unwrap];`,
    ),
    openapiFetch: await bundleSize(
      consumerDir,
      `import createClient from "openapi-fetch"; export const c = createClient;`,
    ),
    everything: await bundleSize(consumerDir, `export * from "pingone-client";`),
  };
}
