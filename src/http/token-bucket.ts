/**
 * Rate limiting per API key: a token bucket per key, refilled continuously at the role's rate and
 * holding at most a minute's worth, so a client may burst and then settles to its rate. Buckets
 * live in this process (each replica limits on its own; a shared limit would need Redis).
 */

export interface Throttle {
  /** Takes one token; when there is none, how many seconds until there is. */
  take(key: string, perMinute: number, now?: number): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets idle this long are forgotten (a full bucket and a forgotten one behave the same). */
const IDLE_MS = 10 * 60_000;

export class TokenBuckets implements Throttle {
  private readonly buckets = new Map<string, Bucket>();
  private sweptAt = 0;

  take(
    key: string,
    perMinute: number,
    now = Date.now(),
  ): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    this.sweep(now);
    const perMs = perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, updatedAt: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < IDLE_MS) return;
    this.sweptAt = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.updatedAt > IDLE_MS) this.buckets.delete(key);
  }
}
