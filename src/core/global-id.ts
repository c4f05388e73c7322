/**
 * Opaque global IDs for the Node interface: base64url of "Type:databaseId". Clients must not parse
 * them; systems that join on keys use `databaseId`.
 */
export interface DecodedId {
  typeName: string;
  databaseId: number;
}

export function toGlobalId(typeName: string, databaseId: number): string {
  return Buffer.from(`${typeName}:${databaseId}`, 'utf8').toString('base64url');
}

/** Returns null for anything that is not an ID this service issued. */
export function fromGlobalId(id: string): DecodedId | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const match = /^([A-Za-z][A-Za-z0-9]*):([1-9]\d{0,9})$/.exec(decoded);
  if (!match) return null;
  const databaseId = Number(match[2]);
  if (!Number.isSafeInteger(databaseId) || databaseId > 2147483647) return null;
  return { typeName: match[1], databaseId };
}
