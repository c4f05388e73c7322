/**
 * One declaration per field. A decorator from `field` sits on an entity property and says, once,
 * everything the layers above need to know about that column: its storage type (the TypeORM
 * column), its GraphQL type and description (Vietnamese term first), and whether it is writable
 * (and required on create), filterable and sortable. The object
 * type, the create/update inputs, the filter and order inputs and the SQL filter spec are all
 * derived from these declarations (see `declaredFields`), so a new column is one edit here plus its
 * migration.
 */
import { Field, Int } from 'type-graphql';
import { Column, type ColumnOptions } from 'typeorm';
import { DateScalar, DecimalScalar, VndScalar } from '../core/scalars';
import {
  codeColumn,
  dateColumn,
  decimalColumn,
  enumColumn,
  foreignKeyColumn,
  nameColumn,
  textColumn,
  vndColumn,
  yearColumn,
} from './column-types';

/** A class whose instances are rows (every entity has an integer id). */
export type EntityClass<T = object> = (new () => T) & { name: string };

/** The scalar filter operators a column offers (eq, in, lt…, contains for strings). */
export type ScalarFilterKind = 'int' | 'string' | 'date' | 'vnd' | 'decimal' | 'boolean';

/** How an input value is checked and stored. */
export type WriteKind =
  | { kind: 'string'; max: number }
  | { kind: 'text' }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'year' }
  | { kind: 'date' }
  | { kind: 'vnd' }
  /** A non-negative decimal with two places (points, coefficients). */
  | { kind: 'decimal' }
  | { kind: 'boolean' }
  | { kind: 'enum'; enum: object }
  | { kind: 'enumList'; enum: object }
  /** Another record, given by its global ID; it must exist and not be deleted. */
  | { kind: 'ref'; of: () => EntityClass };

/** One writable input field; `column` defaults to the field's name. */
export type WriteField = WriteKind & { description: string; required?: boolean; column?: string };

/** How a declared column is filtered. */
export type FilterKind =
  | { kind: ScalarFilterKind }
  | { kind: 'enum'; enum: object }
  /** A foreign key: filtered by the global IDs of the referenced type, and by `relation` on its fields. */
  | { kind: 'ref'; of: () => EntityClass; relation?: string };

export interface FieldDeclaration {
  property: string;
  description: string;
  /** Present when the field is writable through create/update inputs. */
  write?: WriteField;
  filter?: FilterKind;
  /** The order-by enum value (e.g. YEAR), when sortable. */
  sort?: string;
}

/** What every declaration states; the kind-specific decorators add their own options. */
export interface FieldOptions {
  description: string;
  nullable?: boolean;
  /** `'required'`: must be given on create; `true`: optional on create; absent: not writable. */
  write?: boolean | 'required';
  filter?: boolean;
  /** `true` sorts by the UPPER_SNAKE form of the property's name; a string names the enum value. */
  sort?: boolean | string;
  /** Not exposed as a GraphQL field (its object is exposed by a field resolver instead). */
  hidden?: boolean;
}

const declarations = new Map<Function, FieldDeclaration[]>();

/** The declared fields of an entity class, its ancestors' first. */
export function declaredFields(entity: Function): FieldDeclaration[] {
  const own = declarations.get(entity) ?? [];
  const parent = Object.getPrototypeOf(entity) as Function | null;
  return parent && parent !== Function.prototype ? [...declaredFields(parent), ...own] : own;
}

function upperSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

type GraphqlType = () => unknown;

function declare(
  column: ColumnOptions,
  graphql: GraphqlType | null,
  writeKind: WriteKind,
  filterKind: FilterKind | null,
  options: FieldOptions,
): PropertyDecorator {
  return (prototype, key) => {
    const property = String(key);
    Column(column)(prototype, property);
    if (graphql && !options.hidden) {
      Field(graphql as () => object, { nullable: options.nullable === true, description: options.description })(
        prototype,
        property,
      );
    }
    const declaration: FieldDeclaration = { property, description: options.description };
    if (options.write) {
      declaration.write = { ...writeKind, description: options.description, required: options.write === 'required' };
    }
    if (options.filter && filterKind) declaration.filter = filterKind;
    if (options.sort) declaration.sort = options.sort === true ? upperSnake(property) : options.sort;
    const list = declarations.get(prototype.constructor) ?? [];
    list.push(declaration);
    declarations.set(prototype.constructor, list);
  };
}

interface LengthOptions extends FieldOptions {
  length?: number;
}

interface IntOptions extends FieldOptions {
  min?: number;
  max?: number;
  /** Stored as SMALLINT (counts that stay small). */
  small?: boolean;
  default?: number;
}

