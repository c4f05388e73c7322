/**
 * Keyset (cursor) paging over a TypeORM query: stable under inserts before the cursor, because a
 * cursor holds the sort values of its row, not an offset. The primary key is always the last sort
 * key so that every row has one place in the order.
 *
 * NULLs sort first ascending on both MySQL and SQLite, and the comparisons below follow that.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../core/request-errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs, type SortKey } from '../core/paging';

export interface Page<T> {
  rows: T[];
  /** The cursor of rows[index], encoded only when a client asks for it. */
  cursorAt(index: number): string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number, argumentName: string): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  const valid =
    Array.isArray(values) &&
    values.length === length &&
    values.every((v) => v === null || typeof v === 'string' || typeof v === 'number');
  if (!valid)
    throw badUserInput(
      `"${argumentName}" is not a cursor of this list with this order (cursors depend on orderBy)`,
      argumentName,
    );
  return values as CursorValue[];
}

export function resolvePageSize(args: PageArgs): { size: number; backward: boolean } {
  if (args.first != null && args.last != null) throw badUserInput('Give either "first" or "last", not both');
  const backward = args.last != null || (args.before != null && args.first == null);
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const name = backward ? 'last' : 'first';
  if (!Number.isInteger(size) || size < 0)
    throw badUserInput(`"${name}" must be a whole number from 0 to ${MAX_PAGE_SIZE}`, name);
  if (size > MAX_PAGE_SIZE)
    throw badUserInput(`"${name}" may be at most ${MAX_PAGE_SIZE}; page through larger lists with cursors`, name);
  return { size, backward };
}

export function cursorValueOf(value: unknown): CursorValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return String(value);
}

/** WHERE (k1, k2, …) comes strictly after the cursor in the given order. */
export function afterCursorCondition(
  alias: string,
  keys: SortKey[],
  values: CursorValue[],
  paramPrefix: string,
): { sql: string; params: Record<string, CursorValue> } {
  const params: Record<string, CursorValue> = {};
  const disjuncts: string[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    const parts: string[] = [];
    for (let j = 0; j < i; j += 1) {
      const column = `${alias}.${keys[j].column}`;
      if (values[j] === null) parts.push(`${column} IS NULL`);
      else {
        params[`${paramPrefix}${j}`] = values[j];
        parts.push(`${column} = :${paramPrefix}${j}`);
      }
    }
    const column = `${alias}.${keys[i].column}`;
    const value = values[i];
    params[`${paramPrefix}${i}`] = value;
    if (keys[i].direction === 'ASC') {
      parts.push(value === null ? `${column} IS NOT NULL` : `${column} > :${paramPrefix}${i}`);
    } else {
      if (value === null) continue; // nothing sorts after NULL when descending
      parts.push(`(${column} < :${paramPrefix}${i} OR ${column} IS NULL)`);
    }
    disjuncts.push(`(${parts.join(' AND ')})`);
  }
  return { sql: disjuncts.length ? `(${disjuncts.join(' OR ')})` : '1 = 0', params };
}

export function flip(keys: SortKey[]): SortKey[] {
  return keys.map((k) => ({ column: k.column, direction: k.direction === 'ASC' ? 'DESC' : 'ASC' }));
}

/** The order with the primary key appended as the final tie-breaker. */
export function withTieBreaker(order: SortKey[]): SortKey[] {
  return order.some((k) => k.column === 'id') ? order : [...order, { column: 'id', direction: 'ASC' }];
}

export function cursorOf(row: object, keys: SortKey[]): string {
  return encodeCursor(keys.map((k) => cursorValueOf((row as Record<string, unknown>)[k.column])));
}

/** Fetches one page of `query` (already filtered) in the given order. */
export async function fetchPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  order: SortKey[],
  args: PageArgs,
): Promise<Page<T>> {
  const keys = withTieBreaker(order);
  const { size, backward } = resolvePageSize(args);
  const cursor = backward ? args.before : args.after;
  const effectiveKeys = backward ? flip(keys) : keys;

  const qb = query.clone();
  if (cursor != null) {
    const values = decodeCursor(cursor, keys.length, backward ? 'before' : 'after');
    const condition = afterCursorCondition(alias, effectiveKeys, values, 'cursor_');
    qb.andWhere(condition.sql, condition.params);
  }
  qb.orderBy();
  for (const key of effectiveKeys) qb.addOrderBy(`${alias}.${key.column}`, key.direction);
  qb.take(undefined)
    .skip(undefined)
    .limit(size + 1);

  return pageFrom(size === 0 ? [] : await qb.getMany(), keys, args);
}

/** A page from the rows fetched in paging order, one more than the page size if there are more. */
export function pageFrom<T extends ObjectLiteral>(fetched: T[], keys: SortKey[], args: PageArgs): Page<T> {
  const { size, backward } = resolvePageSize(args);
  const hasMore = fetched.length > size;
  const rows = fetched.slice(0, size);
  if (backward) rows.reverse();
  return {
    rows,
    cursorAt: (index) => (index >= 0 && index < rows.length ? cursorOf(rows[index]!, keys) : null),
    hasNextPage: backward ? args.before != null : hasMore,
    hasPreviousPage: backward ? hasMore : args.after != null,
  };
}
