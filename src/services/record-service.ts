/**
 * The write path shared by every maintained record: a declaration states the record's writable
 * fields, its unique keys, who may write it (scope) and its domain rules; the functions here turn a
 * create/update/delete/restore input into checked, audited writes. Records with richer writes
 * (pledges with signatories, decisions with awards…) add their own services on the same pieces.
 */
import type { EntityClass as DeclaredEntity, WriteField } from '../entities/field';
import type { EntityClass } from '../loaders/record-loaders';
import { fromGlobalId } from '../core/global-id';
import {
  insertRecord,
  loadLive,
  restoreRecord,
  softDeleteRecord,
  updateRecord,
  type WritableRecord,
} from './record-writer';
import { refuse, UserErrorCode } from '../core/refusal';
import type { WriteContext } from './write-context';
import type { WriteScope } from './write-scope';

export type { WriteField } from '../entities/field';

/** The values of a create or update input, by field name, as GraphQL has coerced them. */
export type InputValues = Readonly<Record<string, unknown>>;

export type CreateInput = InputValues & { idempotencyKey?: string | null };

export interface UniqueKey<T> {
  columns: Array<keyof T & string>;
  /** The input field the refusal points at. */
  field: string;
  message: string;
  /** DUPLICATE unless a rule has its own code. */
  code?: UserErrorCode;
}

export interface RecordWrites<T extends WritableRecord> {
  entity: EntityClass<T>;
  /** Vietnamese name, then English, for descriptions: "đơn vị — unit". */
  vietnamese: string;
  /** The payload's field name ("unit"). */
  field: string;
  fields: Record<string, WriteField>;
  /** Only ADMIN keys write this type (catalogues, province-wide records). */
  adminOnly?: boolean;
  unique?: UniqueKey<T>[];
  /** Throws FORBIDDEN unless the caller may write the record in this state (checked before and after). */
  scope?(scope: WriteScope, row: T, w: WriteContext): Promise<void>;
  /**
   * Locks the rows the record's rules are about (its bloc…) before uniqueness and rules are checked,
   * so that two concurrent writes check one after the other; `before` is the stored row on update.
   */
  lock?(w: WriteContext, row: T, before: T | null): Promise<void>;
  /** Fills derived columns from the others (name snapshots…), before the rules run. */
  derive?(w: WriteContext, row: T): Promise<void>;
  /** The domain rules; `before` is null for a create. Throws a Refusal. */
  rules?(w: WriteContext, row: T, before: T | null): Promise<void>;
  /** Columns fixed at creation (a pledge's bloc and year…): an update may not change them. */
  immutable?: Array<keyof T & string>;
  /** Brings derived records up to date after a write (an evaluation's results after a score changes). */
  afterWrite?(w: WriteContext, row: T): Promise<void>;
  /** Refuses a delete that would leave other records breaking a rule. */
  beforeDelete?(w: WriteContext, row: T): Promise<void>;
}

export type UpdateInput = InputValues & {
  id: string;
  expectedVersion: number;
};

/** The database id a global ID names, refusing IDs of another type or not issued by this API. */
export function databaseIdOf(globalId: string, typeName: string, field: ReadonlyArray<string | number>): number {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName)
    refuse(UserErrorCode.INVALID_INPUT, `"${globalId}" is not the ID of a ${typeName}`, field);
  return decoded.databaseId;
}

/** Resolves an optional reference field: the live record's id, or null. */
export async function referencedId(
  w: WriteContext,
  of: EntityClass<WritableRecord>,
  globalId: string | null | undefined,
  field: ReadonlyArray<string | number>,
): Promise<number | null> {
  if (globalId === null || globalId === undefined) return null;
  const id = databaseIdOf(globalId, of.name, field);
  await loadLive(w.manager, of, id, field);
  return id;
}

