/**
 * `npm run bench:forms [-- --contributions N]` (default 1,000,000): each statistical form computed
 * for one province's committee over the cached synthetic dataset on MySQL, 5 runs after a warm-up,
 * with the number of SQL statements it ran, then its XLSX written (to nowhere) from the same figures.
 * Target: each form within 1 s. The last line is `BENCH_FORMS {json}`.
 */
import { Writable } from 'node:stream';
import { parseDatabaseUrl } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { STATISTICAL_FORMS } from '../src/reports/forms';
import { computeForm } from '../src/reports/forms/form-evaluator';
import { formTable } from '../src/reports/forms/form-table';
import { writeFormXlsx } from '../src/reports/forms/form-xlsx';
import { ensureDataset } from './dataset';

const RUNS = 5;
const YEAR = 2023;
const sizeArgument = process.argv.indexOf('--contributions');
const CONTRIBUTIONS = sizeArgument > 0 ? Number(process.argv[sizeArgument + 1]) : 1_000_000;

const ms = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const url = await ensureDataset(CONTRIBUTIONS, (line) => console.log(line));
  const dataSource = createDataSource(parseDatabaseUrl(url));
  await dataSource.initialize();
  try {
    const [committee] = await dataSource.query(
      "SELECT id, code, name FROM units WHERE kind = 'PROVINCIAL_COMMITTEE' ORDER BY id LIMIT 1",
    );
    const [sizes] = await dataSource.query(
      'SELECT (SELECT COUNT(*) FROM contributions) AS contributions, (SELECT COUNT(*) FROM awards) AS awards, ' +
        '(SELECT COUNT(*) FROM movements) AS movements, (SELECT COUNT(*) FROM units) AS units',
    );
    const count = (n: unknown) => Number(n).toLocaleString('en');
    console.log(
      `contributions: ${count(sizes.contributions)}, awards: ${count(sizes.awards)}, ` +
        `movements: ${sizes.movements}, units: ${sizes.units} (engine: mysql; ${RUNS} runs per form; ` +
        `reporting unit ${committee.code}, year ${YEAR})`,
    );
    const results: Record<string, { bestMs: number; medianMs: number; statements: number; xlsxMs: number }> = {};
    for (const definition of STATISTICAL_FORMS) {
      const request = { definition, year: YEAR, reportingUnitId: Number(committee.id) };
      // Count the statements one computation runs.
      let statements = 0;
      const query = dataSource.query.bind(dataSource);
      dataSource.query = ((...args: Parameters<typeof query>) => {
        statements += 1;
        return query(...args);
      }) as typeof query;
      let form = await computeForm(dataSource, request);
      dataSource.query = query;
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = process.hrtime.bigint();
        form = await computeForm(dataSource, request);
        times.push(ms(started));
      }
      const started = process.hrtime.bigint();
      let bytes = 0;
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done();
        },
      });
      await writeFormXlsx(
        formTable(form, { id: Number(committee.id), code: committee.code, name: committee.name }),
        sink,
      );
      const xlsxMs = ms(started);
      results[definition.name] = { bestMs: Math.min(...times), medianMs: median(times), statements, xlsxMs };
      console.log(
        `## ${definition.code} ${definition.title}: best ${Math.min(...times).toFixed(1)} ms, median ` +
          `${median(times).toFixed(1)} ms, ${statements} SQL statements; total ${form.cells[0]![0]}; ` +
          `XLSX ${(bytes / 1024).toFixed(1)} kB in ${xlsxMs.toFixed(1)} ms`,
      );
    }
    const slowest = Math.max(...Object.values(results).map((r) => r.medianMs));
    console.log(
      `target ≤ 1000 ms per form: ${slowest <= 1000 ? 'met' : 'NOT met'} (slowest median ${slowest.toFixed(1)} ms)`,
    );
    console.log(`BENCH_FORMS ${JSON.stringify({ contributions: CONTRIBUTIONS, year: YEAR, results })}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
