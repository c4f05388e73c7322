/** An independent computation of report figures: raw rows added up in BigInt, as a reader would by hand. */

export interface Row {
  movementId: number;
  year: number;
  unitId: number | null;
  blocId: number | null;
  kindId: number;
  quantity: number | null;
  amount: bigint | null;
}

export interface Expected {
  count: number;
  sumQuantity: number | null;
  sumAmount: string | null;
  avgAmount: string | null;
  minAmount: string | null;
  maxAmount: string | null;
}

export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

export function expectedOf(rows: Row[]): Expected {
  const amounts = rows.map((r) => r.amount).filter((a): a is bigint => a !== null);
  const quantities = rows.map((r) => r.quantity).filter((q): q is number => q !== null);
  const sumAmount = amounts.reduce((a, b) => a + b, 0n);
  return {
    count: rows.length,
    sumQuantity: quantities.length ? quantities.reduce((a, b) => a + b, 0) : null,
    sumAmount: amounts.length ? sumAmount.toString() : null,
    avgAmount: amounts.length ? roundHalfUp(sumAmount, BigInt(amounts.length)).toString() : null,
    minAmount: amounts.length ? amounts.reduce((a, b) => (a < b ? a : b)).toString() : null,
    maxAmount: amounts.length ? amounts.reduce((a, b) => (a > b ? a : b)).toString() : null,
  };
}

export function groupRows<K extends string>(rows: Row[], keyOf: (r: Row) => K | K[] | null): Map<K, Row[]> {
  const groups = new Map<K, Row[]>();
  for (const row of rows) {
    const keys = keyOf(row);
    for (const key of keys === null ? [] : Array.isArray(keys) ? keys : [keys]) {
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(row);
    }
  }
  return groups;
}

export const FIGURES = 'count sum { amountVnd } avg { amountVnd } min { amountVnd } max { amountVnd }';

export function figuresOf(expected: Expected) {
  return {
    count: expected.count,
    sum: { amountVnd: expected.sumAmount },
    avg: { amountVnd: expected.avgAmount },
    min: { amountVnd: expected.minAmount },
    max: { amountVnd: expected.maxAmount },
  };
}
