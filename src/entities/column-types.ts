/**
 * Column options shared by the entities: exact decimals as strings, dates as 'YYYY-MM-DD' strings.
 * MySQL (mysql2 with bigNumberStrings) returns DECIMAL as a string already; better-sqlite3 returns a
 * number, which is exact for every amount below 2^53 VND that one row can hold (sums are cast to
 * text in SQL, never read through a number).
 */
import type { ColumnOptions, ValueTransformer } from 'typeorm';

/** '15.5' → '15.50' at scale 2, as DECIMAL(p,2) gives it back (inputs never carry more places). */
function withScale(value: string, scale: number): string {
  if (scale === 0) return value;
  const [whole, fraction = ''] = value.split('.');
  return fraction.length >= scale ? value : `${whole}.${fraction.padEnd(scale, '0')}`;
}

function decimalTransformer(scale: number): ValueTransformer {
  return {
    to: (value: string | null | undefined) => value,
    from: (value: string | number | null | undefined): string | null => {
      if (value === null || value === undefined) return null;
      if (typeof value === 'number') return scale === 0 ? BigInt(Math.trunc(value)).toString() : value.toFixed(scale);
      return withScale(value, scale);
    },
  };
}

const vndTransformer = decimalTransformer(0);
const twoDecimalsTransformer = decimalTransformer(2);

/** Money in đồng: DECIMAL(18,0), exposed as a decimal string. */
export function vndColumn(options: { nullable?: boolean; default?: string } = {}): ColumnOptions {
  return {
    type: 'decimal',
    precision: 18,
    scale: 0,
    transformer: vndTransformer,
    nullable: options.nullable ?? false,
    default: options.default,
  };
}

/** Points, coefficients and measured values: DECIMAL(p,2) as a string with two decimals. */
export function decimalColumn(
  options: { nullable?: boolean; default?: string; precision?: number } = {},
): ColumnOptions {
  return {
    type: 'decimal',
    precision: options.precision ?? 6,
    scale: 2,
    transformer: twoDecimalsTransformer,
    nullable: options.nullable ?? false,
    default: options.default,
  };
}

/** A calendar date without time, as 'YYYY-MM-DD'. */
export function dateColumn(options: { nullable?: boolean } = {}): ColumnOptions {
  return { type: 'date', nullable: options.nullable ?? false };
}

export function codeColumn(length = 64): ColumnOptions {
  return { type: 'varchar', length };
}

export function nameColumn(options: { nullable?: boolean; length?: number } = {}): ColumnOptions {
  return { type: 'varchar', length: options.length ?? 255, nullable: options.nullable ?? false };
}

export function enumColumn(options: { nullable?: boolean; default?: string } = {}): ColumnOptions {
  return { type: 'varchar', length: 32, nullable: options.nullable ?? false, default: options.default };
}

export function foreignKeyColumn(options: { nullable?: boolean } = {}): ColumnOptions {
  return { type: 'int', nullable: options.nullable ?? false };
}

export function yearColumn(options: { nullable?: boolean } = {}): ColumnOptions {
  return { type: 'smallint', nullable: options.nullable ?? false };
}

export function textColumn(options: { nullable?: boolean } = {}): ColumnOptions {
  return { type: 'text', nullable: options.nullable ?? true };
}
