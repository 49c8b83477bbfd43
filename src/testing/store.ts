// In-memory state, keyed by concrete paths (`/environments/<id>/applications`). Each collection
// keeps its items in insertion order with a sequence number, so a cursor is just "the last
// sequence number seen": stable under inserts and deletes, and O(log n) to resume.

/** A stored resource: the JSON object the API returns, minus links. */
export type Resource = Record<string, unknown>;

/** A resource in a collection, which always has an `id`. */
export type StoredResource = Resource & { id: string };

interface Entry {
  readonly seq: number;
  item: StoredResource;
}

class Collection {
  readonly byId = new Map<string, Entry>();
  readonly ordered: Entry[] = [];

  /** Index of the first entry with a sequence number above `seq`. */
  indexAfter(seq: number): number {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.ordered[mid] as Entry).seq <= seq) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** One page of a collection. */
export interface Page {
  readonly items: Resource[];
  /** Number of items matching the predicate in the whole collection. */
  readonly total: number;
  /** Position after the page's last item, when more items follow. */
  readonly nextAfter: number | undefined;
}

/** The simulator's resources. */
export class Store {
  private readonly collections = new Map<string, Collection>();
  private readonly singletons = new Map<string, Resource>();
  private seq = 0;

  get(collectionPath: string, id: string): StoredResource | undefined {
    return this.collections.get(collectionPath)?.byId.get(id)?.item;
  }

  /** Adds a resource, or replaces the one with the same `id` in place (keeping its position). */
  put(collectionPath: string, item: StoredResource): void {
    let collection = this.collections.get(collectionPath);
    if (!collection) {
      collection = new Collection();
      this.collections.set(collectionPath, collection);
    }
    const existing = collection.byId.get(item.id);
    if (existing) {
      existing.item = item;
      return;
    }
    const entry = { seq: ++this.seq, item };
    collection.byId.set(item.id, entry);
    collection.ordered.push(entry);
  }

  /** Removes a resource and everything stored below it; false when it did not exist. */
  remove(collectionPath: string, id: string): boolean {
    const collection = this.collections.get(collectionPath);
    const entry = collection?.byId.get(id);
    if (!collection || !entry) return false;
    collection.byId.delete(id);
    collection.ordered.splice(collection.indexAfter(entry.seq - 1), 1);
    this.removeBelow(`${collectionPath}/${encodeURIComponent(id)}`);
    return true;
  }

  /** Up to `limit` items after position `after` (0 = from the start) that satisfy `predicate`. */
  page(collectionPath: string, after: number, limit: number, predicate?: (item: Resource) => boolean): Page {
    const entries = this.collections.get(collectionPath)?.ordered ?? [];
    const start = this.collections.get(collectionPath)?.indexAfter(after) ?? 0;
    if (!predicate) {
      const slice = entries.slice(start, start + limit);
      const more = start + limit < entries.length;
      return {
        items: slice.map((e) => e.item),
        total: entries.length,
        nextAfter: more ? slice.at(-1)?.seq : undefined,
      };
    }
    // A filter has to look at every item anyway to report the total.
    const items: Resource[] = [];
    let total = 0;
    let nextAfter: number | undefined;
    let lastSeq = after;
    entries.forEach((entry, index) => {
      if (!predicate(entry.item)) return;
      total++;
      if (index < start) return;
      if (items.length < limit) {
        items.push(entry.item);
        lastSeq = entry.seq;
      } else {
        nextAfter ??= lastSeq;
      }
    });
    return { items, total, nextAfter };
  }

  /** Every item of a collection, in order. */
  all(collectionPath: string): Resource[] {
    return (this.collections.get(collectionPath)?.ordered ?? []).map((e) => e.item);
  }

  getSingleton(path: string): Resource | undefined {
    return this.singletons.get(path);
  }

  putSingleton(path: string, value: Resource): void {
    this.singletons.set(path, value);
  }

  removeSingleton(path: string): boolean {
    return this.singletons.delete(path);
  }

  clear(): void {
    this.collections.clear();
    this.singletons.clear();
  }

  private removeBelow(itemPath: string): void {
    const prefix = `${itemPath}/`;
    for (const key of this.collections.keys()) if (key.startsWith(prefix)) this.collections.delete(key);
    for (const key of this.singletons.keys()) if (key.startsWith(prefix)) this.singletons.delete(key);
  }
}
