/**
 * The framework workarounds in src/platform stand on assumptions about the libraries' behaviour.
 * Each is checked here against the library itself, so an upgrade that breaks one fails a test
 * (and an upgrade at all asks for the check to be looked at again).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { execute, getIntrospectionQuery, getOperationAST, isObjectType, parse, type GraphQLField } from 'graphql';
import { compileQuery, isCompiledQuery, type CompilerOptions } from 'graphql-jit';
import { getMetadataStorage } from 'type-graphql';
import { Contribution } from '../src/entities/contributions';
import { entities } from '../src/entities';
import { Unit } from '../src/entities/organisation';
import { toGlobalId } from '../src/core/global-id';
import { COMPILED_EXECUTION_CHECKED_WITH, compiledQueryBytes } from '../src/platform/compiled-execution';
import { INSERT_STATEMENT_CHECKED_WITH, insertStatement } from '../src/platform/insert-statement';
import { PLAIN_FIELD_READS_CHECKED_WITH, plainPropertyOf } from '../src/platform/plain-field-reads';
import { ROW_READER_CHECKED_WITH, rowReader } from '../src/platform/row-reader';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { testSchema } from './helpers/graphql-client';

function installedVersion(name: string): string {
  const file = path.join(__dirname, '..', 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

describe('platform workarounds name the versions they were checked against', () => {
  it.each([
    INSERT_STATEMENT_CHECKED_WITH,
    ROW_READER_CHECKED_WITH,
    PLAIN_FIELD_READS_CHECKED_WITH,
    COMPILED_EXECUTION_CHECKED_WITH,
  ])('$package $version is the installed version', ({ package: name, version }) => {
    expect(installedVersion(name)).toBe(version);
  });
});

describe('plain-field reads', () => {
  it('type-graphql still describes fields, roles, middlewares and field resolvers as the workaround uses', async () => {
    await testSchema();
    const storage = getMetadataStorage();
    const unit = storage.objectTypes.find((type) => type.name === 'Unit');
    const name = unit?.fields?.find((field) => field.name === 'name');
    expect(name).toMatchObject({ schemaName: 'name', target: unit?.target });
    expect(storage.fieldResolvers.some((r) => typeof r.getObjectType === 'function' && r.methodName)).toBe(true);
  });

  it('a column field has no resolver (read inline), a getter field reads its property', async () => {
    const schema = await testSchema();
    const unitType = schema.getType('Unit');
    if (!isObjectType(unitType)) throw new Error('Unit is not an object type');
    const { name, id, members } = unitType.getFields() as Record<string, GraphQLField<unknown, unknown>>;
    expect(name!.resolve).toBeUndefined();
    expect(plainPropertyOf(name!)).toBe('name');
    const unit = Object.assign(new Unit(), { id: 7 });
    expect(id!.resolve?.(unit, {}, {}, {} as never)).toBe(toGlobalId('Unit', 7));
    expect(plainPropertyOf(id!)).toBe('nodeId');
    // A field with a resolver of its own keeps it.
    expect(plainPropertyOf(members!)).toBeUndefined();
    const result = await execute({ schema, document: parse('{ __typename }') });
    expect(result.errors).toBeUndefined();
  });
});

/** graphql-jit's undeclared `debug` option: the compiled query carries its generated code. */
const HAND_OUT_CODE: Partial<CompilerOptions> & { debug: boolean } = { debug: true };

describe('compiled execution', () => {
  it("estimates a compiled query at no less than the compiler's generated code takes in memory", async () => {
    const schema = await testSchema();
    const documents = [
      '{ __typename }',
      '{ units(first: 3) { nodes { id code name shortName kind createdAt updatedAt version deletedAt } } }',
      'query F { units { nodes { ...U } } emulationBlocs { nodes { members(year: 2022) { nodes { ...U } } } } }' +
        ' fragment U on Unit { id code name blocs(year: 2022) { nodes { id name } } }',
      getIntrospectionQuery(),
    ];
    for (const text of documents) {
      const document = parse(text);
      // `debug` hands out the generated code, which the heap keeps 2–4.3 bytes per character of (measured).
      const compiled = compileQuery(schema, document, undefined, HAND_OUT_CODE);
      if (!isCompiledQuery(compiled)) throw new Error(`${text} did not compile`);
      const code = (compiled as { __DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation?: string })
        .__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation;
      expect(typeof code).toBe('string');
      expect(compiledQueryBytes(document, getOperationAST(document)!)).toBeGreaterThanOrEqual(2 * code!.length);
    }
  });
});

describeEachEngine('row reader and insert statement', (ctx) => {
  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    // The seed keeps no files: one register row, so that its entity is read too.
    await ctx.dataSource.query("INSERT INTO stored_files (sha256, sizeBytes, mediaType) VALUES (?, 7, 'image/png')", [
      'e'.repeat(64),
    ]);
  });

  it('hydrates every entity exactly as TypeORM does', async () => {
    for (const entity of entities as Array<new () => object>) {
      const metadata = ctx.dataSource.getMetadata(entity);
      const reader = rowReader(ctx.dataSource, entity, 't');
      const table = ctx.dataSource.driver.escape(metadata.tableName);
      // Every table's key is `id`, but the register of kept files, keyed by its hash.
      const key = metadata.primaryColumns[0]!;
      const raw = (await ctx.dataSource.query(
        `SELECT ${reader.select} FROM ${table} t ORDER BY t.${key.databaseName}`,
      )) as Array<Record<string, unknown>>;
      const viaTypeorm = await ctx.dataSource.manager.find(entity, {
        withDeleted: true,
        order: { [key.propertyName]: 'ASC' },
      });
      expect({ entity: entity.name, rows: raw.map((row) => ({ ...reader.read(row) })) }).toEqual({
        entity: entity.name,
        rows: viaTypeorm.map((row) => ({ ...row })),
      });
    }
  });

  it("writes a row that reads back as the one TypeORM's own insert writes", async () => {
    const template = await ctx.dataSource.manager.findOneByOrFail(Contribution, { amountVnd: '800000000' });
    const values = {
      ...template,
      id: undefined,
      note: 'Ghi chú — đủ dấu',
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    const ours = await ctx.dataSource.transaction((manager) =>
      insertStatement(ctx.dataSource, Contribution).run(manager, ctx.dataSource.manager.create(Contribution, values)),
    );
    const theirs = await ctx.dataSource.manager.insert(
      Contribution,
      ctx.dataSource.manager.create(Contribution, values),
    );
    const read = (id: number) => ctx.dataSource.manager.findOneByOrFail(Contribution, { id });
    const { id: _a, ...ourRow } = await read(Number(ours.id));
    const { id: _b, ...theirRow } = await read(Number(theirs.identifiers[0].id));
    expect(ourRow).toEqual(theirRow);
    expect(ourRow.note).toBe('Ghi chú — đủ dấu');
  });
});
