/**
 * What a benchmark run reports: the median of a measurement's runs, the table (one line per size,
 * shape and variant) and the figures of the BENCH line, ratios to the baseline and to the naive
 * server included.
 */
import type { Figures } from './measure';
import type { ShapeName } from './shapes';

export type Variant = 'ours' | 'baseline' | 'naive';
export type SizeFigures = Record<ShapeName, Record<Variant, Figures>>;

/** The run of median throughput (its own latencies and CPU, not a mix of runs); peak RSS is the highest seen. */
export function median(runs: Array<Omit<Figures, 'sqlPerRequest'>>): Omit<Figures, 'sqlPerRequest'> {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...middle, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) };
}

/** The baseline's CPU per request ÷ ours: 1 is as cheap as the hand-written server, higher is better. */
function cpuRatio(baseline: Figures, ours: Figures): number {
  return ours.cpuSecondsPer1000 > 0 ? baseline.cpuSecondsPer1000 / ours.cpuSecondsPer1000 : 0;
}

function pad(text: string | number, width: number): string {
  return String(text).padStart(width);
}

/** The table, as lines: every size, shape and variant, with ours' ratios to B (req/s, CPU) and to N. */
export function resultTable(all: Record<number, SizeFigures>, timed: ShapeName[]): string[] {
  const headings: Array<[string, number]> = [
    ['req/s', 8],
    ['p50 ms', 8],
    ['p99 ms', 8],
    ['SQL/req', 9],
    ['CPU s/1k', 10],
    ['RSS MB', 8],
    ['÷B', 7],
    ['CPU÷B', 7],
    ['÷N', 8],
  ];
  const lines = [
    `${'size'.padEnd(10)}${'shape'.padEnd(10)}${'variant'.padEnd(10)}` +
      headings.map(([heading, width]) => pad(heading, width)).join(''),
  ];
  for (const [size, shapes] of Object.entries(all)) {
    for (const shape of timed) {
      for (const variant of ['ours', 'baseline', 'naive'] as const) {
        const f = shapes[shape][variant];
        const ratioB = variant === 'ours' ? (f.rps / shapes[shape].baseline.rps).toFixed(2) : '';
        const ratioN = variant === 'ours' ? (f.rps / shapes[shape].naive.rps).toFixed(1) : '';
        const cpuB = variant === 'ours' ? cpuRatio(shapes[shape].baseline, f).toFixed(2) : '';
        const cells = [f.rps, f.p50, f.p99, f.sqlPerRequest, f.cpuSecondsPer1000, f.peakRssMb, ratioB, cpuB, ratioN];
        lines.push(
          `${Number(size).toLocaleString('en').padEnd(10)}${shape.padEnd(10)}${variant.padEnd(10)}` +
            cells.map((cell, i) => pad(cell, headings[i]![1])).join(''),
        );
      }
    }
  }
  return lines;
}

/** Ours at the reference size, per shape: what the BENCH line carries. */
export function benchFigures(reference: SizeFigures, timed: ShapeName[]) {
  return Object.fromEntries(
    timed.map((shape) => {
      const f = reference[shape];
      return [
        shape,
        {
          ratioToBaseline: Number((f.ours.rps / f.baseline.rps).toFixed(3)),
          cpuRatioToBaseline: Number(cpuRatio(f.baseline, f.ours).toFixed(3)),
          cpuMsPerRequest: f.ours.cpuSecondsPer1000,
          baselineCpuMsPerRequest: f.baseline.cpuSecondsPer1000,
          peakRssMb: f.ours.peakRssMb,
          ratioToNaive: Number((f.ours.rps / f.naive.rps).toFixed(2)),
          sqlPerRequest: f.ours.sqlPerRequest,
          p50: f.ours.p50,
          p99: f.ours.p99,
          rps: f.ours.rps,
        },
      ];
    }),
  );
}
