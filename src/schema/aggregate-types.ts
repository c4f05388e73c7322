/**
 * The GraphQL shapes of a report: `XAggregates { count sum avg min max }` on a list connection,
 * and `groupedAggregates` → `XGroupConnection` of `XGroup { key { …typed keys } count sum … }`,
 * with `XGroupBy`, `XGroupHaving` and `XGroupOrder`. Built from the report's definition.
 */
import { GraphQLScalarType } from 'graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { type ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Measure, MeasureKind } from '../reports/measures';
import type { ReportDefinition } from '../reports/report-definitions';
import { orderInputType, type OrderInput } from './order';
import { PageInfo } from './page';
import { DecimalScalar, VndScalar } from '../core/scalars';

export const SafeIntScalar = new GraphQLScalarType({
  ...SafeIntResolver.toConfig(),
  name: 'SafeInt',
  description: 'Số nguyên lớn — a whole number up to 2^53 − 1 (a sum of quantities can exceed 32 bits).',
});

const STATISTIC_TYPES: Record<'sum' | 'avg' | 'min' | 'max', Record<MeasureKind, unknown>> = {
  sum: { quantity: SafeIntScalar, whole: SafeIntScalar, vnd: VndScalar, points: DecimalScalar },
  avg: { quantity: DecimalScalar, whole: DecimalScalar, vnd: VndScalar, points: DecimalScalar },
  min: { quantity: SafeIntScalar, whole: SafeIntScalar, vnd: VndScalar, points: DecimalScalar },
  max: { quantity: SafeIntScalar, whole: SafeIntScalar, vnd: VndScalar, points: DecimalScalar },
};

const STATISTIC_WORDS = {
  sum: ['Tổng', 'the sum', 'exact'],
  avg: [
    'Trung bình',
    'the average of the non-null values',
    'money rounded half up to whole đồng, quantities and points to two decimals',
  ],
  min: ['Nhỏ nhất', 'the smallest value', 'exact'],
  max: ['Lớn nhất', 'the largest value', 'exact'],
} as const;

export interface ReportTypes {
  aggregates: ClassType<object>;
  group?: {
    connection: ClassType<object>;
    groupByEnum: object;
    having: ClassType<object>;
    order: ClassType<OrderInput<string>>;
  };
}

const statisticsTypes = new Map<string, ClassType<object>>();

/** `ContributionSumFigures { quantity amountVnd }`…, made once per report and statistic. */
function statisticsType(report: ReportDefinition, statistic: keyof typeof STATISTIC_TYPES): ClassType<object> {
  const [vn, en, exactness] = STATISTIC_WORDS[statistic];
  const name = `${report.typeName}${statistic[0]!.toUpperCase()}${statistic.slice(1)}Figures`;
  const made = statisticsTypes.get(name);
  if (made) return made;
  @ObjectType(name, {
    description:
      `${vn} — ${en} of each measure over the ${report.typeName} rows (${exactness}); ` +
      'null when no row has a value.',
  })
  class Statistics {}
  for (const measure of report.measures) {
    Field(() => STATISTIC_TYPES[statistic][measure.kind] as GraphQLScalarType, {
      nullable: true,
      description: `${vn}: ${measure.description}`,
    })(Statistics.prototype, measure.name);
  }
  statisticsTypes.set(name, Statistics);
  return Statistics;
}

function figureFields(prototype: object, report: ReportDefinition): void {
  Field(() => Int, { description: 'Số bản ghi — how many rows.' })(prototype, 'count');
  for (const statistic of ['sum', 'avg', 'min', 'max'] as const) {
    const type = statisticsType(report, statistic);
    Field(() => type, {
      description: `${STATISTIC_WORDS[statistic][0]} — ${STATISTIC_WORDS[statistic][1]} of each measure.`,
    })(prototype, statistic);
  }
}

@InputType('AggregateCondition', {
  description:
    'Điều kiện trên số liệu tổng hợp — compares an aggregate with a number (written as a string, e.g. ' +
    '"800000000" or "12.5"); all given conditions must hold.',
})
export class AggregateCondition {
  @Field(() => String, { nullable: true, description: 'Bằng — equal to.' }) eq?: string;
  @Field(() => String, { nullable: true, description: 'Khác — not equal to.' }) neq?: string;
  @Field(() => String, { nullable: true, description: 'Nhỏ hơn — less than.' }) lt?: string;
  @Field(() => String, { nullable: true, description: 'Nhỏ hơn hoặc bằng — at most.' }) lte?: string;
  @Field(() => String, { nullable: true, description: 'Lớn hơn — greater than.' }) gt?: string;
  @Field(() => String, { nullable: true, description: 'Lớn hơn hoặc bằng — at least.' }) gte?: string;
}

