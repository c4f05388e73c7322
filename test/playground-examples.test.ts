/** The playground's example operations are real: each runs on the article's data without errors. */
import { PLAYGROUND_EXAMPLES } from '../src/playground/examples';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

describeEachEngine("the playground's examples", (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
  });
  afterAll(() => client.stop());

  it('has examples for the portal, reporting and administration', () => {
    expect(new Set(PLAYGROUND_EXAMPLES.map((e) => e.audience))).toEqual(
      new Set(['portal', 'reporting', 'administration']),
    );
  });

  it.each(PLAYGROUND_EXAMPLES.map((e) => [e.title, e]))('runs %s', async (_title, example) => {
    const result = await client.run(example.query, example.variables ?? {});
    expect(result.errors).toBeUndefined();
    expect(result.data).not.toBeNull();
  });
});
