/**
 * The ways a record changes — insert, versioned update, soft delete, restore, and the hard delete of
 * records that are not kept once removed (a dossier's draft documents) — each recording
 * its change in the mutation's audit trail. Updates check the version in the UPDATE itself
 * (`WHERE id = ? AND version = ?`), so of two racing writers exactly one wins and the other is told
 * STALE_VERSION; reading the version first and then writing would let both through.
 */
import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import { insertStatement } from '../platform/insert-statement';
import type { EntityClass } from '../loaders/record-loaders';
import { auditValue } from './audit';
import { refuse, UserErrorCode } from '../core/refusal';
import type { WriteContext } from './write-context';

export type WritableRecord = ObjectLiteral & { id: number; version: number; deletedAt?: Date | null };

/** Columns whose changes are bookkeeping or lookup keys derived from other columns, not content. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'version', 'deletedAt', 'searchKey', 'annualTitleKey']);

function contentColumns(metadata: EntityMetadata): string[] {
  return metadata.columns.map((c) => c.propertyName).filter((name) => !BOOKKEEPING.has(name));
}

function snapshot(
  metadata: EntityMetadata,
  row: ObjectLiteral,
  names: readonly string[] = contentColumns(metadata),
): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, auditValue(row[name])]));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(auditValue(a)) === JSON.stringify(auditValue(b));
}

/** Runs the entity's own @BeforeInsert/@BeforeUpdate derivations (search keys, signing year). */
function deriveColumns(metadata: EntityMetadata, row: ObjectLiteral): void {
  for (const listener of metadata.beforeUpdateListeners) listener.execute(row);
}

/** The live record, or NOT_FOUND against `field`. */
export async function loadLive<T extends WritableRecord>(
  manager: EntityManager,
  entity: EntityClass<T>,
  id: number,
  field: ReadonlyArray<string | number>,
): Promise<T> {
  const row = (await manager.findOne(entity, { where: { id } as never })) as T | null;
  if (!row || row.deletedAt) refuse(UserErrorCode.NOT_FOUND, `No ${entity.name} with this ID exists`, field);
  return row;
}

/**
 * Inserts the record and returns it as stored, without reading it back: every column's value is
 * settled before the INSERT (timestamps, version 1, the column defaults) and passed through the
 * driver's write and read conversions, which is what a read-back would give; the database supplies
 * only the id. (TypeORM's save would SELECT the row again for its defaults: one more statement on
 * every create.) The INSERT itself is built once per entity (insert-statement).
 */
export async function insertRecord<T extends WritableRecord>(
  w: WriteContext,
  entity: EntityClass<T>,
  values: Partial<T>,
): Promise<T> {
  const metadata = w.manager.connection.getMetadata(entity);
  const driver = w.manager.connection.driver;
  const row = w.manager.create(entity, values as T) as T;
  for (const listener of metadata.beforeInsertListeners) listener.execute(row);
  const now = new Date();
  for (const column of metadata.columns) {
    if (column.isGenerated || column.getEntityValue(row) !== undefined) continue;
    const preset = column.isCreateDate || column.isUpdateDate ? now : column.isVersion ? 1 : column.default;
    if (typeof preset === 'function')
      throw new Error(
        `${entity.name}.${column.propertyName} has a default computed by the database: it cannot be inserted ` +
          `without a read-back`,
      );
    column.setEntityValue(row, preset ?? null);
  }
  const generated = await insertStatement(w.manager.connection, entity).run(w.manager, row);
  for (const column of metadata.columns) {
    if (!column.isGenerated)
      column.setEntityValue(
        row,
        driver.prepareHydratedValue(driver.preparePersistentValue(column.getEntityValue(row), column), column),
      );
  }
  Object.assign(row, generated);
  w.trail.record({ entity: entity.name, id: row.id, action: 'create', before: null, after: snapshot(metadata, row) });
  return row;
}

/**
 * Applies `changes` to the record if its version is still `expectedVersion`; derived columns are
 * recomputed from the merged row. Returns the row as stored afterwards.
 */
