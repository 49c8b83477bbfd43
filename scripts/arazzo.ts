// The Arazzo documents under openapi/workflows/, read as data: used by the docs build (the
// "Workflows" guides), `npm run respect` and the tests that keep them in step with the
// TypeScript workflows.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";

export const WORKFLOWS_DIR = "openapi/workflows";

export interface ArazzoStep {
  stepId: string;
  /** The operation's ID in the description, without the `$sourceDescriptions.<name>.` prefix. */
  operationId: string;
  description: string;
}

export interface ArazzoWorkflow {
  /** Path of the document, relative to the project root. */
  file: string;
  /** `info.title` of the document. */
  title: string;
  /** `info.description` of the document. */
  description: string;
  workflowId: string;
  summary: string;
  /** Names of the workflow's inputs, and which are required and secret (`format: password`). */
  inputs: { name: string; required: boolean; secret: boolean; default?: unknown }[];
  steps: ArazzoStep[];
}

interface RawDocument {
  info?: { title?: string; description?: string };
  workflows?: {
    workflowId: string;
    summary?: string;
    inputs?: { required?: string[]; properties?: Record<string, { format?: string; default?: unknown }> };
    steps?: { stepId: string; operationId?: string; description?: string }[];
  }[];
}

/** Every `*.arazzo.yaml` under openapi/workflows/, sorted by file name. */
export function arazzoFiles(root: string): string[] {
  return readdirSync(join(root, WORKFLOWS_DIR))
    .filter((name) => name.endsWith(".arazzo.yaml"))
    .sort()
    .map((name) => `${WORKFLOWS_DIR}/${name}`);
}

/** The workflows of every Arazzo document, in file order. */
export function readWorkflows(root: string): ArazzoWorkflow[] {
  return arazzoFiles(root).flatMap((file) => {
    const doc = parseYaml(readFileSync(join(root, file), "utf8")) as RawDocument;
    return (doc.workflows ?? []).map((workflow) => ({
      file,
      title: doc.info?.title ?? workflow.workflowId,
      description: doc.info?.description ?? "",
      workflowId: workflow.workflowId,
      summary: workflow.summary ?? "",
      inputs: Object.entries(workflow.inputs?.properties ?? {}).map(([name, schema]) => ({
        name,
        required: workflow.inputs?.required?.includes(name) ?? false,
        secret: schema.format === "password",
        ...(schema.default === undefined ? {} : { default: schema.default }),
      })),
      steps: (workflow.steps ?? []).map((step) => ({
        stepId: step.stepId,
        operationId: (step.operationId ?? "").replace(/^\$sourceDescriptions\.[^.]+\./, ""),
        description: (step.description ?? "").trim(),
      })),
    }));
  });
}

/** The step ID a TypeScript workflow step name becomes: `create SAML application` → `createSamlApplication`. */
export function stepIdOf(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words
    .map((word, i) => (i === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
    .join("");
}
