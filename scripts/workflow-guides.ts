// The "Workflows" section of the HTML docs, built from the Arazzo documents: one guide per
// workflow, its steps in order, each with its purpose and a link to its operation. It is
// appended to `info.description`, which Redoc renders as the page's introduction and lists
// in the navigation by its headings.
import type { OpenAPI3 } from "openapi-typescript";
import type { ArazzoWorkflow } from "./arazzo.ts";

/** Redoc's link to an operation: it scrolls to the operation's section. */
export const operationAnchor = (operationId: string) => `#operation/${operationId}`;

/** Markdown of the section; every step's operation must exist in the description. */
export function workflowGuides(workflows: readonly ArazzoWorkflow[], operations: ReadonlyMap<string, string>): string {
  const lines = [
    "## Workflows",
    "",
    "Step-by-step guides for the workflows Ping documents, written as Arazzo 1.0 documents in",
    "`openapi/workflows/` (run them with `npm run respect`). Each step links to the operation it calls.",
    "",
  ];
  for (const workflow of workflows) {
    lines.push(`### ${workflow.title}`, "", workflow.summary, "", `Source: \`${workflow.file}\``, "");
    workflow.steps.forEach((step, index) => {
      const summary = operations.get(step.operationId);
      if (summary === undefined) {
        throw new Error(
          `${workflow.file}: step ${step.stepId} calls ${step.operationId}, which the description lacks.`,
        );
      }
      const purpose = step.description.replace(/\s+/g, " ").trim();
      lines.push(`${index + 1}. **${step.stepId}**: ${purpose} → [${summary}](${operationAnchor(step.operationId)})`);
    });
    lines.push("");
  }
  return lines.join("\n");
}

/** Appends the guides to the description's introduction; returns how many workflows it shows. */
export function addWorkflowGuides(spec: OpenAPI3, workflows: readonly ArazzoWorkflow[]): number {
  if (workflows.length === 0) return 0;
  const operations = new Map<string, string>();
  for (const item of Object.values(spec.paths ?? {})) {
    for (const value of Object.values(item as Record<string, unknown>)) {
      const op = value as { operationId?: string; summary?: string };
      if (op && typeof op === "object" && op.operationId) operations.set(op.operationId, op.summary ?? op.operationId);
    }
  }
  spec.info.description = `${(spec.info.description ?? "").trimEnd()}\n\n${workflowGuides(workflows, operations)}`;
  return workflows.length;
}
