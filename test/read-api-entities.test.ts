/**
 * Every entity can be found and explored through GraphQL: each Node type has its root fields, and
 * the article's records are reachable through the relations a user would walk.
 */
import { type GraphQLObjectType, isObjectType } from 'graphql';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient, testSchema } from './helpers/graphql-client';

interface RootFieldPair {
  type: string;
  one: string;
  many: string;
}

/** For each type implementing Node: the root field returning it and the one returning its connection. */
async function rootFieldsOfNodeTypes(): Promise<RootFieldPair[]> {
  const schema = await testSchema();
  const query = schema.getQueryType() as GraphQLObjectType;
  const nodeTypes = Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'),
  );
  return nodeTypes.map((type) => {
    const fields = Object.values(query.getFields());
    const one = fields.find((f) => f.type.toString() === type.name && f.args.some((a) => a.name === 'id'));
    const many = fields.find((f) => f.type.toString() === `${type.name}Connection!`);
    return { type: type.name, one: one?.name ?? '', many: many?.name ?? '' };
  });
}

describeEachEngine('the read API over every entity', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
  });
  afterAll(() => client.stop());

  it('has, for every Node type, a lookup by ID and a plural connection, and both find the same records', async () => {
    const pairs = await rootFieldsOfNodeTypes();
    expect(pairs.length).toBeGreaterThanOrEqual(25);
    const missing = pairs.filter((p) => !p.one || !p.many).map((p) => p.type);
    expect(missing).toEqual([]);
    const empty: string[] = [];
    for (const { type, one, many } of pairs) {
      const list = await client.data(`{ ${many}(first: 2) { totalCount nodes { id databaseId __typename } } }`);
      const { totalCount, nodes } = list[many] as {
        totalCount: number;
        nodes: Array<{ id: string; databaseId: number; __typename: string }>;
      };
      if (totalCount === 0) {
        empty.push(type);
        continue;
      }
      expect(nodes[0].__typename).toBe(type);
      const found = await client.data(
        `query($id: ID!) { ${one}(id: $id) { id databaseId } node(id: $id) { __typename } }`,
        { id: nodes[0].id },
      );
      expect(found[one]).toEqual({ id: nodes[0].id, databaseId: nodes[0].databaseId });
      expect(found.node.__typename).toBe(type);
    }
    // The article's dataset touches every entity but dossiers' documents, which are uploaded files.
    expect(empty).toEqual(['ProposalDocument']);
  });

  it('walks from a unit to its blocs, leadership years and award history', async () => {
    const data = await client.data(`{
      units(filter: { code: { eq: "SO_YTE" } }) {
        nodes {
          blocs(year: 2022) { nodes { code } }
          memberships { nodes { fromYear toYear bloc { code } } }
          leaderships { nodes { year role bloc { code } } }
          awardHistory {
            totalCount
            nodes {
              achievementYear status prizeAmountVnd
              awardType { code name }
              decision { decisionNo signedOn issuingUnit { code } }
              recipient { __typename ... on Unit { code } }
            }
          }
        }
      }
    }`);
    const unit = data.units.nodes[0];
    expect(unit.blocs.nodes).toEqual([{ code: 'KHOI_KH_VH_XH' }]);
    expect(unit.memberships.nodes[0].bloc.code).toBe('KHOI_KH_VH_XH');
    expect(unit.leaderships.nodes).toEqual([
      { year: 2023, role: 'LEADER', bloc: { code: 'KHOI_KH_VH_XH' } },
      { year: 2022, role: 'DEPUTY', bloc: { code: 'KHOI_KH_VH_XH' } },
    ]);
    for (const award of unit.awardHistory.nodes) {
      expect(award.decision).toMatchObject({
        decisionNo: '125/QĐ-UBND',
        signedOn: '2023-01-16',
        issuingUnit: { code: 'UBND_TINH' },
      });
      expect(award.achievementYear).toBe(2022);
      expect(award.recipient).toEqual({ __typename: 'Unit', code: 'SO_YTE' });
    }
  });

  it('walks from the bloc to its leaders by year, pledge, evaluation, contest and fund', async () => {
    const data = await client.data(`{
      emulationBlocs(filter: { code: { eq: "KHOI_KH_VH_XH" } }) {
        nodes {
          leaderships(year: 2023) { nodes { role unit { code } } }
          pledges {
            nodes {
              year signedOn signatories { totalCount } targets { nodes { targetQuantity kind { code } unit { code } } }
            }
          }
          evaluations {
            nodes { year results(first: 3) { nodes { rank totalPoints unit { code } } } scores { totalCount } }
          }
          contests {
            nodes {
              name
              prizes(filter: { rank: { eq: FIRST }, recipientPersonId: { isNull: false } }) {
                nodes { rank amountVnd recipientUnit { code } recipientPerson { fullName unit { code } } }
              }
            }
          }
          funds { nodes { code ownerBloc { code } } }
        }
      }
    }`);
    const bloc = data.emulationBlocs.nodes[0];
    expect(bloc.leaderships.nodes).toEqual([
      { role: 'LEADER', unit: { code: 'SO_YTE' } },
      { role: 'DEPUTY', unit: { code: 'SO_KHCN' } },
    ]);
    const pledge2023 = bloc.pledges.nodes.find((p: { year: number }) => p.year === 2023);
    expect(pledge2023).toMatchObject({ signedOn: '2022-12-12', signatories: { totalCount: 7 } });
    expect(pledge2023.targets.nodes.map((t: { kind: { code: string } }) => t.kind.code).sort()).toEqual([
      'HOUSE',
      'STUDENT_SUPPORT',
    ]);
    const results = bloc.evaluations.nodes[0].results.nodes as Array<{ rank: number }>;
    expect(results.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(bloc.evaluations.nodes[0].scores.totalCount).toBe(21);
    expect(bloc.contests.nodes[0].prizes.nodes).toEqual([
      {
        rank: 'FIRST',
        amountVnd: '1500000',
        recipientUnit: null,
        recipientPerson: { fullName: 'Nguyễn Thị Minh Anh', unit: { code: 'SO_GDDT' } },
      },
    ]);
    expect(bloc.funds.nodes).toEqual([{ code: 'QUY_TIEP_SUC_DEN_TRUONG', ownerBloc: { code: 'KHOI_KH_VH_XH' } }]);
  });

  it('walks from a movement to its outcomes and from a decision to its awards', async () => {
    const data = await client.data(`{
      movementOutcomes(filter: { year: { eq: 2022 } }) { nodes { indicator value movement { code } } }
      awardDecisions {
        nodes { decisionNo awards { totalCount nodes { recipient { __typename } awardType { code } } } }
      }
    }`);
    expect(
      data.movementOutcomes.nodes.some((o: { value: string | null }) => o.value !== null && Number(o.value) === 7),
    ).toBe(true);
    const decision = data.awardDecisions.nodes[0];
    expect(decision.decisionNo).toBe('125/QĐ-UBND');
    expect(decision.awards.totalCount).toBeGreaterThan(0);
  });

  it('searches persons, contests and funds without accents, đ included', async () => {
    const data = await client.data(`{
      duc: persons(search: "tran van duc") { nodes { fullName } }
      accented: persons(search: "Trần Văn Đức") { nodes { fullName } }
      contests(search: "chuyen doi so") { totalCount }
      funds(search: "tiep suc den truong") { totalCount }
    }`);
    expect(data.duc.nodes).toEqual([{ fullName: 'Trần Văn Đức' }]);
    expect(data.accented.nodes).toEqual([{ fullName: 'Trần Văn Đức' }]);
    expect(data.contests.totalCount).toBe(1);
    expect(data.funds.totalCount).toBe(1);
  });

  it('filters through the new relation filters: awards by award type code, results by evaluation year', async () => {
    const data = await client.data(`{
      awards(filter: { awardType: { code: { startsWith: "CO_THI_DUA" } } }) { nodes { awardType { code } } }
      evaluationResults(filter: { evaluation: { year: { eq: 2022 } }, rank: { eq: 1 } }) { nodes { unit { code } } }
      none: evaluationResults(filter: { evaluation: { year: { eq: 1999 } } }) { totalCount }
    }`);
    for (const award of data.awards.nodes) expect(award.awardType.code.startsWith('CO_THI_DUA')).toBe(true);
    expect(data.evaluationResults.nodes).toHaveLength(1);
    expect(data.none.totalCount).toBe(0);
  });
});
