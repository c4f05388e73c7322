/**
 * An entity's INSERT built once from its metadata — every column but the generated id, as `?`
 * placeholders — instead of by TypeORM's insert query builder on every write. Values go through
 * the driver's write conversions (dates, booleans, transformers), as the builder would send them;
 * the caller settles every value first (no column is left to a database default).
 * Checked against: typeorm 1.1.1 with mysql2 and better-sqlite3 (test/platform-assumptions.test.ts
 * compares it with TypeORM's own result on both engines, and fails on another typeorm version).
 */
import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { WeakMemo } from '../core/weak-memo';

export const INSERT_STATEMENT_CHECKED_WITH = { package: 'typeorm', version: '1.1.1' };

export interface InsertStatement<T> {
  /** Inserts `row` in the manager's transaction; the generated id, as the driver reports it. */
  run(manager: EntityManager, row: T): Promise<{ id: number }>;
}

const statements = new WeakMemo<DataSource, Function, InsertStatement<ObjectLiteral>>();

export function insertStatement<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: new () => T,
): InsertStatement<T> {
  return statements.getOrMake(dataSource, entity, () => makeInsertStatement(dataSource, entity)) as InsertStatement<T>;
}

function makeInsertStatement<T extends ObjectLiteral>(dataSource: DataSource, entity: new () => T): InsertStatement<T> {
  const { driver } = dataSource;
  const metadata = dataSource.getMetadata(entity);
  const columns = metadata.columns.filter((column) => !column.isGenerated);
  const sql =
    `INSERT INTO ${driver.escape(metadata.tableName)} ` +
    `(${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES ` +
    `(${columns.map(() => '?').join(', ')})`;
  return {
    async run(manager, row) {
      if (!manager.queryRunner) throw new Error(`${entity.name} is inserted outside a transaction`);
      const parameters = columns.map((column) =>
        driver.preparePersistentValue(column.getEntityValue(row) ?? null, column),
      );
      const result = await manager.queryRunner.query(sql, parameters, true);
      return driver.createGeneratedMap(metadata, result.raw, 0, 1) as { id: number };
    },
  };
}
