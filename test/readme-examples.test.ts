/**
 * The README's GraphQL examples are real operations: each one is run against the article's data
 * and must answer without errors, so the documentation cannot drift from the schema.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

function readmeOperations(): string[] {
  const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  // A block may hold several operations; each runs on its own.
  return blocks.flatMap((block) =>
    parse(block).definitions.map((definition) =>
      block.slice((definition as OperationDefinitionNode).loc!.start, (definition as OperationDefinitionNode).loc!.end),
    ),
  );
}

describeEachEngine("the README's examples", (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
  });
  afterAll(() => client.stop());

  const operations = readmeOperations();

  it('has examples to run', () => {
    expect(operations.length).toBeGreaterThanOrEqual(4);
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
