/**
 * Short-lived signed links for report downloads, so a browser can fetch a CSV without sending the
 * API key: the link names the key's public id, an expiry and an HMAC-SHA256 over the path and
 * every parameter. A changed parameter, a late link or a revoked key is refused.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface SignedLink {
  /** Path and query, relative to the service's base URL. */
  url: string;
  expiresAt: Date;
}

export class LinkSigner {
  private readonly secret: Buffer;

  constructor(
    secret: string | null,
    readonly ttlSeconds: number,
  ) {
    this.secret = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  private signature(path: string, params: URLSearchParams): string {
    const canonical = [...params.entries()]
      .filter(([name]) => name !== 'sig')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return createHmac('sha256', this.secret)
      .update(path)
      .update('?')
      .update(new URLSearchParams(canonical).toString())
      .digest('base64url');
  }

  sign(path: string, params: Record<string, string>, keyId: string, now = new Date()): SignedLink {
    const expiresAt = new Date(now.getTime() + this.ttlSeconds * 1000);
    const query = new URLSearchParams({
      ...params,
      key: keyId,
      expires: String(Math.floor(expiresAt.getTime() / 1000)),
    });
    query.set('sig', this.signature(path, query));
    return { url: `${path}?${query.toString()}`, expiresAt };
  }

  /** The key id a signed link was made for; an Error with the reason when the link is not good. */
  verify(path: string, params: URLSearchParams, now = new Date()): string {
    const given = Buffer.from(params.get('sig') ?? '', 'utf8');
    const expected = Buffer.from(this.signature(path, params), 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new Error("the link's signature does not match");
    const expires = Number(params.get('expires'));
    if (!Number.isFinite(expires) || expires * 1000 <= now.getTime()) throw new Error('the link has expired');
    const keyId = params.get('key');
    if (!keyId) throw new Error('the link names no key');
    return keyId;
  }
}
