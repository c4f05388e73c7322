/**
 * The Ministry's statistical forms over the article's data and records written through the API:
 * the reporting year's boundary (30 November counts, 1 December is next year), revoked awards left
 * out, the new attributes (a movement's duration and launching unit, a person's group, an
 * enterprise) written by the existing mutations and counted, the drill-down behind a cell, refusals.
 */
import { Role } from '../src/auth/caller';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { mutateOk } from './helpers/mutations';

const FORM = `query($form: StatisticalFormName!, $year: Int!, $unit: ID!) {
  statisticalForm(form: $form, year: $year, reportingUnitId: $unit) {
    form code title periodStart periodEnd reportingUnit { code }
    columns { key label group } rows { key code label level heading cells { column value } }
  }
}`;

const RECORDS = `query($form: StatisticalFormName!, $year: Int!, $unit: ID!, $row: String!, $column: String!,
  $after: String) {
  statisticalFormRecords(form: $form, year: $year, reportingUnitId: $unit, row: $row, column: $column, first: 1,
    after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id ... on Award { recipientNameSnapshot } }
  }
}`;

interface Form {
  rows: Array<{ key: string; heading: boolean; cells: Array<{ column: string; value: number }> }>;
  [field: string]: unknown;
}

/** The figure of a row in a column. */
export function cell(form: Form, row: string, column = 'TOTAL'): number {
  const found = form.rows.find((r) => r.key === row)?.cells.find((c) => c.column === column);
  if (!found) throw new Error(`no cell ${row} × ${column}`);
  return found.value;
}

