import { migrations } from '../migrations';
import { describeEachEngine } from './helpers/engines';

const DOMAIN_TABLES = [
  'units',
  'persons',
  'emulation_blocs',
  'bloc_memberships',
  'bloc_leaderships',
  'events',
  'movements',
  'movement_outcomes',
  'contribution_kinds',
  'funds',
  'pledges',
  'pledge_signatories',
  'pledge_targets',
  'contributions',
  'contests',
  'contest_prizes',
  'award_types',
  'base_salaries',
  'criteria_sets',
  'criteria',
  'evaluations',
  'evaluation_scores',
  'evaluation_results',
  'award_decisions',
  'awards',
  'audit_events',
  'change_log',
  'change_feed_state',
];

describeEachEngine(
  'migrations',
  (ctx) => {
    const tables = async (): Promise<string[]> => {
      const runner = ctx.dataSource.createQueryRunner();
      try {
        const found = await runner.getTables(DOMAIN_TABLES);
        return found.map((t) => t.name.split('.').pop() as string).sort();
      } finally {
        await runner.release();
      }
    };

    it('go up, all the way down, and up again', async () => {
      await ctx.dataSource.runMigrations();
      expect(await tables()).toEqual([...DOMAIN_TABLES].sort());
      expect(await ctx.dataSource.showMigrations()).toBe(false);

      for (let i = 0; i < migrations.length; i += 1) await ctx.dataSource.undoLastMigration();
      expect(await tables()).toEqual([]);
      expect(await ctx.dataSource.showMigrations()).toBe(true);

      await ctx.dataSource.runMigrations();
      expect(await tables()).toEqual([...DOMAIN_TABLES].sort());
      expect(await ctx.dataSource.showMigrations()).toBe(false);
    });

    it('stores Vietnamese text exactly (utf8mb4 on MySQL)', async () => {
      const name = 'Sở Lao động – Thương binh và Xã hội 🇻🇳';
      await ctx.dataSource.query(
        "INSERT INTO units (code, name, kind, searchKey) VALUES ('T_UTF8', ?, 'DEPARTMENT', 'x')",
        [name],
      );
      const [row] = await ctx.dataSource.query("SELECT name FROM units WHERE code = 'T_UTF8'");
      expect(row.name).toBe(name);
      if (ctx.engine === 'mysql') {
        const [info] = await ctx.dataSource.query(
          'SELECT TABLE_COLLATION AS c FROM information_schema.TABLES ' +
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'contributions'",
        );
        expect(info.c).toBe('utf8mb4_unicode_ci');
      }
    });
  },
  { migrate: false },
);
