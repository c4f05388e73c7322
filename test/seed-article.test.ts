import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

describeEachEngine('the article seed', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  beforeAll(async () => {
    expect(await seedArticle(ctx.dataSource)).toEqual({ inserted: true });
  });
  afterAll(() => client.stop());

  it('is idempotent: a second run writes nothing', async () => {
    const count = async () => (await ctx.dataSource.query('SELECT COUNT(*) AS n FROM change_log'))[0].n;
    const before = Number(await count());
    expect(await seedArticle(ctx.dataSource)).toEqual({ inserted: false });
    expect(Number(await count())).toBe(before);
  });

  it('has the bloc with its 7 members, found by an accent-free search', async () => {
    const data = await client.data(`{
      emulationBlocs(search: "khoa hoc van hoa xa hoi") {
        totalCount
        nodes { code kind members(year: 2022) { totalCount nodes { name } } }
      }
    }`);
    expect(data.emulationBlocs.totalCount).toBe(1);
    const bloc = data.emulationBlocs.nodes[0];
    expect(bloc.kind).toBe('BLOC');
    expect(bloc.members.totalCount).toBe(7);
    expect(bloc.members.nodes.map((u: { name: string }) => u.name).sort()).toEqual(
      [
        'Sở Giáo dục và Đào tạo',
        'Sở Thông tin và Truyền thông',
        'Đài Phát thanh và Truyền hình tỉnh',
        'Sở Y tế',
        'Sở Khoa học và Công nghệ',
        'Sở Lao động – Thương binh và Xã hội',
        'Sở Văn hóa – Thể thao và Du lịch',
      ].sort(),
    );
  });

  it("answers the bloc's 2022 poverty contributions: HOUSE 8 / 800,000,000 VND, STUDENT_SUPPORT 25", async () => {
    const data = await client.data(`{
      movements(search: "vi nguoi ngheo") {
        nodes {
          contributions(filter: { year: { eq: 2022 } }) {
            nodes { quantity amountVnd kind { code unitOfMeasure } unit { code } bloc { code } }
          }
        }
      }
    }`);
    const rows = data.movements.nodes[0].contributions.nodes as Array<{
      quantity: number | null;
      amountVnd: string | null;
      kind: { code: string };
      unit: null;
      bloc: { code: string };
    }>;
    const byKind = Object.fromEntries(rows.map((r) => [r.kind.code, r]));
    expect(byKind.HOUSE).toMatchObject({
      quantity: 8,
      amountVnd: '800000000',
      unit: null,
      bloc: { code: 'KHOI_KH_VH_XH' },
    });
    expect(byKind.STUDENT_SUPPORT).toMatchObject({ quantity: 25, amountVnd: null, unit: null });
    // The article names loan support without figures: recorded, with nothing invented.
    expect(byKind.LOAN_SUPPORT).toMatchObject({ quantity: null, amountVnd: null });
    expect(rows).toHaveLength(3);
  });

  it('keeps the 2023 pledge, signed on 2022-12-12 by all 7 members', async () => {
    const [pledge] = await ctx.dataSource.query(
      `SELECT p.id, p.year, p.signedOn, e.heldOn, e.kind FROM pledges p JOIN emulation_blocs b ON b.id = ` +
        `p.blocId JOIN events e ON e.id = p.eventId WHERE b.code = 'KHOI_KH_VH_XH'`,
    );
    expect(pledge).toMatchObject({ year: 2023, signedOn: '2022-12-12', heldOn: '2022-12-12', kind: 'YEAR_END_REVIEW' });
    const [{ n }] = await ctx.dataSource.query(
      `SELECT COUNT(*) AS n FROM pledge_signatories s JOIN bloc_memberships m ON m.unitId = s.unitId AND ` +
        `m.fromYear <= 2023 AND (m.toYear IS NULL OR m.toYear >= 2023) WHERE s.pledgeId = ?`,
      [pledge.id],
    );
    expect(Number(n)).toBe(7);
  });

  it('stores the 7 districts as a movement outcome, never as a contribution', async () => {
    const outcomes = await ctx.dataSource.query(
      `SELECT indicator, value, unitOfMeasure FROM movement_outcomes WHERE year = 2022 ORDER BY indicator`,
    );
    expect(outcomes[0]).toMatchObject({ indicator: 'HUYEN_DAT_CHUAN_NTM', unitOfMeasure: 'huyện' });
    expect(Number(outcomes[0].value)).toBe(7);
    const [{ n }] = await ctx.dataSource.query(
      `SELECT COUNT(*) AS n FROM contributions c JOIN movements m ON m.id = c.movementId WHERE m.code LIKE ` +
        `'NONG_THON_MOI%'`,
    );
    expect(Number(n)).toBe(0);
  });

  it('flags every invented row as illustrative', async () => {
    for (const table of [
      'bloc_leaderships',
      'pledge_targets',
      'contest_prizes',
      'criteria_sets',
      'evaluations',
      'award_decisions',
    ]) {
      const [{ total, illustrative }] = await ctx.dataSource.query(
        `SELECT COUNT(*) AS total, SUM(CASE WHEN isIllustrative THEN 1 ELSE 0 END) AS illustrative FROM ${table}`,
      );
      expect(Number(total)).toBeGreaterThan(0);
      expect(Number(illustrative)).toBe(Number(total));
    }
  });

  it('derives the illustrative flag award from the evaluation and the base salary in force', async () => {
    const [award] = await ctx.dataSource.query(
      `SELECT a.prizeCoefficient, a.baseSalaryVnd, a.prizeAmountVnd, r.\`rank\`
       FROM awards a JOIN award_types t ON t.id = a.awardTypeId
       JOIN evaluation_results r ON r.unitId = a.recipientUnitId WHERE t.code = 'CO_THI_DUA_CAP_TINH'`,
    );
    expect(Number(award.rank)).toBe(1);
    expect(String(award.baseSalaryVnd)).toBe('1490000'); // in force on 2023-01-16 (Decree 38/2019)
    // Decree 91/2017's 8.0 × 1,490,000 = 11,920,000 (not the repealed Decree 42/2010's 15.5).
    expect(String(award.prizeCoefficient)).toMatch(/^8(\.0+)?$/);
    expect(String(award.prizeAmountVnd)).toBe('11920000');
  });
});
