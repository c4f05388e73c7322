/**
 * PLACEHOLDER (written by the harness work so the seed CLI compiles): the synthetic generator's
 * owner replaces this file with the real one.
 */
import type { DataSource } from 'typeorm';

export async function seedSynthetic(
  _dataSource: DataSource,
  opts: { contributions: number; seed: number; log?: (line: string) => void },
): Promise<void> {
  opts.log?.('seedSynthetic is a placeholder: nothing generated');
}