/** `sumAmountVnd`, `avgQuantity`…: the having/order names of a measure's statistics. */
export function statisticFieldName(statistic: string, measure: Measure): string {
  return `${statistic}${measure.name[0]!.toUpperCase()}${measure.name.slice(1)}`;
}

const madeReportTypes = new Map<string, ReportTypes>();

/** The report's GraphQL types, made once (the list field and the CSV link share them). */
export function reportTypes(report: ReportDefinition): ReportTypes {
  let types = madeReportTypes.get(report.typeName);
  if (!types) {
    types = makeReportTypes(report);
    madeReportTypes.set(report.typeName, types);
  }
  return types;
}

function makeReportTypes(report: ReportDefinition): ReportTypes {
  @ObjectType(`${report.typeName}Aggregates`, {
    description:
      `Số liệu tổng hợp ${report.vietnamese} — figures over every row of the list, under the same filter (computed ` +
      `in SQL).`,
  })
  class Aggregates {}
  figureFields(Aggregates.prototype, report);
  if (Object.keys(report.keys).length === 0) return { aggregates: Aggregates };

  const groupByEnum = Object.fromEntries(Object.keys(report.keys).map((k) => [k, k]));
  registerEnumType(groupByEnum, {
    name: `${report.typeName}GroupBy`,
    description:
      `Nhóm theo — what ${report.typeName} rows can be grouped by; several keys at once make one group per ` +
      `combination.`,
    valuesConfig: Object.fromEntries(
      Object.entries(report.keys).map(([k, key]) => [k, { description: key.description }]),
    ),
  });

  @ObjectType(`${report.typeName}GroupKey`, {
    description: `Khóa nhóm — the values the group shares; only the keys grouped by are set.`,
  })
  class GroupKey {}
  for (const key of Object.values(report.keys)) {
    const type = 'record' in key.value ? key.value.record : 'int' in key.value ? Int : key.value.enum;
    Field(() => type as ClassType<object>, { nullable: true, description: key.description })(
      GroupKey.prototype,
      key.field,
    );
  }

  @ObjectType(`${report.typeName}Group`, {
    description: `Nhóm ${report.vietnamese} — one group: its key and its figures.`,
  })
  class Group {}
  Field(() => GroupKey, { description: 'Khóa — what the rows of this group share.' })(Group.prototype, 'key');
  figureFields(Group.prototype, report);

  @ObjectType(`${report.typeName}GroupEdge`, { description: 'Cạnh — one group in a page, with its cursor.' })
  class GroupEdge {
    @Field({ description: 'Con trỏ — an opaque cursor for paging from this group.' })
    cursor!: string;
  }
  Field(() => Group, { description: 'Nút — the group.' })(GroupEdge.prototype, 'node');

  @ObjectType(`${report.typeName}GroupConnection`, {
    description: `Các nhóm ${report.vietnamese} — a page of groups (one SQL GROUP BY).`,
  })
  class GroupConnection {
    @Field(() => PageInfo, { description: 'Thông tin trang — where this page sits among all groups.' })
    pageInfo!: PageInfo;
  }
  Field(() => [GroupEdge], { description: 'Các cạnh — the groups of this page with their cursors.' })(
    GroupConnection.prototype,
    'edges',
  );
  Field(() => [Group], { description: 'Các nhóm — the groups of this page.' })(GroupConnection.prototype, 'nodes');
  Field(() => Int, { description: 'Tổng số nhóm — how many groups there are (counted only when asked for).' })(
    GroupConnection.prototype,
    'totalCount',
  );

  @InputType(`${report.typeName}GroupHaving`, {
    description: "Lọc nhóm — conditions on the groups' figures (SQL HAVING); all must hold.",
  })
  class Having {}
  Field(() => AggregateCondition, { nullable: true, description: 'Số bản ghi — on the row count.' })(
    Having.prototype,
    'count',
  );
  const orderColumns: Record<string, { column: string; description: string }> = {};
  for (const [name, key] of Object.entries(report.keys))
    orderColumns[name] = { column: name, description: key.description };
  orderColumns.COUNT = { column: 'count', description: 'Số bản ghi — by row count.' };
  for (const measure of report.measures) {
    for (const statistic of ['sum', 'avg', 'min', 'max'] as const) {
      const field = statisticFieldName(statistic, measure);
      Field(() => AggregateCondition, {
        nullable: true,
        description: `${STATISTIC_WORDS[statistic][0]}: ${measure.description}`,
      })(Having.prototype, field);
      orderColumns[`${statistic.toUpperCase()}_${measure.name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`] = {
        column: `${statistic}:${measure.name}`,
        description: `${STATISTIC_WORDS[statistic][0]}: ${measure.description}`,
      };
    }
  }
  const order = orderInputType(`${report.typeName}Group`, orderColumns);
  return { aggregates: Aggregates, group: { connection: GroupConnection, groupByEnum, having: Having, order } };
}
