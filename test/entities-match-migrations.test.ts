/**
 * The entities and the migrations describe the same tables: every column an entity maps exists in
 * the migrated database, with the same nullability and a compatible type. A column added to an
 * entity without its migration fails here, on both engines.
 */
import { describeEachEngine } from './helpers/engines';

/** Storage families: the engines report types in their own words (int/integer, varchar/character varying…). */
function family(type: string): string {
  const t = type.toLowerCase();
  if (/int|bool/.test(t)) return 'integer';
  if (/dec|numeric/.test(t)) return 'decimal';
  if (/char|text|clob|json|simple/.test(t)) return 'text';
  if (/datetime|timestamp/.test(t)) return 'datetime';
  if (t === 'date') return 'date';
  return t;
}

describeEachEngine('entities match migrations', (ctx) => {
  it('every mapped column exists with the same nullability and type family', async () => {
    const runner = ctx.dataSource.createQueryRunner();
    const problems: string[] = [];
    try {
      for (const metadata of ctx.dataSource.entityMetadatas) {
        const table = await runner.getTable(metadata.tableName);
        if (!table) {
          problems.push(`${metadata.tableName}: no such table`);
          continue;
        }
        for (const column of metadata.columns) {
          const actual = table.findColumnByName(column.databaseName);
          const where = `${metadata.tableName}.${column.databaseName}`;
          if (!actual) {
            problems.push(`${where}: mapped by ${metadata.name} but missing from the migrations`);
            continue;
          }
          if (actual.isNullable !== column.isNullable && !column.isPrimary)
            problems.push(`${where}: nullable ${column.isNullable} in the entity, ${actual.isNullable} in the table`);
          const expected = family(ctx.dataSource.driver.normalizeType(column));
          if (family(actual.type) !== expected)
            problems.push(`${where}: ${expected} in the entity, ${actual.type} in the table`);
        }
      }
    } finally {
      await runner.release();
    }
    expect(problems).toEqual([]);
  });
});
