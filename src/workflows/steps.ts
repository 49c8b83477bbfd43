// Runs a workflow as named steps and remembers what each step created, so a failure can
// say where it stopped and what is left behind, and cleanup can undo exactly that.
import type { PingOneClient } from "../client.ts";
import { PingOneConfigError, PingOneError } from "../errors.ts";

/**
 * A collection or item path with its parameters filled in, each encoded. A missing or empty
 * parameter fails here, before anything is sent to `/environments/undefined/…`.
 */
export function pathOf(template: string, params: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === "")
      throw new PingOneConfigError(`${template}: the path parameter ${name} is missing (got ${String(value)}).`);
    return encodeURIComponent(value);
  });
}

// Which client created each resource, so cleanup deletes it with the same identity; kept
// off the object so that logging a resource does not dump a client.
const creators = new WeakMap<CreatedResource, PingOneClient>();

/** A resource a workflow created, and where it lives. */
export interface CreatedResource {
  /** The step that created it. */
  step: string;
  /** What it is, e.g. `group`, `application`. */
  kind: string;
  id: string;
  /** API path of the resource under `apiBase`, its IDs encoded. */
  path: string;
  /** API base of the region it was created in (a workflow can span regions). */
  apiBase: string;
}

/** Progress report for callers that want to print or log each step. */
export interface StepEvent {
  step: string;
  /** Present when the step created a resource. */
  created?: CreatedResource;
}

/**
 * A workflow stopped at `step`. `created` lists what earlier steps left in PingOne;
 * `cleanup()` deletes exactly that, with the clients that created it.
 */
export class WorkflowError extends PingOneError {
  static {
    this.prototype.name = "WorkflowError";
  }
  // Not enumerable, so logging the error does not dump the clients.
  readonly #clients: readonly PingOneClient[];

  constructor(
    readonly workflow: string,
    readonly step: string,
    readonly created: readonly CreatedResource[],
    clients: readonly PingOneClient[],
    options: { cause: unknown },
  ) {
    const left = created.length ? created.map((r) => `${r.kind} ${r.id}`).join(", ") : "nothing";
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`${workflow} failed at step "${step}": ${reason}. Created before the failure: ${left}.`, options);
    this.#clients = clients;
  }

  /** Deletes what the workflow created before it failed, newest first. */
  cleanup(): Promise<void> {
    return deleteCreated(this.#clients, this.created);
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
      `Cleanup could not delete ${remaining.map((r) => `${r.kind} ${r.id}`).join(", ")}: ` +
        errors.map((e) => (e instanceof Error ? e.message : String(e))).join("; "),
    );
  }
}

type DeletePath = Parameters<PingOneClient["DELETE"]>[0];

/** Runs a workflow's steps and records what they create. */
export class WorkflowRun {
  readonly created: CreatedResource[] = [];
  private readonly clients: PingOneClient[];

  constructor(
    private readonly workflow: string,
    clients: PingOneClient[],
    private readonly onStep: ((event: StepEvent) => void) | undefined,
  ) {
    this.clients = [...new Set(clients)];
  }

  /** Runs one step; any failure becomes a WorkflowError naming it. */
  step<T>(name: string, run: () => Promise<T>): Promise<T> {
    return this.attempt(name, run, () => ({ step: name }));
  }

  /**
   * Runs a step that creates a resource through `client` in `collectionPath` (see
   * {@link pathOf}), and records it for cleanup by the same client.
   */
  create<T extends { id: string }>(
    name: string,
    kind: string,
    client: PingOneClient,
    collectionPath: string,
    run: () => Promise<T>,
  ): Promise<T> {
    return this.attempt(name, run, (result) => {
      const path = `${collectionPath}/${encodeURIComponent(result.id)}`;
      const created = { step: name, kind, id: result.id, path, apiBase: client.endpoints.apiBase };
      creators.set(created, client);
      this.created.push(created);
      return { step: name, created };
    });
  }

  private async attempt<T>(name: string, run: () => Promise<T>, record: (result: T) => StepEvent): Promise<T> {
    let result: T;
    try {
      result = await run();
    } catch (error) {
      throw new WorkflowError(this.workflow, name, [...this.created], this.clients, { cause: error });
    }
    // Record first: `onStep?.(...)` would skip evaluating its argument when there is no listener.
    const event = record(result);
    this.onStep?.(event);
    return result;
  }

  /** Deletes everything this run created, newest first. */
  cleanup(): Promise<void> {
    return deleteCreated(this.clients, this.created);
  }
}

/**
 * Deletes resources newest first, so children go before their parents, each through the
 * client that created it (for resources this package did not record, the one client given
 * for its `apiBase`). A 404 counts as already deleted; anything else is collected and
 * reported together at the end as a CleanupError.
 */
export async function deleteCreated(
  clients: PingOneClient | readonly PingOneClient[],
  created: readonly CreatedResource[],
): Promise<void> {
  const given: readonly PingOneClient[] = Array.isArray(clients) ? clients : [clients as PingOneClient];
  const remaining: CreatedResource[] = [];
  const errors: unknown[] = [];
  for (const resource of [...created].reverse()) {
    try {
      const client = creators.get(resource) ?? clientFor(resource, given);
      const remove = client.DELETE as (path: DeletePath) => ReturnType<PingOneClient["DELETE"]>;
      const { error } = await remove(resource.path as DeletePath);
      if (error && error.status !== 404) throw error;
    } catch (error) {
      remaining.unshift(resource);
      errors.push(error);
    }
  }
  if (remaining.length) throw new CleanupError(remaining, errors);
}

function clientFor(resource: CreatedResource, clients: readonly PingOneClient[]): PingOneClient {
  const candidates = clients.filter((c) => c.endpoints.apiBase === resource.apiBase);
  if (candidates.length !== 1) {
    throw new PingOneConfigError(
      `${candidates.length === 0 ? "No client" : "More than one client"} given for ${resource.apiBase}, where ${resource.kind} ${resource.id} lives.`,
    );
  }
  return candidates[0]!;
}
