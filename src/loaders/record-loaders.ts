/**
 * Per-request DataLoaders that fetch records by primary key: one SELECT … WHERE id IN (…) per
 * entity per tick, answering in key order. Soft-deleted rows are included, because a reference
 * from a live row to a deleted one must still resolve.
 */
import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { rowReader } from '../platform/row-reader';

export type EntityClass<T extends ObjectLiteral = ObjectLiteral> = new () => T;

/** One statement for a batch of ids, its text built without a query builder (it runs on every request). */
async function loadByIds<T extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: EntityClass<T>,
  ids: readonly number[],
): Promise<Array<T | null>> {
  const reader = rowReader(dataSource, entity, 'r');
  const table = dataSource.driver.escape(dataSource.getMetadata(entity).tableName);
  const rows: Array<Record<string, unknown>> = await dataSource.query(
    `SELECT ${reader.select} FROM ${table} r WHERE r.id IN (${ids.map(() => '?').join(', ')})`,
    [...ids],
  );
  const byId = new Map(rows.map((row) => reader.read(row)).map((record) => [record.id, record]));
  return ids.map((id) => byId.get(id) ?? null);
}

export class RecordLoaders {
  private readonly byEntity = new Map<Function, DataLoader<number, ObjectLiteral | null>>();

  constructor(private readonly dataSource: DataSource) {}

  byId<T extends ObjectLiteral & { id: number }>(entity: EntityClass<T>): DataLoader<number, T | null> {
    let loader = this.byEntity.get(entity);
    if (!loader) {
      loader = new DataLoader<number, ObjectLiteral | null>((ids) => loadByIds(this.dataSource, entity, ids));
      this.byEntity.set(entity, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  /** Loads a reference that may be null (an optional foreign key). */
  async optional<T extends ObjectLiteral & { id: number }>(
    entity: EntityClass<T>,
    id: number | null | undefined,
  ): Promise<T | null> {
    return id == null ? null : this.byId(entity).load(id);
  }
}
