/**
 * A fingerprint of every domain table (row count and a digest of all rows), so a test can check
 * that a refused write changed nothing at all.
 */
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { entities } from '../../src/entities';

export async function databaseFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const fingerprint: Record<string, string> = {};
  for (const entity of entities) {
    const metadata = dataSource.getMetadata(entity);
    const order = metadata.primaryColumns.map((c) => c.databaseName).join(', ');
    const rows: unknown[] = await dataSource.query(`SELECT * FROM ${metadata.tableName} ORDER BY ${order}`);
    fingerprint[metadata.tableName] =
      `${rows.length}:${createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)}`;
  }
  return fingerprint;
}
