/**
 * Shapes report figures as the API answers them: group keys as typed objects (records loaded
 * through the request's batching loaders, only when selected), and the quantity rule — a quantity
 * figure over rows of several kinds is refused with BAD_USER_INPUT when it is asked for.
 */
import type { RecordLoaders } from '../loaders/record-loaders';
import { badUserInput } from '../core/request-errors';
import type { Figures, GroupFigures } from './aggregate-query';
import type { ReportDefinition } from './report-definitions';

const QUANTITY_REFUSAL =
  'Quantities of different contribution kinds cannot be added together (houses + students means nothing): fix ' +
  'one kind in the filter (kindId or kind { code }) or group by KIND. Money (amountVnd) can be summed across ' +
  'kinds.';

export function figuresValue(
  report: ReportDefinition,
  figures: Figures,
  quantityAllowed: boolean,
): Record<string, unknown> {
  const value: Record<string, unknown> = { count: figures.count };
  for (const statistic of ['sum', 'avg', 'min', 'max'] as const) {
    const statistics: Record<string, unknown> = {};
    for (const measure of report.measures) {
      const figure = figures.measures[measure.name]![statistic];
      if (measure.kind === 'quantity' && !quantityAllowed) {
        Object.defineProperty(statistics, measure.name, {
          enumerable: true,
          get: () => {
            throw badUserInput(QUANTITY_REFUSAL);
          },
        });
      } else {
        statistics[measure.name] = figure;
      }
    }
    value[statistic] = statistics;
  }
  return value;
}

/**
 * The group's key: plain values, or records — loaded (batched across the page) when their field is
 * read and more than their identity is asked for (`recordsNeeded`); otherwise answered from the
 * key's value itself, which the foreign key guarantees to be a record's (deleted records included).
 */
export function groupKeyValue(
  report: ReportDefinition,
  group: GroupFigures,
  loaders: RecordLoaders,
  recordsNeeded: ReadonlySet<string>,
): Record<string, unknown> {
  const key: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(group.keys)) {
    const definition = report.keys[name]!;
    if ('record' in definition.value) {
      const entity = definition.value.record;
      if (raw === null) key[definition.field] = null;
      else if (!recordsNeeded.has(definition.field))
        key[definition.field] = Object.assign(new entity(), { id: Number(raw) });
      else
        Object.defineProperty(key, definition.field, {
          enumerable: true,
          get: () => loaders.byId(entity).load(Number(raw)),
        });
    } else {
      key[definition.field] = raw === null ? null : 'int' in definition.value ? Number(raw) : raw;
    }
  }
  return key;
}

/**
 * Whether a list filter fixes one contribution kind: `kindId: { eq }` or `kind: { id|code: { eq } }`,
 * at the top or in a top-level `and`.
 */
export function filterFixesKind(filter: unknown): boolean {
  if (!filter || typeof filter !== 'object') return false;
  const f = filter as {
    kindId?: { eq?: unknown; in?: unknown[] };
    kind?: { id?: { eq?: unknown }; code?: { eq?: unknown } };
    and?: unknown[];
  };
  if (f.kindId?.eq !== undefined && f.kindId.eq !== null) return true;
  if (Array.isArray(f.kindId?.in) && f.kindId!.in!.length === 1) return true;
  if (f.kind?.id?.eq || f.kind?.code?.eq) return true;
  return Array.isArray(f.and) && f.and.some(filterFixesKind);
}
