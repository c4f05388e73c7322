/**
 * Contribution.note: a free-text note on a figure (how it was counted, caveats).
 *
 * Plain ALTER TABLE on both engines: TypeORM's dropColumn on SQLite rebuilds the table and loses the
 * descending child-page indexes of 1764000000005, which SQLite (3.35+) can drop a column without.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContributionNote1764000000006 implements MigrationInterface {
  name = 'ContributionNote1764000000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE contributions ADD COLUMN note TEXT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE contributions DROP COLUMN note');
  }
}
