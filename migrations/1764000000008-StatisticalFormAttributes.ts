/**
 * What the Ministry's statistical forms (Circular 02/2023/TT-BNV) need and the model lacked:
 * - movements.durationMonths: how long a movement runs. Its period years cannot say "less than a
 *   year" (form 0601 counts movements by duration); when absent the forms use the period's years.
 * - movements.launchingUnitId: the unit that launched it, so a province's form counts its own
 *   movements (launchedBy stays the authority's name as written).
 * - persons.occupationGroup: the person's group among the five that forms 0602 and 0603 count.
 * A collective that is an enterprise needs nothing new: it is a unit of kind ENTERPRISE.
 *
 * Plain ALTER TABLE on every engine, so SQLite keeps the descending indexes that a table rebuild
 * would lose (see 1764000000006). MySQL ignores a column's inline REFERENCES, so the foreign key is
 * its own statement there; a column-level CHECK goes when its column is dropped, on every engine.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMysql } from './support/schema-kit';

const OCCUPATION_GROUPS = ['LEADER', 'CIVIL_SERVANT', 'WORKER', 'ENTREPRENEUR', 'OTHER'];

export class StatisticalFormAttributes1764000000008 implements MigrationInterface {
  name = 'StatisticalFormAttributes1764000000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = isMysql(queryRunner);
    await queryRunner.query(
      'ALTER TABLE movements ADD COLUMN durationMonths SMALLINT NULL CHECK (durationMonths BETWEEN 1 AND 1200)',
    );
    if (mysql) {
      await queryRunner.query('ALTER TABLE movements ADD COLUMN launchingUnitId INT NULL');
      await queryRunner.query(
        'ALTER TABLE movements ADD CONSTRAINT fk_movements_launchingUnitId FOREIGN KEY (launchingUnitId) ' +
          'REFERENCES units (id) ON DELETE RESTRICT ON UPDATE RESTRICT',
      );
    } else {
      await queryRunner.query('ALTER TABLE movements ADD COLUMN launchingUnitId INT NULL REFERENCES units (id)');
    }
    await queryRunner.query('CREATE INDEX ix_movements_launching_unit ON movements (launchingUnitId)');
    const groups = OCCUPATION_GROUPS.map((g) => `'${g}'`).join(', ');
    await queryRunner.query(
      `ALTER TABLE persons ADD COLUMN occupationGroup VARCHAR(32) NULL CHECK (occupationGroup IN (${groups}))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const mysql = isMysql(queryRunner);
    await queryRunner.query('ALTER TABLE persons DROP COLUMN occupationGroup');
    if (mysql) await queryRunner.query('ALTER TABLE movements DROP FOREIGN KEY fk_movements_launchingUnitId');
    await queryRunner.query(
      mysql ? 'DROP INDEX ix_movements_launching_unit ON movements' : 'DROP INDEX ix_movements_launching_unit',
    );
    await queryRunner.query('ALTER TABLE movements DROP COLUMN launchingUnitId');
    await queryRunner.query('ALTER TABLE movements DROP COLUMN durationMonths');
  }
}
