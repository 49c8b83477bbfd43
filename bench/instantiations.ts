// What the client's types cost a consumer's type-check, against bare openapi-fetch on the same
// schema: the same ten typed calls in a project that installed the package, compiled with
// `tsc --extendedDiagnostics`, compared by the compiler's instantiation count (deterministic,
// unlike time).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tscPath } from "../test/support/toolchain.ts";

const CALLS = `
const env = { params: { path: { environmentID: "e" } } } as const;
const user = { params: { path: { environmentID: "e", userID: "u" } } } as const;
export async function calls() {
  const a = await client.GET("/environments", { params: { query: { limit: 10 } } });
  const b = await client.GET("/environments/{environmentID}", env);
  const c = await client.POST("/environments", { body: { name: "Dev", region: "EU", type: "SANDBOX" } });
  const d = await client.PUT("/environments/{environmentID}", { ...env, body: { name: "Prod", type: "PRODUCTION", license: { id: "l" } } });
  const e = await client.DELETE("/environments/{environmentID}", env);
  const f = await client.GET("/environments/{environmentID}/users", env);
  const g = await client.POST("/environments/{environmentID}/users", { ...env, body: { username: "kim" } });
  const h = await client.PATCH("/environments/{environmentID}/users/{userID}", { ...user, body: { nickname: "K" } });
  const i = await client.GET("/environments/{environmentID}/applications", env);
  const j = await client.POST("/environments/{environmentID}/groups", { ...env, body: { name: "Staff" } });
  return [a.data?.count, b.data?.name, c.data?.id, d.data?.id, e.response.status, f.data?._embedded, g.data?.username, h.data?.id, i.data?._embedded, j.data?.name];
}
`;

export const CASES = {
  "pingone-client": `import { createPingOneClient } from "pingone-client";\nconst client = createPingOneClient({ region: "NA", accessToken: "t" });\n${CALLS}`,
  "openapi-fetch": `import createClient from "openapi-fetch";\nimport type { paths } from "pingone-client";\nconst client = createClient<paths>({ baseUrl: "https://api.pingone.com/v1" });\n${CALLS}`,
};

/** Instantiations of each case, in `consumer` (a project with the package installed). */
export function instantiations(consumer: string): Record<keyof typeof CASES, number> {
  const out = {} as Record<keyof typeof CASES, number>;
  for (const [name, code] of Object.entries(CASES) as [keyof typeof CASES, string][]) {
    writeFileSync(join(consumer, `calls-${name}.ts`), code);
    const compilerOptions = {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2023", "DOM"],
      types: [],
      strict: true,
      skipLibCheck: true,
      noEmit: true,
    };
    writeFileSync(
      join(consumer, `tsconfig.calls-${name}.json`),
      JSON.stringify({ compilerOptions, files: [`calls-${name}.ts`] }),
    );
    const result = spawnSync(
      process.execPath,
      [tscPath("5.9.3"), "-p", `tsconfig.calls-${name}.json`, "--extendedDiagnostics"],
      { cwd: consumer, encoding: "utf8" },
    );
    const count = /Instantiations:\s+(\d+)/.exec(result.stdout)?.[1];
    if (result.status !== 0 || !count)
      throw new Error(`tsc on the ${name} case failed:\n${result.stdout}${result.stderr}`);
    out[name] = Number(count);
  }
  return out;
}
