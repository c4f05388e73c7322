/**
 * Turning raw rows into entities without TypeORM's query builder: the column list of an entity is
 * worked out once, and each row is hydrated column by column with the driver's own conversions
 * (dates, transformers for money and the like), exactly as TypeORM hydrates its own results.
 * Loaders that run on every request use it with SQL they build once.
 * Checked against: typeorm 1.1.1 with mysql2 and better-sqlite3 (test/platform-assumptions.test.ts
 * compares it with TypeORM's own result on both engines, and fails on another typeorm version).
 */
import type { DataSource, ObjectLiteral } from 'typeorm';
import { WeakMemo } from '../core/weak-memo';

export const ROW_READER_CHECKED_WITH = { package: 'typeorm', version: '1.1.1' };

export interface RowReader<T> {
  /** `alias.column AS alias_column, …` for every column of the entity. */
  select: string;
  /** The entity in a row selected with `select`. */
  read(row: Record<string, unknown>): T;
}

/** Column types both drivers hand over as the entity holds them (integers, strings): no conversion. */
const AS_RETURNED = new Set(['int', 'integer', 'smallint', 'varchar', 'text', 'char']);

const readers = new WeakMemo<DataSource, string, RowReader<ObjectLiteral>>();
const subsetReaders = new WeakMemo<
  readonly string[],
  DataSource,
  WeakMemo<DataSource, string, RowReader<ObjectLiteral>>
>();

/**
 * The reader of an entity's rows under an alias, made once per data source: of every column, or of
 * the columns of `properties` (the other properties stay undefined). When one of `properties` is not
 * a column (a getter, which may read any), every column is read.
 */
export function rowReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: new () => T,
  alias: string,
  properties: readonly string[] | null = null,
): RowReader<T> {
  const make = () => makeRowReader(dataSource, entity, alias, properties);
  // A reader of some columns lives as long as its list of properties, which lives as long as the
  // parsed document that asked for it: clients cannot grow this without bound.
  const memo = properties ? subsetReaders.getOrMake(properties, dataSource, () => new WeakMemo()) : readers;
  return memo.getOrMake(dataSource, `${entity.name} ${alias}`, make) as RowReader<T>;
}

function makeRowReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: new () => T,
  alias: string,
  properties: readonly string[] | null,
): RowReader<T> {
  const metadata = dataSource.getMetadata(entity);
  const escape = (name: string) => dataSource.driver.escape(name);
  const all = metadata.columns;
  const chosen = properties && all.filter((column) => properties.includes(column.propertyName));
  const columns = (chosen && chosen.length === properties.length ? chosen : all).map((column) => ({
    column,
    name: `${alias}_${column.databaseName}`,
    property: column.propertyName,
    asIs: column.embeddedMetadata === undefined && !column.transformer && AS_RETURNED.has(String(column.type)),
  }));
  return {
    select: columns
      .map(({ column, name }) => `${escape(alias)}.${escape(column.databaseName)} AS ${escape(name)}`)
      .join(', '),
    read(row) {
      const entityObject = metadata.create() as Record<string, unknown>;
      for (const { column, name, property, asIs } of columns) {
        if (asIs) entityObject[property] = row[name];
        else column.setEntityValue(entityObject, dataSource.driver.prepareHydratedValue(row[name], column));
      }
      return entityObject as T;
    },
  };
}
