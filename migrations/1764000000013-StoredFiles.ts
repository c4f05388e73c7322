/**
 * The register of dossier files kept on disk: one row per content (SHA-256). An upload and the
 * removal of the last document naming a file both lock its row, so a file is never deleted while a
 * new document is being given the same content.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, nonNegativeCheck, recordColumns } from './support/schema-kit';

export class StoredFiles1764000000013 implements MigrationInterface {
  name = 'StoredFiles1764000000013';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [, createdAt] = recordColumns(queryRunner);
    await createTable(queryRunner, {
      name: 'stored_files',
      columns: [
        { ...column.varchar('sha256', 64), isPrimary: true },
        column.int('sizeBytes', { isNullable: false }),
        column.varchar('mediaType', 100),
        createdAt!,
      ],
      checks: [nonNegativeCheck('stored_files', 'sizeBytes')],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('stored_files');
  }
}