async function columnsFromInput<T extends WritableRecord>(
  w: WriteContext,
  spec: RecordWrites<T>,
  input: InputValues,
): Promise<Partial<T>> {
  const values: Record<string, unknown> = {};
  const references: Array<{ name: string; of: DeclaredEntity; id: number }> = [];
  for (const [name, field] of Object.entries(spec.fields)) {
    let value = input[name];
    if (value === undefined) continue;
    if (value === null && (field.required || !nullableColumn(w, spec, field.column ?? name)))
      refuse(UserErrorCode.INVALID_INPUT, `${name} cannot be null`, [name]);
    if (typeof value === 'string' && (field.kind === 'string' || field.kind === 'text')) {
      value = value.trim();
      if (value === '') value = null;
      if (value === null && field.required) refuse(UserErrorCode.INVALID_INPUT, `${name} cannot be empty`, [name]);
    }
    if (field.kind === 'ref' && value !== null) {
      const of = field.of();
      value = databaseIdOf(value as string, of.name, [name]);
      references.push({ name, of, id: value as number });
    }
    values[field.column ?? name] = value;
  }
  await requireLive(w, references);
  return values as Partial<T>;
}

/** Whether the column may hold NULL; a null for one that may not is the caller's mistake, not the database's. */
function nullableColumn<T extends WritableRecord>(w: WriteContext, spec: RecordWrites<T>, property: string): boolean {
  return w.manager.connection.getMetadata(spec.entity).findColumnWithPropertyName(property)?.isNullable ?? true;
}

/** Every referenced record exists and is live — checked in one statement, however many there are. */
async function requireLive(
  w: WriteContext,
  references: Array<{ name: string; of: DeclaredEntity; id: number }>,
  missing = (of: DeclaredEntity, name: string): never =>
    refuse(UserErrorCode.NOT_FOUND, `No ${of.name} with this ID exists`, [name]),
): Promise<void> {
  if (references.length === 0) return;
  const parts = references.map(({ of }, i) => {
    const metadata = w.manager.connection.getMetadata(of);
    const live = metadata.deleteDateColumn
      ? ` AND ${w.manager.connection.driver.escape(metadata.deleteDateColumn.databaseName)} IS NULL`
      : '';
    return `SELECT ${i} AS ref FROM ${w.manager.connection.driver.escape(metadata.tableName)} WHERE id = ?${live}`;
  });
  const found = new Set(
    (
      (await w.manager.query(
        parts.join(' UNION ALL '),
        references.map((r) => r.id),
      )) as Array<{ ref: number | string }>
    ).map((row) => Number(row.ref)),
  );
  references.forEach(({ name, of }, i) => {
    if (!found.has(i)) missing(of, name);
  });
}

async function checkUnique<T extends WritableRecord>(w: WriteContext, spec: RecordWrites<T>, row: T): Promise<void> {
  for (const key of spec.unique ?? []) {
    if (key.columns.some((column) => row[column] === null || row[column] === undefined)) continue;
    const where = Object.fromEntries(key.columns.map((column) => [column, row[column]]));
    const clash = (await w.manager.findOne(spec.entity, { where: where as never, withDeleted: true })) as T | null;
    if (clash && clash.id !== row.id)
      refuse(
        key.code ?? UserErrorCode.DUPLICATE,
        clash.deletedAt ? `${key.message} (it is deleted: restore it instead)` : key.message,
        [key.field],
      );
  }
}

async function checkScope<T extends WritableRecord>(w: WriteContext, spec: RecordWrites<T>, row: T): Promise<void> {
  if (spec.adminOnly) w.scope.requireAdmin(`${spec.vietnamese} records`);
  else if (spec.scope) await spec.scope(w.scope, row, w);
  else w.scope.requireAdmin(`${spec.vietnamese} records`);
}

async function loadForWrite<T extends WritableRecord>(
  w: WriteContext,
  spec: RecordWrites<T>,
  id: string,
  deleted: 'live' | 'any',
): Promise<T> {
  const databaseId = databaseIdOf(id, spec.entity.name, ['id']);
  if (deleted === 'live') return loadLive(w.manager, spec.entity, databaseId, ['id']);
  const row = (await w.manager.findOne(spec.entity, {
    where: { id: databaseId } as never,
    withDeleted: true,
  })) as T | null;
  if (!row) refuse(UserErrorCode.NOT_FOUND, `No ${spec.entity.name} with this ID exists`, ['id']);
  return row;
}

