/**
 * The database itself refuses what the domain forbids, whatever path a write takes: unique keys,
 * foreign keys and CHECK constraints on both engines.
 */
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';

describeEachEngine('database constraints', (ctx) => {
  let ids: {
    bloc: number;
    unitA: number;
    unitB: number;
    movement: number;
    house: number;
    decision: number;
    flagType: number;
  };

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    const one = async (sql: string) => Number((await ctx.dataSource.query(sql))[0].id);
    ids = {
      bloc: await one("SELECT id FROM emulation_blocs WHERE code = 'KHOI_KH_VH_XH'"),
      unitA: await one("SELECT id FROM units WHERE code = 'SO_YTE'"),
      unitB: await one("SELECT id FROM units WHERE code = 'SO_KHCN'"),
      movement: await one("SELECT id FROM movements WHERE code = 'VI_NGUOI_NGHEO'"),
      house: await one("SELECT id FROM contribution_kinds WHERE code = 'HOUSE'"),
      decision: await one('SELECT id FROM award_decisions'),
      flagType: await one("SELECT id FROM award_types WHERE code = 'CO_THI_DUA_CAP_TINH'"),
    };
  });

  /** The statement fails and the table's row count is what it was. */
  async function refused(table: string, sql: string, params: unknown[] = []): Promise<void> {
    const count = async () => Number((await ctx.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    const before = await count();
    await expect(ctx.dataSource.query(sql, params)).rejects.toThrow();
    expect(await count()).toBe(before);
  }

  it('refuses a second LEADER for one bloc and year', async () => {
    await refused(
      'bloc_leaderships',
      "INSERT INTO bloc_leaderships (blocId, year, unitId, role) VALUES (?, 2022, ?, 'LEADER')",
      [ids.bloc, ids.unitB],
    );
  });

  it('refuses a contribution with both a unit and a bloc, and one with neither', async () => {
    const sql =
      'INSERT INTO contributions (movementId, year, unitId, blocId, kindId, quantity) VALUES (?, 2022, ?, ?, ?, 1)';
    await refused('contributions', sql, [ids.movement, ids.unitA, ids.bloc, ids.house]);
    await refused('contributions', sql, [ids.movement, null, null, ids.house]);
  });

  it('refuses negative quantities and amounts', async () => {
    const sql =
      'INSERT INTO contributions (movementId, year, blocId, kindId, quantity, amountVnd) VALUES (?, 2022, ?, ?, ?, ?)';
    await refused('contributions', sql, [ids.movement, ids.bloc, ids.house, 1, '-1']);
    await refused('contributions', sql, [ids.movement, ids.bloc, ids.house, -1, '0']);
  });

  it('refuses an unknown enum value and a dangling foreign key', async () => {
    await refused('units', "INSERT INTO units (code, name, kind, searchKey) VALUES ('X1', 'X', 'MINISTRY', 'x')");
    await refused(
      'contributions',
      'INSERT INTO contributions (movementId, year, blocId, kindId) VALUES (999999, 2022, ?, ?)',
      [ids.bloc, ids.house],
    );
  });

  it('refuses a second decision with the same number from the same issuer in the same year', async () => {
    const [decision] = await ctx.dataSource.query(
      'SELECT decisionNo, issuingUnitId FROM award_decisions WHERE id = ?',
      [ids.decision],
    );
    await refused(
      'award_decisions',
      'INSERT INTO award_decisions (decisionNo, signedOn, signedYear, issuingUnitId, level, commendationType) ' +
        "VALUES (?, '2023-06-01', 2023, ?, 'PROVINCE', 'MERIT')",
      [decision.decisionNo, decision.issuingUnitId],
    );
  });

  it('refuses an award whose recipient does not match its subject type, and a second annual title', async () => {
    const insert = `INSERT INTO awards (decisionId, awardTypeId, subjectType, recipientUnitId, recipientPersonId,
        recipientNameSnapshot, achievementYear, annualTitleKey)
      VALUES (?, ?, ?, ?, NULL, 'x', 2022, ?)`;
    await refused('awards', insert, [ids.decision, ids.flagType, 'INDIVIDUAL', ids.unitA, null]);
    const [{ annualTitleKey }] = await ctx.dataSource.query(
      'SELECT annualTitleKey FROM awards WHERE annualTitleKey IS NOT NULL',
    );
    await refused('awards', insert, [ids.decision, ids.flagType, 'COLLECTIVE', ids.unitA, annualTitleKey]);
  });
});
