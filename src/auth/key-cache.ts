/**
 * A short memory of keys already verified, so a busy client does not cost a database lookup and a
 * hash on every request. An entry lives `ttlSeconds` (API_KEY_CACHE_SECONDS, default 5; 0 turns the
 * cache off): a revocation or an expiry takes effect within that time, in every replica. Only keys
 * that verified are remembered; a bad key is looked up every time.
 */
import { createHash } from 'node:crypto';
import type { Caller } from './caller';

const MAX_ENTRIES = 10_000;

export class VerifiedKeyCache {
  private readonly entries = new Map<string, { caller: Caller; until: number }>();

  constructor(private readonly ttlSeconds: number) {}

  async verify(key: string, verify: (key: string) => Promise<Caller>, now = Date.now()): Promise<Caller> {
    if (this.ttlSeconds <= 0) return verify(key);
    // Kept under a digest: the process's memory never holds the keys themselves for long.
    const id = createHash('sha256').update(key).digest('base64url');
    const hit = this.entries.get(id);
    if (hit && hit.until > now) return hit.caller;
    const caller = await verify(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(id, { caller, until: now + this.ttlSeconds * 1000 });
    return caller;
  }
}
