/**
 * One role per unit in a bloc's year: a unit is its bloc's leader or its deputy, never both (rule 4).
 * The service checks it before writing; this key settles two concurrent writes that both passed
 * the check.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMysql } from './support/schema-kit';

const NAME = 'uq_bloc_leaderships_bloc_year_unit';

export class LeadershipOneRolePerUnit1764000000009 implements MigrationInterface {
  name = 'LeadershipOneRolePerUnit1764000000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX ${NAME} ON bloc_leaderships (blocId, year, unitId)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(isMysql(queryRunner) ? `DROP INDEX ${NAME} ON bloc_leaderships` : `DROP INDEX ${NAME}`);
  }
}
