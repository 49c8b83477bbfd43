import { describe, expect, it } from "vitest";
import { filter, PingOneConfigError } from "../src/index.ts";

describe("filter", () => {
  it("builds the documented operators", () => {
    expect(filter.sw("name", "Dev")).toBe('name sw "Dev"');
    expect(filter.eq("license.id", "8f1b")).toBe('license.id eq "8f1b"');
    expect(filter.and(filter.sw("name", "Dev"), filter.eq("license.id", "8f1b"))).toBe(
      'name sw "Dev" and license.id eq "8f1b"',
    );
  });

  it.each([
    ['a" or name pr or name eq "', String.raw`"a\" or name pr or name eq \""`],
    ["back\\slash", String.raw`"back\\slash"`],
    ['\\" and id pr', String.raw`"\\\" and id pr"`],
    ["line\nbreak\ttab", String.raw`"line\nbreak\ttab"`],
    ["ünïcødé ✓", '"ünïcødé ✓"'],
    ["", '""'],
  ])("keeps the hostile value %j inside one string literal", (value, expected) => {
    const built = filter.eq("name", value);
    expect(built).toBe(`name eq ${expected}`);
    // The literal decodes back to exactly the input: nothing leaked into the expression.
    expect(JSON.parse(built.slice("name eq ".length))).toBe(value);
  });

  it.each(["name sw", "name) or (id", "", "1name", "name..id", 'name"'])("rejects the attribute %j", (name) => {
    expect(() => filter.eq(name, "x")).toThrow(PingOneConfigError);
  });

  it("rejects non-string values and an empty and()", () => {
    expect(() => filter.eq("name", 1 as unknown as string)).toThrow(/must be strings/);
    expect(() => filter.and()).toThrow(/at least one/);
  });
});
