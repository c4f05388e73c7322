/**
 * Indexes for nested pages: a unit's (or a bloc's) contributions, newest year first, are read one
 * parent at a time as `WHERE unitId = ? AND deletedAt IS NULL ORDER BY year DESC, id LIMIT n`
 * (see src/loaders/child-pages.ts). With the order in the index — year descending, id ascending,
 * which MySQL 8, MariaDB 10.8+ and SQLite all keep — each page is n index entries read in order,
 * however many contributions the parent has, instead of a sort over all of them.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMysql } from './support/schema-kit';

const INDEXES = [
  { name: 'ix_contributions_unit_newest', parent: 'unitId' },
  { name: 'ix_contributions_bloc_newest', parent: 'blocId' },
];

export class ChildPageIndexes1764000000005 implements MigrationInterface {
  name = 'ChildPageIndexes1764000000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES)
      await queryRunner.query(
        `CREATE INDEX ${index.name} ON contributions (${index.parent}, deletedAt, year DESC, id)`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES)
      await queryRunner.query(
        isMysql(queryRunner) ? `DROP INDEX ${index.name} ON contributions` : `DROP INDEX ${index.name}`,
      );
  }
}
