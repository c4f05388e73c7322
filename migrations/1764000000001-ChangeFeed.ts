/**
 * The portal's change feed. Triggers on every domain table append a row to change_log for each
 * insert, update, soft delete (an update of deletedAt), restore and hard delete, whatever path
 * wrote it (API, seed, bulk load, an operator's SQL). Rows get their place in the feed (batchNo)
 * only after they commit, from the sequencer in src/services/change-feed.ts, so a transaction that
 * commits late is never skipped by a reader who has already moved past younger rows.
 *
 * A table added by a later migration must get its triggers there too (see `createChangeTriggers`).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, isMysql } from './support/schema-kit';

/** table → the GraphQL type name the feed reports. */
export const FEED_TABLES: ReadonlyArray<[table: string, typeName: string, softDelete: boolean]> = [
  ['units', 'Unit', true],
  ['persons', 'Person', true],
  ['emulation_blocs', 'EmulationBloc', true],
  ['bloc_memberships', 'BlocMembership', true],
  ['bloc_leaderships', 'BlocLeadership', true],
  ['events', 'Event', true],
  ['movements', 'Movement', true],
  ['movement_outcomes', 'MovementOutcome', true],
  ['contribution_kinds', 'ContributionKind', true],
  ['funds', 'Fund', true],
  ['pledges', 'Pledge', true],
  ['pledge_signatories', 'PledgeSignatory', true],
  ['pledge_targets', 'PledgeTarget', true],
  ['contributions', 'Contribution', true],
  ['contests', 'Contest', true],
  ['contest_prizes', 'ContestPrize', true],
  ['award_types', 'AwardType', true],
  ['base_salaries', 'BaseSalary', true],
  ['criteria_sets', 'CriteriaSet', true],
  ['criteria', 'Criterion', true],
  ['evaluations', 'Evaluation', true],
  ['evaluation_scores', 'EvaluationScore', true],
  ['evaluation_results', 'EvaluationResult', true],
  ['award_decisions', 'AwardDecision', false],
  ['awards', 'Award', false],
];

function triggerStatements(mysql: boolean, table: string, typeName: string, softDelete: boolean): string[] {
  const updateOperation = softDelete
    ? "CASE WHEN NEW.deletedAt IS NOT NULL AND OLD.deletedAt IS NULL THEN 'DELETE' WHEN NEW.deletedAt IS NULL AND OLD.deletedAt IS NOT NULL THEN 'RESTORE' ELSE 'UPDATE' END"
    : "'UPDATE'";
  const body = (row: 'NEW' | 'OLD', operation: string) =>
    `INSERT INTO change_log (entity, entityId, operation) VALUES ('${typeName}', ${row}.id, ${operation})`;
  const define = (suffix: string, event: string, statement: string) =>
    mysql
      ? `CREATE TRIGGER trg_${table}_${suffix} AFTER ${event} ON \`${table}\` FOR EACH ROW ${statement}`
      : `CREATE TRIGGER trg_${table}_${suffix} AFTER ${event} ON "${table}" BEGIN ${statement}; END`;
  return [
    define('ai', 'INSERT', body('NEW', "'CREATE'")),
    define('au', 'UPDATE', body('NEW', updateOperation)),
    define('ad', 'DELETE', body('OLD', "'PURGE'")),
  ];
}

export async function createChangeTriggers(
  queryRunner: QueryRunner,
  table: string,
  typeName: string,
  softDelete: boolean,
): Promise<void> {
  for (const statement of triggerStatements(isMysql(queryRunner), table, typeName, softDelete)) {
    await queryRunner.query(statement);
  }
}

export async function dropChangeTriggers(queryRunner: QueryRunner, table: string): Promise<void> {
  for (const suffix of ['ai', 'au', 'ad']) {
    await queryRunner.query(`DROP TRIGGER IF EXISTS trg_${table}_${suffix}`);
  }
}

export class ChangeFeed1764000000001 implements MigrationInterface {
  name = 'ChangeFeed1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = isMysql(queryRunner);
    await createTable(queryRunner, {
      name: 'change_log',
      columns: [
        {
          name: 'id',
          type: mysql ? 'bigint' : 'integer',
          isPrimary: true,
          isGenerated: true,
          generationStrategy: 'increment',
        },
        column.varchar('entity', 64),
        column.int('entityId', { isNullable: false }),
        column.varchar('operation', 16),
        mysql
          ? { name: 'changedAt', type: 'datetime', precision: 3, isNullable: false, default: 'CURRENT_TIMESTAMP(3)' }
          : { name: 'changedAt', type: 'datetime', isNullable: false, default: "strftime('%Y-%m-%d %H:%M:%f', 'now')" },
        { name: 'batchNo', type: 'bigint', isNullable: true },
      ],
      indexes: { ix_change_log_batch: ['batchNo', 'id'], ix_change_log_entity: ['entity', 'entityId'] },
      checks: [
        {
          name: 'ck_change_log_operation',
          expression: "operation IN ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'PURGE')",
        },
      ],
    });
    await createTable(queryRunner, {
      name: 'change_feed_state',
      columns: [
        { name: 'id', type: 'int', isPrimary: true },
        { name: 'lastBatchNo', type: 'bigint', isNullable: false, default: 0 },
      ],
    });
    await queryRunner.query('INSERT INTO change_feed_state (id, lastBatchNo) VALUES (1, 0)');
    for (const [table, typeName, softDelete] of FEED_TABLES) {
      // Rows that exist before the feed starts are reported as created, so a mirror can start empty.
      await queryRunner.query(
        `INSERT INTO change_log (entity, entityId, operation) SELECT '${typeName}', id, 'CREATE' FROM ${table} ORDER BY id`,
      );
      await createChangeTriggers(queryRunner, table, typeName, softDelete);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of FEED_TABLES) await dropChangeTriggers(queryRunner, table);
    await queryRunner.dropTable('change_feed_state', true);
    await queryRunner.dropTable('change_log', true, true, true);
  }
}
