// Lists every environment whose name starts with a prefix, across all pages.
// Usage: tsx examples/list-environments.ts [prefix]
import { filter, paginate } from "pingone-client";
import { runExample } from "./connect.ts";

const prefix = process.argv[2] ?? "";

await runExample(async ({ client }) => {
  let count = 0;
  const query = prefix ? { filter: filter.sw("name", prefix), limit: 100 } : { limit: 100 };
  for await (const environment of paginate(client, "/environments", { params: { query } })) {
    count++;
    console.log(
      `  ${environment.name.padEnd(40)} ${environment.region.padEnd(3)} ${environment.type}  ${environment.id}`,
    );
  }
  console.log(`${count} environment(s)${prefix ? ` starting with "${prefix}"` : ""}`);
});
