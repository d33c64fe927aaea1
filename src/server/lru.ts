/** A small least-recently-used cache: a Map keeps insertion order, so the first key is the oldest. */
export class Lru<V> {
  private readonly items = new Map<string, V>();

  /** @param capacity Entries kept; the least recently used goes first. */
  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error(`Lru: capacity must be >= 1, got ${capacity}`);
  }

  get size(): number {
    return this.items.size;
  }

  get(key: string): V | undefined {
    const value = this.items.get(key);
    if (value === undefined) return undefined;
    this.items.delete(key);
    this.items.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.items.delete(key);
    this.items.set(key, value);
    if (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value!);
  }

  /** The cached value, or compute, cache and return it. */
  getOrCreate(key: string, make: () => V): V {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    this.set(key, value);
    return value;
  }
}
