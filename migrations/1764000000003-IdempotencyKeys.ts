/**
 * Idempotency keys: a create sent again with the same key (after a timeout, say) returns the first
 * result instead of writing twice. One row per (caller's key, idempotency key), holding a hash of
 * the operation and its input, and the ids the first call created.
 */
import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, createTable, recordColumns } from './support/schema-kit';

export class IdempotencyKeys1764000000003 implements MigrationInterface {
  name = 'IdempotencyKeys1764000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [id, createdAt] = recordColumns(queryRunner);
    await createTable(queryRunner, {
      name: 'idempotency_keys',
      columns: [
        id!,
        column.varchar('actorKeyId', 64),
        column.varchar('idempotencyKey', 128),
        column.varchar('operation', 128),
        column.varchar('inputHash', 64),
        column.varchar('resultIds', 2000),
        createdAt!,
      ],
      uniques: { uq_idempotency_keys_actor_key: ['actorKeyId', 'idempotencyKey'] },
    });
    // The audit trail is read newest first, filtered by actor and operation.
    await queryRunner.createIndex(
      'audit_events',
      new TableIndex({ name: 'ix_audit_events_actor', columnNames: ['actorKeyId'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('audit_events', 'ix_audit_events_actor');
    await queryRunner.dropTable('idempotency_keys');
  }
}
