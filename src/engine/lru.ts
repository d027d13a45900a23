// A Map that keeps at most `capacity` entries and drops the least recently used first: for caches of
// derived values (verified tokens, filtered user lists) that must not grow with traffic.
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();
  /** the most recently used key: asked for again (an app sends one token many times), it stays put */
  private newest: K | undefined;
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Maps iterate in insertion order: re-inserting makes this the most recent
    if (key !== this.newest) {
      this.entries.delete(key);
      this.entries.set(key, value);
      this.newest = key;
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    this.newest = key;
  }
}
