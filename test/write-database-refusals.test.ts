/**
 * No write reaches a database error: a null for every nullable input field of every mutation, and
 * the restore of a record whose parent was deleted since, are answered with userErrors (or succeed)
 * — never a top-level INTERNAL_SERVER_ERROR.
 */
import { getNullableType, isInputObjectType, isListType, type GraphQLInputObjectType } from 'graphql';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient, testSchema } from './helpers/graphql-client';
import { insertDocumentRows } from './helpers/files';
import { MutationInputs } from './helpers/mutation-inputs';
import { mutateOk, runMutation, type MutationResult } from './helpers/mutations';

function internalErrors(result: MutationResult): string[] {
  return (result.errors ?? [])
    .filter((e) => e.extensions?.code === undefined || e.extensions.code === 'INTERNAL_SERVER_ERROR')
    .map((e) => e.message);
}

/** The input object type of a mutation's `input` argument. */
function inputObjectOf(type: Parameters<typeof getNullableType>[0]): GraphQLInputObjectType {
  const nullable = getNullableType(type);
  if (!isInputObjectType(nullable)) throw new Error(`${String(type)} is not an input object`);
  return nullable;
}

describeEachEngine('database refusals become userErrors', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  const inputs = new MutationInputs(() => ctx.dataSource);
  afterAll(() => client.stop());
  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    // A document of a seeded dossier, so that every mutation has a record to name.
    await insertDocumentRows(ctx.dataSource, await inputs.firstIdOf('Proposal'), ['OTHER']);
  });

  it('null in every nullable input field of every mutation', async () => {
    const schema = await testSchema();
    const failures: string[] = [];
    let sent = 0;
    for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
      const inputType = inputObjectOf(mutation.args[0]!.type);
      for (const field of Object.values(inputType.getFields())) {
        const input = (await inputs.inputFor(mutation.name, inputType)) as Record<string, unknown>;
        const send = async (what: string, values: Record<string, unknown>) => {
          sent += 1;
          const result = await runMutation(client, mutation.name, values);
          for (const message of internalErrors(result)) failures.push(`${mutation.name}.${what}: ${message}`);
        };
        const type = getNullableType(field.type);
        if (field.type === type) await send(field.name, { ...input, [field.name]: null });
        // A multi-row input: null in each nullable field of a line.
        if (isListType(type) && isInputObjectType(getNullableType(type.ofType))) {
          const line = inputObjectOf(type.ofType);
          const lines = (input[field.name] as Array<Record<string, unknown>> | undefined) ?? [];
          for (const lineField of Object.values(line.getFields())) {
            if (lineField.type !== getNullableType(lineField.type) || lines.length === 0) continue;
            const nulled = [{ ...lines[0], [lineField.name]: null }];
            await send(`${field.name}.${lineField.name}`, { ...input, [field.name]: nulled });
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(250);
  });

  it('restoring a record whose parent is deleted is refused until the parent is back', async () => {
    const bloc = await inputs.firstIdOf('EmulationBloc');
    const set = await mutateOk(client, 'createCriteriaSet', {
      blocId: bloc,
      year: 2031,
      maxTotal: '100.00',
      criteria: [{ code: 'TC1', name: 'Tiêu chí 1', maxPoints: '10.00' }],
    });
    const data = await client.data(
      `query($id: ID!) { node(id: $id) { ... on CriteriaSet { criteria { nodes { id version } } } } }`,
      {
        id: set.id,
      },
    );
    const criterion = data.node.criteria.nodes[0];
    const deletedChild = await mutateOk(client, 'deleteCriterion', {
      id: criterion.id,
      expectedVersion: criterion.version,
    });
    const deletedParent = await mutateOk(client, 'deleteCriteriaSet', { id: set.id, expectedVersion: set.version });

    const refused = await runMutation(client, 'restoreCriterion', {
      id: criterion.id,
      expectedVersion: deletedChild.version,
    });
    expect(refused.errors).toBeUndefined();
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ code: 'PARENT_DELETED', field: ['input', 'criteriaSetId'] }),
    ]);

    await mutateOk(client, 'restoreCriteriaSet', { id: set.id, expectedVersion: deletedParent.version });
    const restored = await mutateOk(client, 'restoreCriterion', {
      id: criterion.id,
      expectedVersion: deletedChild.version,
    });
    expect(restored.id).toBe(criterion.id);
  });
});