/** The field decorators, one per kind of column. */
export const field = {
  /** A short text: VARCHAR(length), default 255. */
  string(options: LengthOptions): PropertyDecorator {
    const max = options.length ?? 255;
    return declare(
      nameColumn({ nullable: options.nullable, length: max }),
      () => String,
      { kind: 'string', max },
      { kind: 'string' },
      options,
    );
  },
  /** A stable catalogue code: VARCHAR(64). */
  code(options: FieldOptions): PropertyDecorator {
    return declare(
      { ...codeColumn(), nullable: options.nullable ?? false },
      () => String,
      { kind: 'string', max: 64 },
      { kind: 'string' },
      options,
    );
  },
  /** Free text of any length (TEXT), always nullable. */
  text(options: FieldOptions): PropertyDecorator {
    return declare(textColumn(), () => String, { kind: 'text' }, { kind: 'string' }, { ...options, nullable: true });
  },
  int(options: IntOptions): PropertyDecorator {
    const column: ColumnOptions = {
      type: options.small ? 'smallint' : 'int',
      nullable: options.nullable ?? false,
      default: options.default,
    };
    return declare(column, () => Int, { kind: 'int', min: options.min, max: options.max }, { kind: 'int' }, options);
  },
  /** A calendar year (SMALLINT), checked to lie within the years the service records. */
  year(options: FieldOptions): PropertyDecorator {
    return declare(yearColumn({ nullable: options.nullable }), () => Int, { kind: 'year' }, { kind: 'int' }, options);
  },
  /** A date without time, 'YYYY-MM-DD'. */
  date(options: FieldOptions): PropertyDecorator {
    return declare(
      dateColumn({ nullable: options.nullable }),
      () => DateScalar,
      { kind: 'date' },
      { kind: 'date' },
      options,
    );
  },
  /** Money in whole đồng: DECIMAL(18,0) read and written as a decimal string. */
  vnd(options: FieldOptions & { default?: string }): PropertyDecorator {
    return declare(
      vndColumn({ nullable: options.nullable, default: options.default }),
      () => VndScalar,
      { kind: 'vnd' },
      { kind: 'vnd' },
      options,
    );
  },
  /** Points, coefficients and measured values: DECIMAL(p,2) as a string. */
  decimal(options: FieldOptions & { precision?: number; default?: string }): PropertyDecorator {
    return declare(
      decimalColumn({ nullable: options.nullable, precision: options.precision, default: options.default }),
      () => DecimalScalar,
      { kind: 'decimal' },
      { kind: 'decimal' },
      options,
    );
  },
  boolean(options: FieldOptions & { default?: boolean }): PropertyDecorator {
    const column: ColumnOptions = { type: 'boolean', nullable: options.nullable ?? false, default: options.default };
    return declare(column, () => Boolean, { kind: 'boolean' }, { kind: 'boolean' }, options);
  },
  /** One value of a closed set, stored as VARCHAR(32) (the migration adds a CHECK). */
  enum(values: object, options: FieldOptions & { default?: string }): PropertyDecorator {
    return declare(
      enumColumn({ nullable: options.nullable, default: options.default }),
      () => values,
      { kind: 'enum', enum: values },
      { kind: 'enum', enum: values },
      options,
    );
  },
  /** Several values of a closed set, stored sorted and comma-separated in a VARCHAR(64). */
  enumList(values: object, options: FieldOptions): PropertyDecorator {
    const column: ColumnOptions = {
      type: 'varchar',
      length: 64,
      nullable: options.nullable ?? false,
      transformer: {
        to: (value: string[] | undefined) => (value === undefined ? undefined : [...value].sort().join(',')),
        from: (value: string | null): string[] => (value ? value.split(',') : []),
      },
    };
    return declare(column, () => [values], { kind: 'enumList', enum: values }, null, options);
  },
  /**
   * A foreign key (INT). Not a GraphQL field itself: a field resolver exposes the record. Written as
   * the record's global ID; filtered by global IDs, and by the record's own fields under `relation`.
   */
  ref(of: () => EntityClass, options: FieldOptions & { relation?: string }): PropertyDecorator {
    return declare(
      foreignKeyColumn({ nullable: options.nullable }),
      null,
      { kind: 'ref', of },
      { kind: 'ref', of, relation: options.relation },
      options,
    );
  },
};

/** The writable fields of an entity, by input name: what its create and update inputs take. */
export function writableFields(entity: Function, only?: readonly string[]): Record<string, WriteField> {
  const fields: Record<string, WriteField> = {};
  for (const declaration of declaredFields(entity)) {
    if (declaration.write && (!only || only.includes(declaration.property)))
      fields[declaration.property] = declaration.write;
  }
  return fields;
}
