/**
 * Issuing and checking API keys. A key reads `tdkt_<keyId>_<secret>`: the public id (8 hex
 * characters) finds the row, the secret (32 random bytes, base64url — 256 bits) is checked against
 * its SHA-256 in constant time. A fast hash is right here: the secret is random and long, so there is
 * nothing to guess, and a slow password hash would cost every request.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { ApiKey } from '../entities/api-key';
import { Unit } from '../entities/organisation';
import { Role, type Caller } from './caller';

const KEY_PATTERN = /^tdkt_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export class InvalidApiKeyError extends Error {
  override name = 'InvalidApiKeyError';
}

export interface IssueKeyInput {
  role: Role;
  /** Required for EDITOR keys, refused for others. */
  unitId?: number | null;
  name: string;
  expiresAt?: Date | null;
}

export interface IssuedKey {
  keyId: string;
  /** The whole key, shown once: it is not stored. */
  key: string;
}

function sha256(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export async function issueApiKey(dataSource: DataSource, input: IssueKeyInput): Promise<IssuedKey> {
  if ((input.role === Role.EDITOR) !== (input.unitId != null)) {
    throw new RangeError(
      input.role === Role.EDITOR
        ? 'an EDITOR key must be bound to a unit'
        : `a ${input.role} key is not bound to a unit`,
    );
  }
  const keyId = randomBytes(4).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await dataSource.getRepository(ApiKey).insert({
    keyId,
    secretHash: sha256(secret),
    role: input.role,
    unitId: input.unitId ?? null,
    name: input.name,
    expiresAt: input.expiresAt ?? null,
  });
  return { keyId, key: `tdkt_${keyId}_${secret}` };
}

/** The caller a key stands for; InvalidApiKeyError when it is malformed, unknown, expired or revoked. */
export async function verifyApiKey(dataSource: DataSource, key: string, now = new Date()): Promise<Caller> {
  const match = KEY_PATTERN.exec(key);
  if (!match) throw new InvalidApiKeyError('the API key is malformed');
  const [, keyId, secret] = match as unknown as [string, string, string];
  const row = await dataSource.getRepository(ApiKey).findOneBy({ keyId });
  const expected = Buffer.from(row?.secretHash ?? '0'.repeat(64), 'hex');
  // Compared even for an unknown id, so the answer takes the same time either way.
  const matches = timingSafeEqual(expected, Buffer.from(sha256(secret), 'hex'));
  if (!row || !matches) throw new InvalidApiKeyError('the API key is not known');
  if (row.revokedAt) throw new InvalidApiKeyError('the API key has been revoked');
  if (row.expiresAt && row.expiresAt <= now) throw new InvalidApiKeyError('the API key has expired');
  return { keyId: row.keyId, role: row.role, unitId: row.unitId, name: row.name };
}

/** A key as an operator lists it: its row, and the code of the unit it is bound to. */
export interface ListedApiKey {
  key: ApiKey;
  /** The unit's code (also for a unit deleted since); null for a key bound to no unit. */
  unitCode: string | null;
}

export async function listApiKeys(dataSource: DataSource): Promise<ListedApiKey[]> {
  const keys = await dataSource.getRepository(ApiKey).find({ order: { id: 'ASC' } });
  const unitIds = [...new Set(keys.flatMap((key) => (key.unitId === null ? [] : [key.unitId])))];
  const units =
    unitIds.length === 0
      ? []
      : await dataSource
          .getRepository(Unit)
          .find({ select: { id: true, code: true }, where: { id: In(unitIds) }, withDeleted: true });
  const codes = new Map(units.map((unit) => [unit.id, unit.code]));
  return keys.map((key) => ({
    key,
    unitCode: key.unitId === null ? null : (codes.get(key.unitId) ?? `#${key.unitId}`),
  }));
}

/** Revokes a key by its public id; false when there is no such live key. */
export async function revokeApiKey(dataSource: DataSource, keyId: string, now = new Date()): Promise<boolean> {
  const result = await dataSource
    .createQueryBuilder()
    .update(ApiKey)
    .set({ revokedAt: now })
    .where('keyId = :keyId AND revokedAt IS NULL', { keyId })
    .execute();
  return (result.affected ?? 0) > 0;
}

/**
 * Reads `Authorization: Bearer <key>`: no header is an anonymous request (null); anything else must
 * be a valid key. Keys are checked on every request (one indexed lookup), so a revocation takes
 * effect at once.
 */
export async function callerFromAuthorization(
  dataSource: DataSource,
  header: string | undefined,
  verify: (key: string) => Promise<Caller> = (key) => verifyApiKey(dataSource, key),
): Promise<Caller | null> {
  if (header === undefined || header.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new InvalidApiKeyError('the Authorization header must read "Bearer <key>"');
  return verify(match[1]!);
}

/**
 * The caller behind a key's public id, for requests that carry a link the API signed for that key
 * (a CSV download): the key must still be live, so revoking it kills its links too.
 */
export async function callerOfKeyId(dataSource: DataSource, keyId: string, now = new Date()): Promise<Caller> {
  const row = await dataSource.getRepository(ApiKey).findOneBy({ keyId });
  if (!row) throw new InvalidApiKeyError('the API key is not known');
  if (row.revokedAt) throw new InvalidApiKeyError('the API key has been revoked');
  if (row.expiresAt && row.expiresAt <= now) throw new InvalidApiKeyError('the API key has expired');
  return { keyId: row.keyId, role: row.role, unitId: row.unitId, name: row.name };
}
