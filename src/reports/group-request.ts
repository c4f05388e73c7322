/**
 * Turns `groupedAggregates` arguments into a checked group request: at most four distinct keys,
 * numeric HAVING values, an order of keys and aggregates, and an offset cursor.
 */
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/paging';
import { badUserInput } from '../core/request-errors';
import type { GroupOrder, GroupRequest, HavingCondition } from './aggregate-query';
import type { ReportDefinition } from './report-definitions';

export const MAX_GROUP_KEYS = 4;
const NUMBER = /^-?\d{1,30}(\.\d{1,2})?$/;
const OPERATORS = { eq: '=', neq: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

export interface GroupArgs {
  groupBy: string[];
  having?: Record<string, Partial<Record<keyof typeof OPERATORS, string>> | null> | null;
  orderBy?: Array<{ field: string; direction?: string | null }> | null;
  first?: number | null;
  after?: string | null;
}

export function encodeGroupCursor(offset: number): string {
  return Buffer.from(`group:${offset}`, 'utf8').toString('base64url');
}

function decodeGroupCursor(cursor: string): number {
  const match = /^group:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput('`after` is not a cursor of these groups', 'after');
  return Number(match[1]);
}

/** `sumAmountVnd` → `sum:amountVnd`; `count` stays. */
function aggregateOfField(report: ReportDefinition, field: string): string {
  if (field === 'count') return 'count';
  const match = /^(sum|avg|min|max)(.+)$/.exec(field);
  const measure = match && report.measures.find((m) => m.name.toLowerCase() === match[2]!.toLowerCase());
  if (!match || !measure) throw badUserInput(`having has no field ${field}`, 'having');
  return `${match[1]}:${measure.name}`;
}

/** `SUM_AMOUNT_VND` → `sum:amountVnd`, `COUNT` → `count`, key names stay. */
function orderOfField(report: ReportDefinition, field: string): string {
  if (report.keys[field]) return field;
  if (field === 'COUNT') return 'count';
  const [statistic, ...rest] = field.split('_');
  const measure = report.measures.find(
    (m) => m.name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase() === rest.join('_'),
  );
  if (!measure) throw badUserInput(`cannot order groups by ${field}`, 'orderBy');
  return `${statistic!.toLowerCase()}:${measure.name}`;
}

export function groupRequestOf(report: ReportDefinition, args: GroupArgs): GroupRequest {
  const groupBy = args.groupBy;
  if (groupBy.length === 0) throw badUserInput('groupBy needs at least one key', 'groupBy');
  if (groupBy.length > MAX_GROUP_KEYS) throw badUserInput(`groupBy takes at most ${MAX_GROUP_KEYS} keys`, 'groupBy');
  if (new Set(groupBy).size !== groupBy.length) throw badUserInput('groupBy names a key twice', 'groupBy');
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
  const having: HavingCondition[] = [];
  for (const [field, condition] of Object.entries(args.having ?? {})) {
    if (!condition) continue;
    const aggregate = aggregateOfField(report, field);
    for (const [operator, value] of Object.entries(condition)) {
      if (value === undefined || value === null) continue;
      if (!NUMBER.test(value))
        throw badUserInput(
          `having.${field}.${operator} must be a number written as a string, such as "800000000" or "12.5"`,
          'having',
        );
      having.push({ aggregate, operator: OPERATORS[operator as keyof typeof OPERATORS], value });
    }
  }
  const orderBy: GroupOrder[] = (args.orderBy ?? []).map((o) => ({
    by: orderOfField(report, o.field),
    direction: o.direction === 'DESC' ? 'DESC' : 'ASC',
  }));
  if (orderBy.length > 5) throw badUserInput('orderBy takes at most 5 keys', 'orderBy');
  return { groupBy, having, orderBy, offset: args.after ? decodeGroupCursor(args.after) + 1 : 0, limit: first };
}
