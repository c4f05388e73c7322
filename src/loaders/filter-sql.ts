/**
 * Compiles a typed GraphQL filter (IntFilter, IDFilter, StringFilter… combined with and/or/not)
 * into a parameterised WHERE clause. Values only ever travel as parameters.
 */
import {
  Brackets,
  NotBrackets,
  type ObjectLiteral,
  type SelectQueryBuilder,
  type WhereExpressionBuilder,
} from 'typeorm';
import { fromGlobalId } from '../core/global-id';
import { MAX_FILTER_DEPTH, MAX_IN_LIST } from '../core/paging';
import { badUserInput } from '../core/request-errors';

/**
 * A relation a filter can follow: to one (`unit: UnitFilter` — the local column holds the other's
 * id) or to many (`prizes: { some: …, none: … }` — the other table's column holds our id).
 */
export interface RelationFilter {
  entity: Function;
  /** toOne: the local foreign-key column; toMany: the remote column pointing back at us. */
  foreignKey: string;
  spec: () => FilterSpec;
}

export type FieldKind =
  | 'int'
  | 'string'
  | 'date'
  | 'vnd'
  | 'decimal'
  | 'boolean'
  | 'enum'
  | { idOf: string }
  | { toOne: RelationFilter }
  | { toMany: RelationFilter };

export interface FilterField {
  column: string;
  kind: FieldKind;
}

export type FilterSpec = Record<string, FilterField>;

interface LogicalFilter {
  and?: LogicalFilter[] | null;
  or?: LogicalFilter[] | null;
  not?: LogicalFilter | null;
  [field: string]: unknown;
}

type Operators = Record<string, unknown>;

interface Counter {
  value: number;
}

class FilterCompiler {
  constructor(
    private readonly root: SelectQueryBuilder<ObjectLiteral>,
    private readonly alias: string,
    private readonly spec: FilterSpec,
    private readonly counter: Counter = { value: 0 },
  ) {}

  private param(): string {
    this.counter.value += 1;
    return `f${this.counter.value}`;
  }

  /** `alias.fk IN (SELECT r.id …)` or `[NOT] EXISTS (SELECT 1 … WHERE r.fk = alias.id …)`. */
  private relationCondition(
    where: WhereExpressionBuilder,
    fieldName: string,
    kind: { toOne: RelationFilter } | { toMany: RelationFilter },
    value: object,
    depth: number,
  ): void {
    const nested = (
      relation: RelationFilter,
      filter: object,
      select: (subAlias: string) => string,
      correlate: boolean,
    ): string => {
      this.counter.value += 1;
      const subAlias = `r${this.counter.value}`;
      const sub = this.root.subQuery().select(select(subAlias)).from(relation.entity, subAlias);
      if (correlate) sub.where(`${subAlias}.${relation.foreignKey} = ${this.alias}.id`);
      sub.andWhere(
        new Brackets((qb) =>
          new FilterCompiler(this.root, subAlias, relation.spec(), this.counter).compileNonEmpty(
            qb,
            filter as LogicalFilter,
            depth + 1,
          ),
        ),
      );
      return sub.getQuery();
    };
    if ('toOne' in kind) {
      where.andWhere(
        `${this.alias}.${kind.toOne.foreignKey} IN ${nested(kind.toOne, value, (subAlias) => `${subAlias}.id`, false)}`,
      );
      return;
    }
    for (const [op, sub] of Object.entries(value)) {
      if (sub === undefined || sub === null) continue;
      if (op !== 'some' && op !== 'none') throw badUserInput(`filter.${fieldName}: use "some" or "none"`, 'filter');
      const exists = `EXISTS ${nested(kind.toMany, sub as object, () => '1', true)}`;
      where.andWhere(op === 'some' ? exists : `NOT ${exists}`);
    }
  }

  private convert(field: string, kind: FieldKind, value: unknown): unknown {
    if (typeof kind === 'object' && 'idOf' in kind) {
      const decoded = typeof value === 'string' ? fromGlobalId(value) : null;
      if (!decoded) throw badUserInput(`filter.${field}: "${String(value)}" is not an ID issued by this API`, 'filter');
      if (decoded.typeName !== kind.idOf)
        throw badUserInput(`filter.${field}: the ID names a ${decoded.typeName}, not a ${kind.idOf}`, 'filter');
      return decoded.databaseId;
    }
    return value;
  }

