/**
 * API keys: only a hash is stored; a key is found by its public id and checked in constant time;
 * expiry and revocation take effect at once; the CLI prints a new key on its last line, and that
 * key opens the GraphQL endpoint of a running service.
 */
import { createHash } from 'node:crypto';
import { InvalidApiKeyError, issueApiKey, revokeApiKey, verifyApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import { VerifiedKeyCache } from '../src/auth/key-cache';
import { parseApiKeyJob, runApiKeyJob } from '../src/cli/apikey';
import { ApiKey } from '../src/entities/api-key';
import type { RunningService } from '../src/main';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

describeEachEngine(
  'API keys',
  (ctx) => {
    beforeAll(async () => {
      await seedArticle(ctx.dataSource);
    });

    it('stores only the SHA-256 of the secret, and verifies the key to its caller', async () => {
      const { keyId, key } = await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'portal' });
      expect(key).toMatch(/^tdkt_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
      const row = await ctx.dataSource.getRepository(ApiKey).findOneByOrFail({ keyId });
      const secret = key.split('_').slice(2).join('_');
      expect(row.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(secret);
      expect(await verifyApiKey(ctx.dataSource, key)).toEqual({
        keyId,
        role: Role.READER,
        unitId: null,
        name: 'portal',
      });
    });

    it("issues keys for the emulation board (APPRAISER), which the database's role check admits", async () => {
      const { key } = await issueApiKey(ctx.dataSource, { role: Role.APPRAISER, name: 'Ban Thi đua – Khen thưởng' });
      expect((await verifyApiKey(ctx.dataSource, key)).role).toBe(Role.APPRAISER);
      await expect(
        ctx.dataSource.query(
          "INSERT INTO api_keys (keyId, secretHash, role, name) VALUES ('zzzzzzzz', 'x', 'BOARD', 'no such role')",
        ),
      ).rejects.toThrow();
    });

    it('refuses a malformed key, an unknown id and a wrong secret', async () => {
      const { keyId, key } = await issueApiKey(ctx.dataSource, { role: Role.ADMIN, name: 'admin' });
      const wrongSecret = `tdkt_${keyId}_${'A'.repeat(43)}`;
      const unknownId = key.replace(keyId, keyId === '00000000' ? '11111111' : '00000000');
      for (const bad of ['not-a-key', wrongSecret, unknownId]) {
        await expect(verifyApiKey(ctx.dataSource, bad)).rejects.toBeInstanceOf(InvalidApiKeyError);
      }
    });

    it('refuses an expired key and a revoked one', async () => {
      const expiring = await issueApiKey(ctx.dataSource, {
        role: Role.READER,
        name: 'short',
        expiresAt: new Date(Date.now() + 60_000),
      });
      await expect(verifyApiKey(ctx.dataSource, expiring.key, new Date(Date.now() + 120_000))).rejects.toThrow(
        'expired',
      );
      const revoked = await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'gone' });
      expect(await revokeApiKey(ctx.dataSource, revoked.keyId)).toBe(true);
      expect(await revokeApiKey(ctx.dataSource, revoked.keyId)).toBe(false);
      await expect(verifyApiKey(ctx.dataSource, revoked.key)).rejects.toThrow('revoked');
    });

    it('remembers a verified key for the cache time only, and never a bad one', async () => {
      const cache = new VerifiedKeyCache(5);
      const { key, keyId } = await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'cached' });
      let lookups = 0;
      const verify = (k: string) => {
        lookups += 1;
        return verifyApiKey(ctx.dataSource, k);
      };
      const t0 = Date.now();
      expect((await cache.verify(key, verify, t0)).keyId).toBe(keyId);
      await revokeApiKey(ctx.dataSource, keyId);
      expect((await cache.verify(key, verify, t0 + 4_000)).keyId).toBe(keyId);
      expect(lookups).toBe(1);
      await expect(cache.verify(key, verify, t0 + 5_001)).rejects.toThrow('revoked');
      await expect(cache.verify('tdkt_00000000_' + 'C'.repeat(43), verify, t0)).rejects.toBeInstanceOf(
        InvalidApiKeyError,
      );
      await expect(cache.verify('tdkt_00000000_' + 'C'.repeat(43), verify, t0)).rejects.toBeInstanceOf(
        InvalidApiKeyError,
      );
      expect(lookups).toBe(4);
    });

    it('binds EDITOR keys to a unit and no other role', async () => {
      await expect(issueApiKey(ctx.dataSource, { role: Role.EDITOR, name: 'x' })).rejects.toThrow('bound to a unit');
      expect(() => parseApiKeyJob(['create', '--role', 'EDITOR'])).toThrow('needs --unit');
      expect(() => parseApiKeyJob(['create', '--role', 'READER', '--unit', 'SO_YTE'])).toThrow('takes no --unit');
      expect(() => parseApiKeyJob(['create', '--role', 'OWNER'])).toThrow('--role must be one of');
    });

    describe('over HTTP', () => {
      let service: RunningService;
      const post = (headers: Record<string, string>) =>
        fetch(`${service.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ units(filter: { code: { eq: "SO_YTE" } }) { nodes { name } } }' }),
        });

      beforeAll(async () => {
        // Without the verified-key cache, so the revocation below must bite on the very next request.
        service = await startService(ctx, { API_KEY_CACHE_SECONDS: '0' });
      });
      afterAll(() => service?.stop());

      it('answers with a key the CLI created, refuses anonymous and bad keys, and honours revocation', async () => {
        const lines: string[] = [];
        await runApiKeyJob(
          parseApiKeyJob(['create', '--role', 'EDITOR', '--unit', 'SO_YTE', '--name', 'Sở Y tế']),
          ctx.dataSource,
          (line) => lines.push(line),
        );
        const key = lines[lines.length - 1]!;

        const ok = await post({ authorization: `Bearer ${key}` });
        expect(ok.status).toBe(200);
        expect(await ok.json()).toEqual({ data: { units: { nodes: [{ name: 'Sở Y tế' }] } } });

        const anonymous = (await (await post({})).json()) as { errors: Array<{ extensions: { code: string } }> };
        expect(anonymous.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');

        const bad = await post({ authorization: 'Bearer tdkt_00000000_' + 'B'.repeat(43) });
        expect(bad.status).toBe(401);
        expect(
          ((await bad.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
        ).toBe('UNAUTHENTICATED');

        await runApiKeyJob(parseApiKeyJob(['revoke', key.split('_')[1]!]), ctx.dataSource, () => undefined);
        expect((await post({ authorization: `Bearer ${key}` })).status).toBe(401);
      });
    });
  },
  { sqlite: 'file' },
);
