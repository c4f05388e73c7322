/**
 * Per-request DataLoaders for one-to-one references read the other way: the record whose foreign key
 * holds a given id (the dossier item an award was granted for). One SELECT … WHERE column IN (…) per
 * entity and column per tick; live rows only.
 */
import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { rowReader } from '../platform/row-reader';
import type { EntityClass } from './record-loaders';

export class ReverseReferenceLoaders {
  private readonly loaders = new Map<string, DataLoader<number, ObjectLiteral | null>>();

  constructor(private readonly dataSource: DataSource) {}

  /** The live record of `entity` whose `column` is the given id, or null. */
  load<T extends ObjectLiteral & { id: number }>(entity: EntityClass<T>, column: keyof T & string, id: number) {
    const key = `${entity.name}.${column}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<number, ObjectLiteral | null>((ids) => this.fetch(entity, column, ids));
      this.loaders.set(key, loader);
    }
    return loader.load(id) as Promise<T | null>;
  }

  private async fetch<T extends ObjectLiteral & { id: number }>(
    entity: EntityClass<T>,
    column: string,
    ids: readonly number[],
  ): Promise<Array<T | null>> {
    const metadata = this.dataSource.getMetadata(entity);
    const escape = (name: string) => this.dataSource.driver.escape(name);
    const reader = rowReader(this.dataSource, entity, 'r');
    const live = metadata.deleteDateColumn ? ` AND r.${escape(metadata.deleteDateColumn.databaseName)} IS NULL` : '';
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${reader.select} FROM ${escape(metadata.tableName)} r ` +
        `WHERE r.${escape(column)} IN (${ids.map(() => '?').join(', ')})${live}`,
      [...ids],
    );
    const byKey = new Map(rows.map((row) => reader.read(row)).map((record) => [record[column] as number, record]));
    return ids.map((id) => byKey.get(id) ?? null);
  }
}