  private likePattern(value: unknown, prefixOnly: boolean): string {
    const escaped = String(value).replace(/[!%_]/g, (c) => `!${c}`);
    return prefixOnly ? `${escaped}%` : `%${escaped}%`;
  }

  private fieldConditions(where: WhereExpressionBuilder, fieldName: string, ops: Operators): void {
    const field = this.spec[fieldName];
    const column = `${this.alias}.${field.column}`;
    for (const [op, raw] of Object.entries(ops)) {
      if (raw === undefined || raw === null) continue;
      const p = this.param();
      const one = () => this.convert(fieldName, field.kind, raw);
      const many = () => {
        const list = raw as unknown[];
        if (list.length > MAX_IN_LIST)
          throw badUserInput(`filter.${fieldName}.${op} may list at most ${MAX_IN_LIST} values`, 'filter');
        return list.map((v) => this.convert(fieldName, field.kind, v));
      };
      switch (op) {
        case 'eq':
          where.andWhere(`${column} = :${p}`, { [p]: one() });
          break;
        case 'neq':
          where.andWhere(`${column} <> :${p}`, { [p]: one() });
          break;
        case 'lt':
          where.andWhere(`${column} < :${p}`, { [p]: one() });
          break;
        case 'lte':
          where.andWhere(`${column} <= :${p}`, { [p]: one() });
          break;
        case 'gt':
          where.andWhere(`${column} > :${p}`, { [p]: one() });
          break;
        case 'gte':
          where.andWhere(`${column} >= :${p}`, { [p]: one() });
          break;
        case 'in': {
          const values = many();
          where.andWhere(values.length ? `${column} IN (:...${p})` : '1 = 0', { [p]: values });
          break;
        }
        case 'notIn': {
          const values = many();
          if (values.length) where.andWhere(`(${column} NOT IN (:...${p}) OR ${column} IS NULL)`, { [p]: values });
          break;
        }
        case 'contains':
          where.andWhere(`${column} LIKE :${p} ESCAPE '!'`, { [p]: this.likePattern(raw, false) });
          break;
        case 'startsWith':
          where.andWhere(`${column} LIKE :${p} ESCAPE '!'`, { [p]: this.likePattern(raw, true) });
          break;
        case 'isNull':
          where.andWhere(raw ? `${column} IS NULL` : `${column} IS NOT NULL`);
          break;
        default:
          throw badUserInput(`filter.${fieldName}: unknown operator "${op}"`, 'filter');
      }
    }
  }

  compile(where: WhereExpressionBuilder, filter: LogicalFilter, depth: number): void {
    if (depth > MAX_FILTER_DEPTH)
      throw badUserInput(`filter nests and/or/not deeper than ${MAX_FILTER_DEPTH} levels`, 'filter');
    for (const [key, value] of Object.entries(filter)) {
      if (value === undefined || value === null) continue;
      if (key === 'and') {
        for (const sub of value as LogicalFilter[])
          where.andWhere(new Brackets((qb) => this.compile(qb, sub, depth + 1)));
      } else if (key === 'or') {
        const subs = value as LogicalFilter[];
        if (subs.length === 0) continue;
        where.andWhere(
          new Brackets((outer) => {
            for (const sub of subs) outer.orWhere(new Brackets((qb) => this.compileNonEmpty(qb, sub, depth + 1)));
          }),
        );
      } else if (key === 'not') {
        where.andWhere(new NotBrackets((qb) => this.compileNonEmpty(qb, value as LogicalFilter, depth + 1)));
      } else if (key in this.spec) {
        const kind = this.spec[key].kind;
        if (typeof kind === 'object' && ('toOne' in kind || 'toMany' in kind))
          this.relationCondition(where, key, kind, value as object, depth);
        else this.fieldConditions(where, key, value as Operators);
      } else {
        throw badUserInput(`filter: unknown field "${key}"`, 'filter');
      }
    }
  }

  /** An empty sub-filter matches everything, as an empty AND does. */
  compileNonEmpty(where: WhereExpressionBuilder, filter: LogicalFilter, depth: number): void {
    where.where('1 = 1');
    this.compile(where, filter, depth);
  }
}

export function applyFilter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  spec: FilterSpec,
  filter: object | null | undefined,
): SelectQueryBuilder<T> {
  if (!filter) return query;
  const root = query as unknown as SelectQueryBuilder<ObjectLiteral>;
  query.andWhere(new Brackets((qb) => new FilterCompiler(root, alias, spec).compile(qb, filter as LogicalFilter, 1)));
  return query;
}
