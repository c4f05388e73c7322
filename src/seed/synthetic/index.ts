/**
 * A synthetic bulk dataset for benchmarks and reports, sized by the number of contributions and
 * reproducible from a seed: several provinces' worth of units, persons, blocs with memberships and
 * yearly leaders, movements, funds, pledges, contests, evaluations, decisions and awards. Every row
 * obeys the domain's rules (signatories and contributors are members that year, one leader per bloc
 * and year, totals and ranks derived, prize money derived, one annual title per recipient and year,
 * flags within the bloc's quota), because the API assumes them.
 *
 * Rows are written with multi-row INSERTs and ids assigned here (see bulk-insert); search keys come
 * from the same functions the entities use. The steps draw from one random source in a fixed order,
 * so a seed always gives the same dataset.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../db/transaction';
import { OperatorError } from '../../exit';
import { ensureCatalogue } from '../ensure-catalogue';
import { loadBlocYear } from './bloc-years';
import { addContribution } from './contributions';
import { SyntheticAwards } from './evaluations-and-awards';
import { loadFormRecords } from './form-attributes';
import { CONTRIBUTION_CHUNK, CONTRIBUTIONS_PER_PROVINCE, SYNTHETIC_PREFIX, YEARS } from './plan';
import { SyntheticRows, type SyntheticCounts } from './rows';
import { loadStructure } from './structure';

export { GENERATOR_VERSION, SYNTHETIC_PREFIX } from './plan';
export type { SyntheticCounts } from './rows';

export interface SyntheticOptions {
  contributions: number;
  seed: number;
  log?: (line: string) => void;
}

async function assertNotLoaded(manager: EntityManager): Promise<void> {
  const rows: Array<{ n: number | string }> = await manager.query(
    `SELECT COUNT(*) AS n FROM units WHERE code LIKE '${SYNTHETIC_PREFIX}%'`,
  );
  if (Number(rows[0]?.n ?? 0) > 0) {
    throw new OperatorError(
      'this database already holds the synthetic dataset ' +
        `(units coded ${SYNTHETIC_PREFIX}…): load it into a fresh database`,
    );
  }
}

export async function seedSynthetic(dataSource: DataSource, options: SyntheticOptions): Promise<SyntheticCounts> {
  const log = options.log ?? (() => undefined);
  const catalogue = await inTransaction(dataSource, async (manager) => {
    await assertNotLoaded(manager);
    return ensureCatalogue(manager);
  });
  const rows = new SyntheticRows(options.seed);
  const provinces = Math.max(1, Math.ceil(options.contributions / CONTRIBUTIONS_PER_PROVINCE));

  // Everything but the contributions, in one transaction.
  const structure = await inTransaction(dataSource, async (manager) => {
    await rows.reserveIds(manager);
    const loaded = await loadStructure(rows, manager, provinces);
    const awards = new SyntheticAwards(rows, catalogue);
    for (const bloc of loaded.blocs) {
      for (const year of YEARS) {
        await loadBlocYear(rows, manager, catalogue, loaded, bloc, year);
        await awards.evaluate(manager, loaded, bloc, year);
      }
    }
    await awards.decide(manager, loaded.committeeByProvince);
    await loadFormRecords(rows, manager, catalogue, loaded);
    await rows.flushAll(manager);
    return loaded;
  });
  const { blocs, movementIds, unitsById } = structure;
  log(`structure loaded: ${blocs.length} blocs, ${unitsById.size} units, ${movementIds.length} movements`);

  const kindIds = [...catalogue.kindIdByCode.values()];
  const choices = { blocs, movementIds, kindIds, moneyKindId: catalogue.kindIdByCode.get('MONEY')! };
  for (let done = 0; done < options.contributions; done += CONTRIBUTION_CHUNK) {
    const size = Math.min(CONTRIBUTION_CHUNK, options.contributions - done);
    await inTransaction(dataSource, async (manager) => {
      for (let i = 0; i < size; i += 1) await addContribution(rows, manager, choices);
      await rows.flush(manager, 'contributions');
    });
    if (options.contributions > CONTRIBUTION_CHUNK) log(`contributions: ${done + size} / ${options.contributions}`);
  }
  return rows.counts();
}