/** Runs the declaration's afterWrite hook; the record is read again, as the hook may have changed it. */
async function afterWrite<T extends WritableRecord>(w: WriteContext, spec: RecordWrites<T>, row: T): Promise<T> {
  if (!spec.afterWrite) return row;
  await spec.afterWrite(w, row);
  return (await w.manager.findOne(spec.entity, { where: { id: row.id } as never, withDeleted: true })) as T;
}

export async function createRecord<T extends WritableRecord>(
  w: WriteContext,
  spec: RecordWrites<T>,
  input: InputValues,
): Promise<T> {
  const values = await columnsFromInput(w, spec, input);
  const row = w.manager.create(spec.entity, values as T) as T;
  await checkScope(w, spec, row);
  await spec.lock?.(w, row, null);
  await spec.derive?.(w, row);
  await checkUnique(w, spec, row);
  await spec.rules?.(w, row, null);
  return afterWrite(w, spec, await insertRecord(w, spec.entity, row));
}

export async function updateRecordFromInput<T extends WritableRecord>(
  w: WriteContext,
  spec: RecordWrites<T>,
  input: UpdateInput,
): Promise<T> {
  const before = await loadForWrite(w, spec, input.id, 'live');
  await checkScope(w, spec, before);
  const changes = await columnsFromInput(w, spec, input);
  for (const column of spec.immutable ?? []) {
    const field = Object.entries(spec.fields).find(([name, f]) => (f.column ?? name) === column)?.[0] ?? column;
    if (column in changes && changes[column] !== before[column])
      refuse(UserErrorCode.INVALID_INPUT, `${field} cannot be changed once recorded: create a new record instead`, [
        field,
      ]);
  }
  const merged = w.manager.create(spec.entity, { ...before, ...changes } as T) as T;
  await checkScope(w, spec, merged);
  await spec.lock?.(w, merged, before);
  await spec.derive?.(w, merged);
  await checkUnique(w, spec, merged);
  await spec.rules?.(w, merged, before);
  return afterWrite(w, spec, await updateRecord(w, spec.entity, before, input.expectedVersion, merged));
}

export async function deleteRecord<T extends WritableRecord>(
  w: WriteContext,
  spec: RecordWrites<T>,
  input: UpdateInput,
): Promise<T> {
  const row = await loadForWrite(w, spec, input.id, 'any');
  await checkScope(w, spec, row);
  await spec.lock?.(w, row, row);
  if (!row.deletedAt) await spec.beforeDelete?.(w, row);
  return afterWrite(w, spec, await softDeleteRecord(w, spec.entity, row, input.expectedVersion));
}

export async function restoreRecordFromInput<T extends WritableRecord>(
  w: WriteContext,
  spec: RecordWrites<T>,
  input: UpdateInput,
): Promise<T> {
  const row = await loadForWrite(w, spec, input.id, 'any');
  await checkScope(w, spec, row);
  if (row.deletedAt) {
    await spec.lock?.(w, row, row);
    await requireLiveParents(w, spec, row);
    // A restored record must still obey the rules (another may have taken its place meanwhile).
    await spec.rules?.(w, row, row);
  }
  return afterWrite(w, spec, await restoreRecord(w, spec.entity, row, input.expectedVersion));
}

/** A record comes back only beside the records it refers to: a deleted parent is restored first. */
async function requireLiveParents<T extends WritableRecord>(w: WriteContext, spec: RecordWrites<T>, row: T) {
  const references: Array<{ name: string; of: DeclaredEntity; id: number }> = [];
  for (const [name, field] of Object.entries(spec.fields)) {
    const id: unknown = row[(field.column ?? name) as keyof T];
    if (field.kind === 'ref' && typeof id === 'number') references.push({ name, of: field.of(), id });
  }
  await requireLive(w, references, (of, name) =>
    refuse(UserErrorCode.PARENT_DELETED, `The ${of.name} this record refers to is deleted: restore it first`, [name]),
  );
}
