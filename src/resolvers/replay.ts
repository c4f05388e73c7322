/** How a create with an idempotency key gives its first result again: the record, reloaded by id. */
import type { DataSource } from 'typeorm';
import type { EntityClass } from '../loaders/record-loaders';
import type { IdempotentReplay } from '../services/mutation-runner';

export function replayOne<T extends { id: number }>(
  entity: EntityClass<T>,
  key: string | null | undefined,
): IdempotentReplay<T> {
  return {
    key,
    idsOf: (row) => [row.id],
    reload: async (dataSource: DataSource, ids: number[]) =>
      (await dataSource.manager.findOneOrFail(entity, { where: { id: ids[0] } as never, withDeleted: true })) as T,
  };
}

export function replayMany<T extends { id: number }>(
  entity: EntityClass<T>,
  key: string | null | undefined,
): IdempotentReplay<T[]> {
  return {
    key,
    idsOf: (rows) => rows.map((row) => row.id),
    reload: async (dataSource: DataSource, ids: number[]) => {
      const rows = (await dataSource.manager.find(entity, {
        where: ids.map((id) => ({ id })) as never,
        withDeleted: true,
      })) as T[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id)!);
    },
  };
}
