/**
 * Legal versions of award types (award_type_versions), the version each award used, and the
 * `unconfirmed` flag on base salaries.
 *
 * Existing awards keep awardTypeVersionId NULL with their stored coefficient, base salary and amount:
 * which act an operator applied to them cannot be known from the row, so it is not guessed.
 * The catalogue's own coefficients that are Decree 42/2010's (repealed in 2017) are set to the law's
 * figures where they are still the seeded ones; down leaves them corrected (the repealed figures must
 * never be in force again).
 * Columns are added with plain ALTER TABLE (SQLite drops an added column without a table rebuild);
 * the awards column gets its foreign key on MySQL only, since SQLite cannot add one to an existing table.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, isMysql, recordColumns, softDeleteColumn } from './support/schema-kit';

const AWARD_FK = 'fk_awards_awardTypeVersionId';

/** [code, Decree 42/2010's coefficient, the coefficient of Decree 91/2017 and 98/2023]. */
const REPEALED: ReadonlyArray<[string, string, string]> = [
  ['CO_THI_DUA_CAP_TINH', '15.50', '8.00'],
  ['CO_THI_DUA_CHINH_PHU', '24.50', '12.00'],
];

export class AwardTypeVersions1764000000011 implements MigrationInterface {
  name = 'AwardTypeVersions1764000000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, {
      name: 'award_type_versions',
      columns: [
        ...recordColumns(queryRunner),
        softDeleteColumn(queryRunner),
        column.fk('awardTypeId'),
        column.varchar('legalBasis', 500),
        column.date('effectiveFrom', false),
        column.date('effectiveTo'),
        column.decimal('individualCoefficient', 6, { isNullable: true }),
        column.decimal('collectiveCoefficient', 6, { isNullable: true }),
        column.decimal('householdCoefficient', 6, { isNullable: true }),
        column.vnd('roundingStepVnd'),
        column.decimal('quotaPercent', 6, { isNullable: true }),
        column.bool('unconfirmed', false),
      ],
      indexes: { ix_award_type_versions_type_from: ['awardTypeId', 'effectiveFrom'] },
      foreignKeys: [{ column: 'awardTypeId', references: 'award_types' }],
      checks: [
        { name: 'ck_award_type_versions_period', expression: 'effectiveTo IS NULL OR effectiveTo >= effectiveFrom' },
        { name: 'ck_award_type_versions_rounding', expression: 'roundingStepVnd IS NULL OR roundingStepVnd > 0' },
      ],
    });
    await queryRunner.query('ALTER TABLE awards ADD COLUMN awardTypeVersionId INT NULL');
    if (isMysql(queryRunner))
      await queryRunner.query(
        `ALTER TABLE awards ADD CONSTRAINT ${AWARD_FK} FOREIGN KEY (awardTypeVersionId) ` +
          'REFERENCES award_type_versions (id) ON DELETE RESTRICT ON UPDATE RESTRICT',
      );
    await queryRunner.query('ALTER TABLE base_salaries ADD COLUMN unconfirmed BOOLEAN NOT NULL DEFAULT 0');
    for (const [code, repealed, law] of REPEALED)
      await queryRunner.query('UPDATE award_types SET prizeCoefficient = ? WHERE code = ? AND prizeCoefficient = ?', [
        law,
        code,
        repealed,
      ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE base_salaries DROP COLUMN unconfirmed');
    if (isMysql(queryRunner)) {
      await queryRunner.query(`ALTER TABLE awards DROP FOREIGN KEY ${AWARD_FK}`);
      await queryRunner.query(`DROP INDEX ${AWARD_FK} ON awards`);
    }
    await queryRunner.query('ALTER TABLE awards DROP COLUMN awardTypeVersionId');
    await queryRunner.query('DROP TABLE award_type_versions');
  }
}
