/**
 * Tiền thưởng — prize money = coefficient × base salary, rounded up to the base-salary row's step.
 * Computed in integers (BigInt): VND must never pass through a floating-point number.
 */

const DECIMAL = /^(\d+)(?:\.(\d{1,2}))?$/;

/** '15.5' → 1550n (hundredths). */
function hundredths(coefficient: string): bigint {
  const match = DECIMAL.exec(coefficient.trim());
  if (!match)
    throw new RangeError(`prize coefficient "${coefficient}" is not a non-negative decimal with at most two places`);
  const [, whole, fraction = ''] = match;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

function wholeDong(value: string, what: string): bigint {
  if (!/^\d+$/.test(value.trim())) throw new RangeError(`${what} "${value}" is not a whole number of đồng`);
  return BigInt(value.trim());
}

export function prizeAmountVnd(coefficient: string, baseSalaryVnd: string, roundingStepVnd: string): string {
  const step = wholeDong(roundingStepVnd, 'rounding step');
  if (step <= 0n) throw new RangeError('rounding step must be positive');
  const raw = hundredths(coefficient) * wholeDong(baseSalaryVnd, 'base salary');
  const unit = 100n * step;
  return (((raw + unit - 1n) / unit) * step).toString();
}
