// Order statistics and formatting shared by the benchmarks.

/** The environment bench/server.ts serves at /v1/environments/<id>. */
export const ENVIRONMENT_ID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";

/** The q-quantile (0..1) of the samples, by nearest rank on a sorted copy. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);

export function ms(value: number, digits = 1): string {
  return `${value.toFixed(digits)} ms`;
}

export function us(valueMs: number): string {
  return `${(valueMs * 1000).toFixed(0)} µs`;
}

export function ratio(value: number): string {
  return `${value.toFixed(3)}×`;
}

export function bytes(value: number): string {
  return value >= 1024 ? `${(value / 1024).toFixed(2)} kB` : `${value} B`;
}

/** A measured figure, its target if it has one, and whether the target was met. */
export interface Row {
  section: string;
  measure: string;
  value: string;
  target?: string;
  met?: boolean;
}

export function table(rows: readonly Row[]): string {
  const header = ["Section", "Measure", "Value", "Target", ""];
  const lines = rows.map((r) => [
    r.section,
    r.measure,
    r.value,
    r.target ?? "",
    r.met === undefined ? "" : r.met ? "met" : "MISSED",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [format(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...lines.map(format)].join("\n");
}

/** The straight line through `points` ([x, y]) with the least squared error. */
export function leastSquares(points: readonly (readonly [number, number])[]): { slope: number; intercept: number } {
  const n = points.length;
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n;
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxy = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
  const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
