/** The test harness itself: each engine gets a fresh, migrated database and counts statements. */
import { MigrationExecutor } from 'typeorm';
import { engineOf } from '../src/db/data-source';
import { describeEachEngine, enginesUnderTest } from './helpers/engines';

it('covers SQLite always and MySQL exactly when TEST_MYSQL_URL is set', () => {
  expect(enginesUnderTest()).toEqual(process.env.TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite']);
});

describeEachEngine('the engine harness', (ctx) => {
  it('hands out an initialised DataSource of the named engine', () => {
    expect(ctx.dataSource.isInitialized).toBe(true);
    expect(engineOf(ctx.dataSource)).toBe(ctx.engine);
  });

  it('builds the schema with every real migration', async () => {
    expect(await new MigrationExecutor(ctx.dataSource).getPendingMigrations()).toEqual([]);
    expect(ctx.dataSource.migrations.length).toBeGreaterThan(0);
  });

  it('counts the statements a piece of work sends', async () => {
    const { result, count, statements } = await ctx.countStatements(async () => {
      await ctx.dataSource.query('SELECT 1');
      return ctx.dataSource.query('SELECT 2 AS two');
    });
    expect(count).toBe(2);
    expect(statements).toEqual(['SELECT 1', 'SELECT 2 AS two']);
    expect(result).toEqual([{ two: expect.anything() }]);
  });

  it('counts nothing for work that stays in memory', async () => {
    expect((await ctx.countStatements(async () => 42)).count).toBe(0);
  });

  if (ctx.engine === 'mysql') {
    it('creates a utf8mb4 database of its own', async () => {
      const [row] = await ctx.dataSource.query(
        'SELECT DATABASE() AS name, @@character_set_database AS charset, @@collation_database AS collation',
      );
      expect(row).toEqual({
        name: expect.stringMatching(/^tdkt_test_harness_[0-9a-f]{8}$/),
        charset: 'utf8mb4',
        collation: 'utf8mb4_unicode_ci',
      });
    });
  }
});
