/**
 * Building blocks for portable migrations (TypeORM QueryRunner Table API) that run on MySQL 8 /
 * MariaDB and on SQLite. Existing migrations depend on these: change them only in ways that keep
 * every earlier migration's result the same.
 */
import { Table, TableForeignKey, TableIndex, type QueryRunner, type TableColumnOptions } from 'typeorm';

export function isMysql(queryRunner: QueryRunner): boolean {
  const type = queryRunner.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}

export interface CheckSpec {
  name: string;
  expression: string;
}

export interface ForeignKeySpec {
  column: string;
  references: string;
}

export interface TableSpec {
  name: string;
  columns: TableColumnOptions[];
  /** Unique keys: name → columns. */
  uniques?: Record<string, string[]>;
  /** Plain indexes: name → columns. */
  indexes?: Record<string, string[]>;
  foreignKeys?: ForeignKeySpec[];
  checks?: CheckSpec[];
}

/** A DECIMAL/INT column with a name, etc.; the helpers below keep each column on one line. */
type ColumnExtras = Partial<Pick<TableColumnOptions, 'isNullable' | 'default' | 'length'>>;

export const column = {
  id: (): TableColumnOptions => ({
    name: 'id',
    type: 'integer',
    isPrimary: true,
    isGenerated: true,
    generationStrategy: 'increment',
  }),
  fk: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'int', isNullable: nullable }),
  int: (name: string, extras: ColumnExtras = {}): TableColumnOptions => ({
    name,
    type: 'int',
    isNullable: true,
    ...extras,
  }),
  smallint: (name: string, extras: ColumnExtras = {}): TableColumnOptions => ({
    name,
    type: 'smallint',
    isNullable: false,
    ...extras,
  }),
  varchar: (name: string, length: number, extras: ColumnExtras = {}): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: false,
    ...extras,
  }),
  text: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  date: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'date', isNullable: nullable }),
  bool: (name: string, defaultValue: boolean): TableColumnOptions => ({
    name,
    type: 'boolean',
    isNullable: false,
    default: defaultValue ? 1 : 0,
  }),
  /** VND: DECIMAL(18,0). */
  vnd: (name: string, extras: ColumnExtras = {}): TableColumnOptions => ({
    name,
    type: 'decimal',
    precision: 18,
    scale: 0,
    isNullable: true,
    ...extras,
  }),
  decimal: (name: string, precision: number, extras: ColumnExtras = {}): TableColumnOptions => ({
    name,
    type: 'decimal',
    precision,
    scale: 2,
    isNullable: false,
    ...extras,
  }),
};

function timestampColumn(queryRunner: QueryRunner, name: string, onUpdate: boolean): TableColumnOptions {
  if (isMysql(queryRunner)) {
    return {
      name,
      type: 'datetime',
      precision: 3,
      isNullable: false,
      default: 'CURRENT_TIMESTAMP(3)',
      onUpdate: onUpdate ? 'CURRENT_TIMESTAMP(3)' : undefined,
    };
  }
  return { name, type: 'datetime', isNullable: false, default: "strftime('%Y-%m-%d %H:%M:%f', 'now')" };
}

/** id, createdAt, updatedAt, version: every table. */
export function recordColumns(queryRunner: QueryRunner): TableColumnOptions[] {
  return [
    column.id(),
    timestampColumn(queryRunner, 'createdAt', false),
    timestampColumn(queryRunner, 'updatedAt', true),
    { name: 'version', type: 'int', isNullable: false, default: 1 },
  ];
}

/** deletedAt: records operators maintain (soft delete with restore). */
export function softDeleteColumn(queryRunner: QueryRunner): TableColumnOptions {
  return isMysql(queryRunner)
    ? { name: 'deletedAt', type: 'datetime', precision: 3, isNullable: true }
    : { name: 'deletedAt', type: 'datetime', isNullable: true };
}

/**
 * A CHECK that a column holds one of the enum's values (NULL passes, as SQL checks do). Quote a
 * reserved name with backticks (`rank`): both engines accept them.
 */
export function enumCheck(table: string, columnName: string, values: readonly string[]): CheckSpec {
  const list = values.map((v) => `'${v}'`).join(', ');
  return { name: `ck_${table}_${columnName.replace(/`/g, '')}`, expression: `${columnName} IN (${list})` };
}

/** Exactly one of the columns is set. */
export function exactlyOneCheck(name: string, columns: readonly string[]): CheckSpec {
  const sum = columns.map((c) => `(CASE WHEN ${c} IS NULL THEN 0 ELSE 1 END)`).join(' + ');
  return { name, expression: `${sum} = 1` };
}

export function nonNegativeCheck(table: string, columnName: string): CheckSpec {
  return { name: `ck_${table}_${columnName}_nonneg`, expression: `${columnName} IS NULL OR ${columnName} >= 0` };
}

/**
 * Creates a table with its keys, indexes, foreign keys (RESTRICT) and CHECK constraints. TypeORM's
 * MySQL driver ignores a Table's `checks`, so on MySQL they are added with ALTER TABLE.
 */
export async function createTable(queryRunner: QueryRunner, spec: TableSpec): Promise<void> {
  const mysql = isMysql(queryRunner);
  const table = new Table({
    name: spec.name,
    columns: spec.columns,
    uniques: Object.entries(spec.uniques ?? {}).map(([name, columnNames]) => ({ name, columnNames })),
    indices: Object.entries(spec.indexes ?? {}).map(([name, columnNames]) => new TableIndex({ name, columnNames })),
    foreignKeys: (spec.foreignKeys ?? []).map(
      (fk) =>
        new TableForeignKey({
          name: `fk_${spec.name}_${fk.column}`,
          columnNames: [fk.column],
          referencedTableName: fk.references,
          referencedColumnNames: ['id'],
          onDelete: 'RESTRICT',
          onUpdate: 'RESTRICT',
        }),
    ),
    checks: mysql ? [] : (spec.checks ?? []).map((c) => ({ name: c.name, expression: c.expression })),
    // utf8mb4 whatever the server's default: Vietnamese names must round-trip on any MySQL.
    engine: mysql ? 'InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci' : undefined,
  });
  await queryRunner.createTable(table, false, true, true);
  if (mysql && spec.checks?.length) {
    const clauses = spec.checks.map((c) => `ADD CONSTRAINT \`${c.name}\` CHECK (${c.expression})`).join(', ');
    await queryRunner.query(`ALTER TABLE \`${spec.name}\` ${clauses}`);
  }
}
