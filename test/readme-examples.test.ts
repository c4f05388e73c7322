/**
 * The documentation's GraphQL examples (README.md and docs/*.md) are real operations: each one is
 * run against the article's data and must answer without errors, so the documentation cannot drift
 * from the schema. Steps of a flow that take variables (the IDs earlier answers gave) are validated
 * against the schema instead; test/proposals-walk.test.ts runs the same flow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isObjectType, parse, validate, type OperationDefinitionNode } from 'graphql';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient, testSchema } from './helpers/graphql-client';

const ROOT = path.join(__dirname, '..');
const DOCUMENTS = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).map((name) => path.join('docs', name))];

function documentedOperations(): string[] {
  const text = DOCUMENTS.map((file) => readFileSync(path.join(ROOT, file), 'utf8')).join('\n');
  const blocks = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  // A block may hold several operations; each runs on its own.
  return blocks.flatMap((block) =>
    parse(block).definitions.map((definition) =>
      block.slice((definition as OperationDefinitionNode).loc!.start, (definition as OperationDefinitionNode).loc!.end),
    ),
  );
}

describe("the documentation's claims about connections", () => {
  it('every connection has totalCount except the change feed, which is read forward by cursor', async () => {
    const schema = await testSchema();
    const withoutTotal = Object.values(schema.getTypeMap())
      .filter((type) => type.name.endsWith('Connection') && isObjectType(type) && !type.getFields().totalCount)
      .map((type) => type.name);
    expect(withoutTotal).toEqual(['ChangeConnection']);
    const changeArguments = schema
      .getQueryType()!
      .getFields()
      .changes!.args.map((arg) => arg.name);
    expect(changeArguments.sort()).toEqual(['after', 'first']);
  });
});

describeEachEngine("the documentation's examples", (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
  });
  afterAll(() => client.stop());

  const all = documentedOperations();
  const takesVariables = (operation: string) =>
    ((parse(operation).definitions[0] as OperationDefinitionNode).variableDefinitions ?? []).length > 0;
  const operations = all.filter((operation) => !takesVariables(operation));

  it.each(all.filter(takesVariables).map((operation) => [operation.split('\n')[0]!.slice(0, 60), operation]))(
    'validates %s',
    async (_title, operation) => {
      expect(validate(await testSchema(), parse(operation)).map((e) => e.message)).toEqual([]);
    },
  );

  it('has examples to run', () => {
    expect(operations.length).toBeGreaterThanOrEqual(9);
  });

  it.each(operations.map((operation) => [operation.split('\n')[0]!.slice(0, 60), operation]))(
    'runs %s',
    async (_title, operation) => {
      const result = await client.run(operation);
      expect(result.errors).toBeUndefined();
      expect(result.data).not.toBeNull();
    },
  );
});
