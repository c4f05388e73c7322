/**
 * Values kept per (object, key) for as long as the object lives: what is worked out once per data
 * source (statements, row readers), or small facts about a parsed query document (its fixed cost),
 * which go with the document. Nothing large is kept per document here: parsed documents and
 * compiled queries live in bounded caches (core/bounded-cache, http/query-caches), since any
 * caller can send new documents without end.
 */
export class WeakMemo<O extends object, K, V> {
  private readonly byObject = new WeakMap<O, Map<K, V>>();

  get(object: O, key: K): V | undefined {
    return this.byObject.get(object)?.get(key);
  }

  set(object: O, key: K, value: V): void {
    let byKey = this.byObject.get(object);
    if (!byKey) this.byObject.set(object, (byKey = new Map()));
    byKey.set(key, value);
  }

  /** The kept value, or `make()`'s, kept. */
  getOrMake(object: O, key: K, make: () => V): V {
    let value = this.get(object, key);
    if (value === undefined) this.set(object, key, (value = make()));
    return value;
  }
}
