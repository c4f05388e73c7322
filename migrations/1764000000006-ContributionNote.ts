/** Contribution.note: a free-text note on a figure (how it was counted, caveats). */
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class ContributionNote1764000000006 implements MigrationInterface {
  name = 'ContributionNote1764000000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('contributions', new TableColumn({ name: 'note', type: 'text', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('contributions', 'note');
  }
}
