/**
 * Per-request DataLoaders that fetch records by primary key: one SELECT … WHERE id IN (…) per
 * entity per tick, answering in key order. Soft-deleted rows are included, because a reference
 * from a live row to a deleted one must still resolve.
 */
import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral } from 'typeorm';

export type EntityClass<T extends ObjectLiteral = ObjectLiteral> = new () => T;

export class RecordLoaders {
  private readonly byEntity = new Map<Function, DataLoader<number, ObjectLiteral | null>>();

  constructor(private readonly dataSource: DataSource) {}

  byId<T extends ObjectLiteral & { id: number }>(entity: EntityClass<T>): DataLoader<number, T | null> {
    let loader = this.byEntity.get(entity);
    if (!loader) {
      loader = new DataLoader<number, ObjectLiteral | null>(async (ids) => {
        const rows = await this.dataSource.getRepository(entity).find({ where: { id: In([...ids]) } as never, withDeleted: true });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.byEntity.set(entity, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  /** Loads a reference that may be null (an optional foreign key). */
  async optional<T extends ObjectLiteral & { id: number }>(entity: EntityClass<T>, id: number | null | undefined): Promise<T | null> {
    return id == null ? null : this.byId(entity).load(id);
  }
}
