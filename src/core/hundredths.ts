/**
 * Exact decimals with two places (points, percentages, averages) as whole hundredths in a BigInt,
 * so no sum or division passes through a floating-point number.
 */

/** '98.5' → 9850n. */
export function toHundredths(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) throw new RangeError(`"${value}" is not a decimal with at most two places`);
  const [, sign, whole, fraction = ''] = match;
  const magnitude = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -magnitude : magnitude;
}

/** 9850n → '98.50'. */
export function fromHundredths(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
