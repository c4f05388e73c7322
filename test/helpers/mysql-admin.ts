/**
 * Creating and dropping the throwaway MySQL databases tests run in, over a raw mysql2 connection
 * (TypeORM cannot connect to a database that does not exist yet).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { redactUrl } from '../../src/config';

/** The server URL from TEST_MYSQL_URL, or undefined when MySQL tests are off. */
export function testMysqlUrl(): string | undefined {
  const raw = process.env.TEST_MYSQL_URL?.trim();
  return raw ? raw : undefined;
}

/** The server URL with the database part replaced. */
export function mysqlUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** e.g. tdkt_test_http_k3x9a1 — the test file's name helps find a database a crashed run left behind. */
export function uniqueDatabaseName(testPath: string | undefined): string {
  const file = path
    .basename(testPath ?? 'anon')
    .replace(/\.test\.ts$/, '')
    .replace(/[^A-Za-z0-9]/g, '_')
    .slice(0, 30);
  return `tdkt_test_${file}_${randomBytes(4).toString('hex')}`;
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const connection = await createConnection(mysqlUrlFor(serverUrl, ''));
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

export async function createTestDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
}

export async function dropTestDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, `DROP DATABASE IF EXISTS \`${name}\``);
}

/** Fails with one clear sentence when TEST_MYSQL_URL points at nothing, before any test file runs. */
export async function assertMysqlReachable(serverUrl: string): Promise<void> {
  try {
    await onServer(serverUrl, 'SELECT 1');
  } catch (error) {
    throw new Error(`TEST_MYSQL_URL=${redactUrl(serverUrl)} is not reachable: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