describeEachEngine('statistical forms', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  const ids: Record<string, string> = {};
  const form = async (name: string, year: number, unit = ids.UBND_TINH): Promise<Form> =>
    (await client.data(FORM, { form: name, year, unit })).statisticalForm;

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    const data =
      await client.data(`{ units(first: 20) { nodes { id code } } awardTypes(first: 100) { nodes { id code } }
      emulationBlocs { nodes { id } } }`);
    for (const { id, code } of [...data.units.nodes, ...data.awardTypes.nodes]) ids[code] = id;
    ids.BLOC = data.emulationBlocs.nodes[0].id;
  });

  const decision = (signedOn: string, awards: object[]) => ({
    decisionNo: `T-${signedOn}/QĐ-UBND`,
    signedOn,
    issuingUnitId: ids.UBND_TINH,
    level: 'PROVINCE',
    commendationType: 'AD_HOC',
    awards,
  });
  const certificate = (unit: string) => ({
    awardTypeId: ids.BANG_KHEN_CHU_TICH_UBND_TINH,
    subjectType: 'COLLECTIVE',
    recipientUnitId: ids[unit],
    achievementYear: 2023,
  });

  it("answers 0603 for the article: its decision of 2023-01-16 counts in 2023's form, not 2022's", async () => {
    const f2023 = await form('PROVINCIAL_AWARDS_0603', 2023);
    expect(f2023).toMatchObject({
      form: 'PROVINCIAL_AWARDS_0603',
      code: '0603.N/BNV-TĐKT',
      periodStart: '2022-12-01',
      periodEnd: '2023-11-30',
      reportingUnit: { code: 'UBND_TINH' },
    });
    expect(cell(f2023, 'TOTAL')).toBe(2);
    expect(cell(f2023, 'TOTAL', 'PROVINCIAL_FLAG')).toBe(1);
    expect(cell(f2023, 'TOTAL', 'CERTIFICATE_OF_MERIT')).toBe(1);
    expect(cell(f2023, 'COLLECTIVE')).toBe(2);
    expect(cell(f2023, 'METHOD_MERIT')).toBe(2);
    expect(f2023.rows.find((r) => r.key === 'BY_RECIPIENT')).toMatchObject({ heading: true, cells: [] });
    expect(cell(await form('PROVINCIAL_AWARDS_0603', 2022), 'TOTAL')).toBe(0);
    // The article has no state-level awards and no movement launched with a date.
    expect(cell(await form('STATE_AWARDS_0602', 2023), 'TOTAL')).toBe(0);
    expect(cell(await form('MOVEMENTS_0601', 2023), 'TOTAL')).toBe(0);
  });

  it('counts a decision of 30 November in that year and one of 1 December in the next; not revoked ones', async () => {
    const select = 'id awards { nodes { id version } }';
    const late = await mutateOk(client, 'createAwardDecision', decision('2023-11-30', [certificate('SO_YTE')]), select);
    const next = await mutateOk(
      client,
      'createAwardDecision',
      decision('2023-12-01', [certificate('SO_KHCN')]),
      select,
    );
    expect(cell(await form('PROVINCIAL_AWARDS_0603', 2023), 'METHOD_AD_HOC')).toBe(1);
    expect(cell(await form('PROVINCIAL_AWARDS_0603', 2024), 'METHOD_AD_HOC')).toBe(1);
    expect(cell(await form('PROVINCIAL_AWARDS_0603', 2024), 'TOTAL', 'CERTIFICATE_OF_MERIT')).toBe(1);

    const award = late.awards.nodes[0];
    await mutateOk(client, 'revokeAward', {
      id: award.id,
      expectedVersion: award.version,
      revokedByDecisionId: next.id,
      revokedOn: '2023-12-01',
      reason: 'Kê khai sai thành tích',
    });
    const after = await form('PROVINCIAL_AWARDS_0603', 2023);
    expect(cell(after, 'METHOD_AD_HOC')).toBe(0);
    expect(cell(after, 'TOTAL')).toBe(2);
  });

  it('counts what the mutations write: a movement’s duration and launching unit, a group, an enterprise', async () => {
    const unit = await mutateOk(client, 'createUnit', {
      code: 'CTY_DIEN_LUC',
      name: 'Công ty Điện lực tỉnh',
      kind: 'ENTERPRISE',
      parentId: ids.UBND_TINH,
    });
    const person = await mutateOk(client, 'createPerson', {
      fullName: 'Trần Thị Mai',
      unitId: unit.id,
      occupationGroup: 'WORKER',
    });
    await mutateOk(client, 'createMovement', {
      code: 'PT_TIET_KIEM_DIEN_2023',
      name: 'Thi đua tiết kiệm điện mùa khô 2023',
      kind: 'THEMATIC',
      scope: 'UNIT',
      launchDate: '2023-03-01',
      durationMonths: 4,
      launchingUnitId: unit.id,
    });
    const f0601 = await form('MOVEMENTS_0601', 2023);
    expect(cell(f0601, 'TOTAL')).toBe(1);
    expect(cell(f0601, 'SCOPE_UNIT', 'AGENCY')).toBe(1);
    expect(cell(f0601, 'DURATION_UNDER_1Y')).toBe(1);
    expect(cell(f0601, 'METHOD_THEMATIC')).toBe(1);

    await mutateOk(
      client,
      'createAwardDecision',
      decision('2023-05-05', [
        { ...certificate('SO_YTE'), recipientUnitId: unit.id },
        {
          awardTypeId: ids.BANG_KHEN_CHU_TICH_UBND_TINH,
          subjectType: 'INDIVIDUAL',
          recipientPersonId: person.id,
          achievementYear: 2022,
        },
      ]),
    );
    const f0603 = await form('PROVINCIAL_AWARDS_0603', 2023);
    expect(cell(f0603, 'COLLECTIVE_ENTERPRISE', 'CERTIFICATE_OF_MERIT')).toBe(1);
    expect(cell(f0603, 'INDIVIDUAL_WORKER')).toBe(1);
    expect(cell(f0603, 'INDIVIDUAL')).toBe(1);
  });

  it('lists the records behind a cell, page by page; their count is the figure', async () => {
    const args = {
      form: 'PROVINCIAL_AWARDS_0603',
      year: 2023,
      unit: ids.UBND_TINH,
      row: 'COLLECTIVE',
      column: 'TOTAL',
    };
    const figure = cell(await form('PROVINCIAL_AWARDS_0603', 2023), 'COLLECTIVE');
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await client.data(RECORDS, { ...args, after })).statisticalFormRecords;
      expect(page.totalCount).toBe(figure);
      seen.push(...page.nodes.map((n: { recipientNameSnapshot: string }) => n.recipientNameSnapshot));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(figure);
    expect(seen).toContain('Công ty Điện lực tỉnh');
  });

  it('refuses a READER key, an unknown unit, a year out of range and a heading as a cell', async () => {
    const reader = client.as({ keyId: 'r', role: Role.READER, unitId: null, name: 'reader' });
    const refused = await reader.run(FORM, { form: 'MOVEMENTS_0601', year: 2023, unit: ids.UBND_TINH });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reporter = client.as({ keyId: 'p', role: Role.REPORTER, unitId: null, name: 'reporter' });
    expect(
      (await reporter.run(FORM, { form: 'MOVEMENTS_0601', year: 2023, unit: ids.UBND_TINH })).errors,
    ).toBeUndefined();
    const wrongUnit = await client.run(FORM, { form: 'MOVEMENTS_0601', year: 2023, unit: ids.BLOC });
    expect(wrongUnit.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const badYear = await client.run(FORM, { form: 'MOVEMENTS_0601', year: 12023, unit: ids.UBND_TINH });
    expect(badYear.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const heading = await client.run(RECORDS, {
      form: 'MOVEMENTS_0601',
      year: 2023,
      unit: ids.UBND_TINH,
      row: 'BY_SCOPE',
      column: 'TOTAL',
    });
    expect(heading.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