export async function updateRecord<T extends WritableRecord>(
  w: WriteContext,
  entity: EntityClass<T>,
  before: T,
  expectedVersion: number,
  changes: Partial<T>,
  action: 'update' | 'revoke' = 'update',
): Promise<T> {
  const metadata = w.manager.connection.getMetadata(entity);
  const merged = w.manager.create(entity, { ...before, ...changes } as T) as T;
  deriveColumns(metadata, merged);
  const changed = contentColumns(metadata).filter((name) => !sameValue(before[name], merged[name]));
  const derived = ['searchKey', 'annualTitleKey'].filter(
    (name) => metadata.findColumnWithPropertyName(name) && !sameValue(before[name], merged[name]),
  );
  const set = Object.fromEntries([...changed, ...derived].map((name) => [name, merged[name]]));
  await guardedUpdate(w.manager, entity, before.id, expectedVersion, set);
  const after = (await w.manager.findOne(entity, { where: { id: before.id } as never, withDeleted: true })) as T;
  w.trail.record({
    entity: entity.name,
    id: before.id,
    action,
    before: snapshot(metadata, before, changed),
    after: snapshot(metadata, after, changed),
  });
  return after;
}

export async function softDeleteRecord<T extends WritableRecord>(
  w: WriteContext,
  entity: EntityClass<T>,
  row: T,
  expectedVersion: number,
): Promise<T> {
  if (row.deletedAt) refuse(UserErrorCode.ALREADY_DELETED, `This ${entity.name} is already deleted`, ['id']);
  return setDeletedAt(w, entity, row, expectedVersion, new Date(), 'delete');
}

export async function restoreRecord<T extends WritableRecord>(
  w: WriteContext,
  entity: EntityClass<T>,
  row: T,
  expectedVersion: number,
): Promise<T> {
  if (!row.deletedAt) refuse(UserErrorCode.NOT_DELETED, `This ${entity.name} is not deleted`, ['id']);
  return setDeletedAt(w, entity, row, expectedVersion, null, 'restore');
}

/**
 * Deletes the row for good if its version is still `expectedVersion` (a record without a restore);
 * the audit event keeps what it held.
 */
export async function deleteRecord<T extends WritableRecord>(
  w: WriteContext,
  entity: EntityClass<T>,
  row: T,
  expectedVersion: number,
): Promise<void> {
  const metadata = w.manager.connection.getMetadata(entity);
  const result = await w.manager
    .createQueryBuilder()
    .delete()
    .from(entity)
    .where('id = :id AND version = :expectedVersion', { id: row.id, expectedVersion })
    .execute();
  if (!result.affected) staleVersion(entity.name, expectedVersion);
  w.trail.record({ entity: entity.name, id: row.id, action: 'delete', before: snapshot(metadata, row), after: null });
}

async function setDeletedAt<T extends WritableRecord>(
  w: WriteContext,
  entity: EntityClass<T>,
  row: T,
  expectedVersion: number,
  deletedAt: Date | null,
  action: 'delete' | 'restore',
): Promise<T> {
  await guardedUpdate(w.manager, entity, row.id, expectedVersion, { deletedAt });
  const after = (await w.manager.findOne(entity, { where: { id: row.id } as never, withDeleted: true })) as T;
  w.trail.record({
    entity: entity.name,
    id: row.id,
    action,
    before: { deletedAt: auditValue(row.deletedAt) },
    after: { deletedAt: auditValue(after.deletedAt) },
  });
  return after;
}

/** UPDATE … WHERE id = ? AND version = ?; TypeORM adds `version = version + 1` and updatedAt. */
async function guardedUpdate(
  manager: EntityManager,
  entity: EntityClass<WritableRecord>,
  id: number,
  expectedVersion: number,
  set: ObjectLiteral,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(set)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (!result.affected) staleVersion(entity.name, expectedVersion);
}

function staleVersion(typeName: string, expectedVersion: number): never {
  refuse(
    UserErrorCode.STALE_VERSION,
    `This ${typeName} was changed by someone else (your version ${expectedVersion} is stale): read it again ` +
      `and reapply your change`,
    ['expectedVersion'],
  );
}
