// Runs a workflow as named steps and remembers what each step created, so a failure can
// say where it stopped and what is left behind, and cleanup can undo exactly that.
import type { PingOneClient } from "../client.ts";
import { PingOneError } from "../errors.ts";

/** A resource a workflow created, and the DELETE that removes it. */
export interface CreatedResource {
  /** The step that created it. */
  step: string;
  /** What it is, e.g. `group`, `application`. */
  kind: string;
  id: string;
  /** API path of the resource (for logs and manual cleanup). */
  path: string;
}

/** Progress report for callers that want to print or log each step. */
export interface StepEvent {
  step: string;
  /** Present when the step created a resource. */
  created?: CreatedResource;
}

/** A workflow stopped at `step`. `created` lists what earlier steps left in PingOne. */
export class WorkflowError extends PingOneError {
  static {
    this.prototype.name = "WorkflowError";
  }
  constructor(
    readonly workflow: string,
    readonly step: string,
    readonly created: readonly CreatedResource[],
    options: { cause: unknown },
  ) {
    const left = created.length ? created.map((r) => `${r.kind} ${r.id}`).join(", ") : "nothing";
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`${workflow} failed at step "${step}": ${reason}. Created before the failure: ${left}.`, options);
  }
}

/** Deleting what a workflow created did not fully succeed; `remaining` is what is still there. */
export class CleanupError extends PingOneError {
  static {
    this.prototype.name = "CleanupError";
  }
  constructor(
    readonly remaining: readonly CreatedResource[],
    readonly errors: readonly unknown[],
  ) {
    super(
      `Cleanup could not delete ${remaining.map((r) => `${r.kind} ${r.id}`).join(", ")}: ${errors.map((e) => (e as Error).message ?? e).join("; ")}`,
    );
  }
}

type DeletePath = Parameters<PingOneClient["DELETE"]>[0];

export class WorkflowRun {
  readonly created: CreatedResource[] = [];
  /** Which client created each resource: a source environment can live in another region. */
  private readonly owners = new Map<CreatedResource, PingOneClient>();

  constructor(
    private readonly client: PingOneClient,
    private readonly workflow: string,
    private readonly onStep: ((event: StepEvent) => void) | undefined,
  ) {}

  /** Runs one step; any failure becomes a WorkflowError naming it. */
  async step<T>(name: string, run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      this.onStep?.({ step: name });
      return result;
    } catch (error) {
      throw new WorkflowError(this.workflow, name, [...this.created], { cause: error });
    }
  }

  /** Runs a step that creates a resource, and records it for cleanup. */
  async create<T extends { id: string }>(
    name: string,
    kind: string,
    path: string,
    run: () => Promise<T>,
    via: PingOneClient = this.client,
  ): Promise<T> {
    try {
      const result = await run();
      const created = { step: name, kind, id: result.id, path: `${path}/${result.id}` };
      this.created.push(created);
      this.owners.set(created, via);
      this.onStep?.({ step: name, created });
      return result;
    } catch (error) {
      throw new WorkflowError(this.workflow, name, [...this.created], { cause: error });
    }
  }

  /** Deletes everything this run created, newest first; a 404 counts as already gone. */
  cleanup(): Promise<void> {
    return deleteCreated((resource) => this.owners.get(resource) ?? this.client, this.created);
  }
}

/**
 * Deletes resources newest first, so children go before their parents. A 404 counts as
 * already deleted; anything else is collected and reported together at the end.
 */
export async function deleteCreated(
  client: PingOneClient | ((resource: CreatedResource) => PingOneClient),
  created: readonly CreatedResource[],
): Promise<void> {
  const remaining: CreatedResource[] = [];
  const errors: unknown[] = [];
  for (const resource of [...created].reverse()) {
    const owner = typeof client === "function" ? client(resource) : client;
    const remove = owner.DELETE as (path: DeletePath) => ReturnType<PingOneClient["DELETE"]>;
    try {
      const { error } = await remove(resource.path as DeletePath);
      if (error && error.status !== 404) throw error;
    } catch (error) {
      remaining.unshift(resource);
      errors.push(error);
    }
  }
  if (remaining.length) throw new CleanupError(remaining, errors);
}
