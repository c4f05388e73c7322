/**
 * Every foreign key a list declares filterable is filtered by global ID under its own name
 * (`parentId`, `managingUnitId`, `blocId`…), as well as by the referenced record's fields under
 * the relation's name — both derived from the one field declaration, so they agree.
 */
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

describeEachEngine('reference filters by global ID', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  const ids: Record<string, string> = {};
  afterAll(() => client.stop());

  /** Creates a record through its mutation and keeps its global ID under `key`. */
  async function create(key: string, mutation: string, field: string, input: Record<string, unknown>) {
    const type = mutation.slice('create'.length);
    const reply = await client.data(
      `mutation($input: Create${type}Input!) { ${mutation}(input: $input) { ${field} { id } userErrors { message } } }`,
      { input },
    );
    expect(reply[mutation].userErrors).toEqual([]);
    ids[key] = reply[mutation][field].id;
  }

  beforeAll(async () => {
    await create('parent', 'createUnit', 'unit', { code: 'REF_PARENT', name: 'Sở Cha', kind: 'DEPARTMENT' });
    await create('child', 'createUnit', 'unit', {
      code: 'REF_CHILD',
      name: 'Phòng Con',
      kind: 'AGENCY',
      parentId: ids.parent,
    });
    await create('bloc', 'createEmulationBloc', 'bloc', {
      code: 'REF_BLOC',
      name: 'Khối Tham chiếu',
      kind: 'BLOC',
      managingUnitId: ids.parent,
    });
    await create('blocRun', 'createMovement', 'movement', {
      code: 'REF_MV_BLOC',
      name: 'Phong trào của khối',
      kind: 'REGULAR',
      scope: 'BLOC',
      blocId: ids.bloc,
    });
    await create('sub', 'createMovement', 'movement', {
      code: 'REF_MV_SUB',
      name: 'Phong trào con',
      kind: 'THEMATIC',
      scope: 'BLOC',
      parentId: ids.blocRun,
      blocId: ids.bloc,
    });
  });

  /** The codes a list answers for a filter. */
  async function codes(list: string, filter: Record<string, unknown>): Promise<string[]> {
    const reply = await client.data(
      `query($filter: ${filterType(list)}) { ${list}(filter: $filter) { nodes { code } } }`,
      {
        filter,
      },
    );
    return (reply[list].nodes as Array<{ code: string }>).map((n) => n.code).sort();
  }
  const filterType = (list: string) =>
    ({ units: 'UnitFilter', emulationBlocs: 'EmulationBlocFilter', movements: 'MovementFilter' })[list];

  it('filters units by their parent unit', async () => {
    expect(await codes('units', { parentId: { eq: ids.parent } })).toEqual(['REF_CHILD']);
    expect(await codes('units', { parent: { id: { eq: ids.parent } } })).toEqual(['REF_CHILD']);
    expect(await codes('units', { code: { startsWith: 'REF_' }, parentId: { isNull: true } })).toEqual(['REF_PARENT']);
  });

  it('filters blocs by their managing unit', async () => {
    expect(await codes('emulationBlocs', { managingUnitId: { in: [ids.parent, ids.child] } })).toEqual(['REF_BLOC']);
    expect(await codes('emulationBlocs', { managingUnitId: { eq: ids.child } })).toEqual([]);
  });

  it('filters movements by their running bloc and by their parent movement', async () => {
    expect(await codes('movements', { blocId: { eq: ids.bloc } })).toEqual(['REF_MV_BLOC', 'REF_MV_SUB']);
    expect(await codes('movements', { bloc: { code: { eq: 'REF_BLOC' } } })).toEqual(['REF_MV_BLOC', 'REF_MV_SUB']);
    expect(await codes('movements', { parentId: { eq: ids.blocRun } })).toEqual(['REF_MV_SUB']);
  });

  it('refuses the global ID of another type', async () => {
    const reply = await client.run(`{ units(filter: { parentId: { eq: "${ids.bloc}" } }) { nodes { code } } }`);
    expect(reply.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
