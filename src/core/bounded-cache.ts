/**
 * A cache that never holds more than a number of entries nor more than a number of (estimated)
 * bytes, dropping the least recently used entry first (lru-cache). For what is worked out once per
 * query document — whose number any caller can drive up by sending distinct queries.
 */
import { LRUCache } from 'lru-cache';

export interface CacheBudget {
  /** At most this many entries. */
  entries: number;
  /** At most this many bytes, as estimated by the cache's size function. */
  bytes: number;
}

/** What a bounded cache holds now, and what it has dropped. */
export interface CacheStats {
  readonly entries: number;
  readonly bytes: number;
  readonly evictions: number;
}

export class BoundedCache<V extends object> implements CacheStats {
  private readonly lru: LRUCache<string, V>;
  private evicted = 0;

  /** `sizeOf` estimates what an entry keeps in memory, in bytes. */
  constructor(
    readonly budget: CacheBudget,
    sizeOf: (value: V) => number,
  ) {
    this.lru = new LRUCache<string, V>({
      max: budget.entries,
      maxSize: budget.bytes,
      sizeCalculation: (value) => Math.max(1, Math.ceil(sizeOf(value))),
      dispose: (_value, _key, reason) => {
        if (reason === 'evict') this.evicted += 1;
      },
    });
  }

  get(key: string): V | undefined {
    return this.lru.get(key);
  }

  /** Keeps the value, dropping the least recently used entries to make room; not kept if larger than the budget. */
  set(key: string, value: V): void {
    this.lru.set(key, value);
  }

  delete(key: string): boolean {
    return this.lru.delete(key);
  }

  /** Entries kept now. */
  get entries(): number {
    return this.lru.size;
  }

  /** Estimated bytes kept now. */
  get bytes(): number {
    return this.lru.calculatedSize;
  }

  /** Entries dropped to make room since the cache was made. */
  get evictions(): number {
    return this.evicted;
  }
}
