/**
 * Every cell of every form against an independent computation over a generated dataset: the test
 * reads the raw rows, places each record in its reporting year and under its reporting unit, works
 * out its dimensions itself, and counts what each row and column selects. Revoked awards and the
 * 1 December boundary are in the data (the generator signs decisions all year round and revokes a few).
 */
import { inColumn, meetsAll, type FormDefinition } from '../src/reports/forms/form-definition';
import { STATISTICAL_FORMS } from '../src/reports/forms';
import { seedSynthetic } from '../src/seed/synthetic';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

type Raw = Record<string, unknown>;
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** The reporting year of a date: 1 December starts the next one. */
function reportingYear(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '12-01' ? year + 1 : year;
}

interface Counted {
  id: number;
  year: number;
  /** Units the record belongs to, for the two scopes. */
  issuer: number | null;
  recipient: number | null;
  values: Map<string, string>;
}

describeEachEngine('statistical forms against an independent computation', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  const units = new Map<number, { parentId: number | null; kind: string; code: string }>();
  const records: Record<'movements' | 'awards', Counted[]> = { movements: [], awards: [] };
  let committees: number[] = [];

  beforeAll(async () => {
    await seedSynthetic(ctx.dataSource, { contributions: 60_000, seed: 11 });
    const q = (sql: string): Promise<Raw[]> => ctx.dataSource.query(sql);
    const dateText = ctx.engine === 'sqlite' ? 'TEXT' : 'CHAR';
    for (const u of await q('SELECT id, parentId, kind, code FROM units'))
      units.set(Number(u.id), { parentId: num(u.parentId), kind: text(u.kind), code: text(u.code) });
    committees = [...units].filter(([, u]) => u.kind === 'PROVINCIAL_COMMITTEE').map(([id]) => id);
    const persons = new Map((await q('SELECT id, unitId, occupationGroup FROM persons')).map((p) => [Number(p.id), p]));
    const blocs = new Map((await q('SELECT id, managingUnitId FROM emulation_blocs')).map((b) => [Number(b.id), b]));

    for (const m of await q(
      `SELECT id, kind, scope, CAST(launchDate AS ${dateText}) AS launchDate, periodStartYear, periodEndYear, ` +
        'durationMonths, launchingUnitId, blocId FROM movements WHERE deletedAt IS NULL AND launchDate IS NOT NULL',
    )) {
      const period =
        m.periodStartYear === null || m.periodEndYear === null
          ? null
          : (Number(m.periodEndYear) - Number(m.periodStartYear) + 1) * 12;
      const months = num(m.durationMonths) ?? period;
      const duration =
        months === null
          ? 'UNKNOWN'
          : months < 12
            ? 'UNDER_1Y'
            : months === 12
              ? '1Y'
              : months < 36
                ? '1Y_3Y'
                : months < 60
                  ? '3Y_5Y'
                  : 'FROM_5Y';
      const launchLevel = { NATIONAL: 'CENTRAL', UNIT: 'AGENCY' }[text(m.scope)] ?? 'PROVINCE';
      const bloc = m.blocId === null ? null : blocs.get(Number(m.blocId));
      records.movements.push({
        id: Number(m.id),
        year: reportingYear(text(m.launchDate)),
        issuer: m.scope === 'NATIONAL' ? -1 : (num(m.launchingUnitId) ?? num(bloc?.managingUnitId)),
        recipient: null,
        values: new Map([
          ['scope', text(m.scope)],
          ['method', m.kind === 'REGULAR' ? 'REGULAR' : 'THEMATIC'],
          ['launchLevel', launchLevel],
          ['duration', duration],
        ]),
      });
    }
    for (const a of await q(
      `SELECT a.id, a.status, a.subjectType, a.recipientUnitId, a.recipientPersonId, a.blocId, d.issuingUnitId, ` +
        `CAST(d.signedOn AS ${dateText}) AS signedOn, d.level, d.status AS decisionStatus, d.commendationType, ` +
        't.code AS typeCode, t.category FROM awards a JOIN award_decisions d ON d.id = a.decisionId ' +
        'JOIN award_types t ON t.id = a.awardTypeId',
    )) {
      if (a.status !== 'ACTIVE' || a.decisionStatus === 'REVOKED') continue;
      const person = a.recipientPersonId === null ? undefined : persons.get(Number(a.recipientPersonId));
      const bloc = a.blocId === null ? undefined : blocs.get(Number(a.blocId));
      records.awards.push({
        id: Number(a.id),
        year: reportingYear(text(a.signedOn)),
        issuer: Number(a.issuingUnitId),
        recipient: num(a.recipientUnitId) ?? num(person?.unitId) ?? num(bloc?.managingUnitId),
        values: new Map([
          ['level', text(a.level)],
          ['category', text(a.category)],
          ['typeCode', text(a.typeCode)],
          ['subject', text(a.subjectType)],
          ['recipientUnitKind', a.recipientUnitId === null ? '' : units.get(Number(a.recipientUnitId))!.kind],
          ['occupationGroup', text(person?.occupationGroup)],
          ['commendationType', text(a.commendationType)],
        ]),
      });
    }
  });

  /** Whether `unitId` is the reporting unit or under it. */
  const within = (unitId: number | null, reporting: number): boolean => {
    for (let at = unitId; at !== null && at !== undefined; at = units.get(at)?.parentId ?? null)
      if (at === reporting) return true;
    return false;
  };

  function expected(form: FormDefinition, year: number, reporting: number): number[][] {
    const counted = records[form.source].filter((r) => {
      const owner = form.scope === 'issuer' ? r.issuer : r.recipient;
      return r.year === year && (owner === -1 || within(owner, reporting)) && meetsAll(form.where, r.values);
    });
    const submittedBy = units.get(reporting)!.kind === 'PROVINCIAL_COMMITTEE' ? 'PROVINCE' : 'MINISTRY';
    for (const r of counted) if (form.source === 'awards') r.values.set('submittedBy', submittedBy);
    return form.rows
      .filter((row) => !row.heading)
      .map((row) =>
        form.columns.map(
          (column) => counted.filter((r) => meetsAll(row.where, r.values) && inColumn(form, column, r.values)).length,
        ),
      );
  }

  const QUERY = `query($form: StatisticalFormName!, $year: Int!, $unit: ID!) {
    statisticalForm(form: $form, year: $year, reportingUnitId: $unit) { rows { heading cells { value } } }
  }`;

  it.each(STATISTICAL_FORMS.map((f) => [f.name, f] as const))(
    '%s: every cell, every year, two provinces',
    async (_, form) => {
      expect(committees.length).toBeGreaterThanOrEqual(2);
      let total = 0;
      for (const committee of committees.slice(0, 2)) {
        for (const year of [2020, 2021, 2022, 2023, 2024, 2025]) {
          const data = await client.data(QUERY, { form: form.name, year, unit: await globalId(committee) });
          const got = data.statisticalForm.rows
            .filter((r: { heading: boolean }) => !r.heading)
            .map((r: { cells: Array<{ value: number }> }) => r.cells.map((c) => c.value));
          const want = expected(form, year, committee);
          expect(got).toEqual(want);
          total += want[0]![0]!;
        }
      }
      expect(total).toBeGreaterThan(0);
    },
  );

  async function globalId(unitId: number): Promise<string> {
    const data = await client.data(
      `query($code: String!) { units(filter: { code: { eq: $code } }) { nodes { id } } }`,
      {
        code: units.get(unitId)!.code,
      },
    );
    return data.units.nodes[0].id;
  }
});
