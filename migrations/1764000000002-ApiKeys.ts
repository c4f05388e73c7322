/**
 * API keys: only a SHA-256 hash of each secret is kept, found by the key's public id (its prefix),
 * with a role, an optional unit (EDITOR keys), expiry and revocation.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, enumCheck, recordColumns } from './support/schema-kit';

const ROLES = ['ADMIN', 'EDITOR', 'REPORTER', 'READER'];

export class ApiKeys1764000000002 implements MigrationInterface {
  name = 'ApiKeys1764000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [id, createdAt] = recordColumns(queryRunner);
    const instant = (name: string) => ({ ...createdAt!, name, isNullable: true, default: undefined });
    await createTable(queryRunner, {
      name: 'api_keys',
      columns: [
        id!,
        column.varchar('keyId', 16),
        column.varchar('secretHash', 64),
        column.varchar('role', 16),
        column.fk('unitId', true),
        column.varchar('name', 200),
        createdAt!,
        instant('expiresAt'),
        instant('revokedAt'),
        instant('lastUsedAt'),
      ],
      uniques: { uq_api_keys_key_id: ['keyId'] },
      foreignKeys: [{ column: 'unitId', references: 'units' }],
      checks: [
        enumCheck('api_keys', 'role', ROLES),
        { name: 'ck_api_keys_editor_unit', expression: "(role = 'EDITOR') = (unitId IS NOT NULL)" },
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
  }
}
