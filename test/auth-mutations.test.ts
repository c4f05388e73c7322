/**
 * A walk over every mutation of the built schema. First, who may not write: without a key
 * (UNAUTHENTICATED), with a READER or REPORTER key, and with an EDITOR key whose unit covers none
 * of the records (FORBIDDEN) — and the database is exactly as before. Then, with an ADMIN key, each
 * mutation in a record's life (create → update → delete → restore, revocations) succeeds and writes
 * exactly one audit event. A new mutation the walk does not reach fails it.
 */
import { getNamedType, isLeafType, isNonNullType, type GraphQLInputType, type GraphQLObjectType } from 'graphql';
import { Role, type Caller } from '../src/auth/caller';
import { entities } from '../src/entities';
import { fromGlobalId, toGlobalId } from '../src/core/global-id';
import { seedArticle } from '../src/seed/article';
import { databaseFingerprint } from './helpers/db-state';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient, testSchema } from './helpers/graphql-client';
import { MutationInputs, ownTypeOf } from './helpers/mutation-inputs';
import { mutateOk, runMutation } from './helpers/mutations';
import { insertDocumentRows } from './helpers/files';
import { walkDossierMutations } from './helpers/proposal-mutations-walk';

describeEachEngine('authorization and audit of every mutation', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  let outsiderUnitId = 0;
  const unitIds: Record<string, string> = {};

  const inputs = new MutationInputs(() => ctx.dataSource);
  const firstIdOf = (typeName: string) => inputs.firstIdOf(typeName);
  const inputFor = (mutation: string, type: GraphQLInputType) => inputs.inputFor(mutation, type);

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    // A document of a seeded dossier, for the refusals of deleteProposalDocument.
    await insertDocumentRows(ctx.dataSource, await firstIdOf('Proposal'), ['OTHER']);
    const units = await client.data(`{ units(first: 20) { nodes { id databaseId code } } }`);
    for (const u of units.units.nodes) unitIds[u.code] = u.id;
    outsiderUnitId = (
      await mutateOk(client, 'createUnit', { code: 'SO_NGOAI', name: 'Sở Ngoài khối', kind: 'DEPARTMENT' })
    ).databaseId;
  });

  it('refuses every mutation without a key, with a READER or REPORTER key, and to an EDITOR out of scope', async () => {
    const schema = await testSchema();
    const fields = Object.values(schema.getMutationType()!.getFields());
    const callers: Array<[Caller | null, string]> = [
      [null, 'UNAUTHENTICATED'],
      [{ keyId: 'reader', role: Role.READER, unitId: null, name: 'reader' }, 'FORBIDDEN'],
      [{ keyId: 'reporter', role: Role.REPORTER, unitId: null, name: 'reporter' }, 'FORBIDDEN'],
      [
        { keyId: 'outsider', role: Role.EDITOR, unitId: outsiderUnitId, name: 'editor of an outside unit' },
        'FORBIDDEN',
      ],
    ];
    const before = await databaseFingerprint(ctx.dataSource);
    const wrong: string[] = [];
    for (const field of fields) {
      const input = await inputFor(field.name, field.args[0]!.type);
      for (const [caller, code] of callers) {
        const result = await runMutation(client.as(caller), field.name, input as object);
        const got = result.errors?.[0]?.extensions?.code ?? `userErrors ${JSON.stringify(result.userErrors)}`;
        if (got !== code) wrong.push(`${field.name} as ${caller?.role ?? 'anonymous'}: ${got}`);
      }
    }
    expect(fields.length).toBeGreaterThan(80);
    expect(wrong).toEqual([]);
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
  });

  it("lets an EDITOR of the year's leader unit write the bloc's records for that year only", async () => {
    // The article's (illustrative) 2023 leader is Sở Y tế; 2022's is Sở Giáo dục và Đào tạo.
    const yte = await client.data(
      `{ units(filter: { code: { eq: "SO_YTE" } }) { nodes { databaseId } } emulationBlocs { nodes { id } } ` +
        `movements(first: 1) { nodes { id } } contributionKinds(first: 1) { nodes { id } } }`,
    );
    const editor = client.as({
      keyId: 'yte',
      role: Role.EDITOR,
      unitId: yte.units.nodes[0].databaseId,
      name: 'Sở Y tế',
    });
    const input = (year: number) => ({
      blocId: yte.emulationBlocs.nodes[0].id,
      movementId: yte.movements.nodes[0].id,
      kindId: yte.contributionKinds.nodes[0].id,
      year,
      quantity: 1,
    });
    expect((await runMutation(editor, 'createContribution', input(2023))).userErrors).toEqual([]);
    expect((await runMutation(editor, 'createContribution', input(2022))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it("writes exactly one audit event for each successful mutation, through every record's life", async () => {
    const schema = await testSchema();
    const mutationNames = Object.keys(schema.getMutationType()!.getFields());
    const exercised = new Set<string>();
    const created = new Map<string, { id: string }>();
    const BLOC = await firstIdOf('EmulationBloc');
    const member = unitIds.SO_GDDT!;
    const secondMember = unitIds.SO_YTE!;
    const outsider = toGlobalId('Unit', outsiderUnitId);

    const auditCount = async () => Number((await ctx.dataSource.query('SELECT COUNT(*) AS n FROM audit_events'))[0].n);
    async function run(name: string, input: object, selection = 'id'): Promise<{ id: string }> {
      const before = await auditCount();
      const result = await runMutation(client, name, input, selection);
      if (result.errors || result.userErrors.length)
        throw new Error(`${name}: ${JSON.stringify(result.errors ?? result.userErrors)}`);
      expect([name, (await auditCount()) - before]).toEqual([name, 1]);
      exercised.add(name);
      return Array.isArray(result.record) ? result.record[0] : result.record;
    }
    const generated = async (name: string, overrides: object = {}) => ({
      ...((await inputFor(name, schema.getMutationType()!.getFields()[name]!.args[0]!.type)) as object),
      ...overrides,
    });

    // A dossier of Sở Y tế to the provincial committee, asking the walk's own award type for the unit.
    const proposalInput = {
      submittingUnitId: secondMember,
      addressedUnitId: unitIds.UBND_TINH,
      commendationType: 'MERIT',
      year: 2031,
      items: [],
    };
    const itemInput = () => ({
      awardTypeId: created.get('AwardType')!.id,
      subjectType: 'COLLECTIVE',
      recipientUnitId: secondMember,
    });
    // Composite creates first: later lines hang off what they create.
    const overrides: Record<string, () => object> = {
      createPledge: () => ({ blocId: BLOC, year: 2030, signatories: [{ unitId: member }], targets: [] }),
      createCriteriaSet: () => ({
        blocId: BLOC,
        year: 2030,
        maxTotal: '10.00',
        criteria: [{ code: 'A', name: 'Tiêu chí A', maxPoints: '10.00' }],
      }),
      createEvaluation: () => ({
        blocId: BLOC,
        year: 2030,
        criteriaSetId: created.get('CriteriaSet')!.id,
        method: 'SCORE',
        scores: [],
        votes: [],
      }),
      createAwardDecision: () => ({
        level: 'PROVINCE',
        awards: [0, 1].map(() => ({
          awardTypeId: created.get('AwardType')?.id,
          subjectType: 'COLLECTIVE',
          recipientUnitId: member,
          achievementYear: 2022,
        })),
      }),
      createBlocMembership: () => ({ unitId: outsider, fromYear: 2022 }),
      createBlocLeadership: () => ({ year: 2030, role: 'LEADER', unitId: member }),
      createBaseSalary: () => ({ effectiveFrom: '2030-01-01' }),
      createAwardType: () => ({ allowedSubjects: ['COLLECTIVE'], level: 'PROVINCE', prizeCoefficient: '1.00' }),
      createFund: () => ({ ownerBlocId: BLOC }),
      createProposal: () => proposalInput,
      createProposalItem: () => ({ ...itemInput(), proposalId: created.get('Proposal')!.id }),
      createContribution: () => ({ blocId: BLOC }),
      createContest: () => ({ organiserBlocId: BLOC }),
      createContestPrize: () => ({ recipientUnitId: member }),
      createPledgeSignatory: () => ({ pledgeId: created.get('Pledge')!.id, unitId: secondMember }),
      createCriterion: () => ({ criteriaSetId: created.get('CriteriaSet')!.id }),
      createEvaluationScore: () => ({
        evaluationId: created.get('Evaluation')!.id,
        unitId: member,
        criterionId: created.get('Criterion')!.id,
      }),
      createEvaluationResult: () => ({ evaluationId: created.get('Evaluation')!.id, unitId: secondMember }),
    };
    const order = ['AwardType', 'CriteriaSet', 'Criterion', 'Evaluation', 'Pledge'];
    const createNames = mutationNames
      // A decision from a dossier needs the dossier's whole workflow first: walkDossierMutations runs it.
      .filter((n) => n.startsWith('create') && n !== 'createDecisionFromProposal')
      .sort((a, b) => {
        const rank = (n: string) => (order.includes(ownTypeOf(n)) ? order.indexOf(ownTypeOf(n)) : order.length);
        return rank(a) - rank(b);
      });
    // Every scalar field of a record type, to compare what a create answers with what a read gives.
    const scalarFields = (typeName: string) =>
      Object.values((schema.getType(typeName) as GraphQLObjectType).getFields())
        .filter((f) => f.args.every((a) => !isNonNullType(a.type)) && isLeafType(getNamedType(f.type)))
        .map((f) => f.name)
        .join(' ');
    for (const name of createNames) {
      let input = await generated(name, overrides[name]?.() ?? {});
      if (name === 'createContributions')
        input = { contributions: [await generated('createContribution', { blocId: BLOC })] };
      const typeName = ownTypeOf(name);
      const record = await run(name, input, scalarFields(typeName));
      // Creates do not read their row back: the answer must still be the row as stored.
      const stored = await client.data(
        `query($id: ID!) { node(id: $id) { ... on ${typeName} { ${scalarFields(typeName)} } } }`,
        { id: record.id },
      );
      expect([name, record]).toEqual([name, stored.node]);
      created.set(typeName, record);
    }
    // Derived records (evaluation results) change when their sources do: read the version each time.
    const versionOf = async (typeName: string, id: string): Promise<number> => {
      const entity = entities.find((e) => e.name === typeName)!;
      const [row] = await ctx.dataSource.query(
        `SELECT version FROM ${ctx.dataSource.getMetadata(entity).tableName} WHERE id = ?`,
        [fromGlobalId(id)!.databaseId],
      );
      return Number(row.version);
    };
    for (const [typeName, { id }] of created) {
      for (const verb of ['update', 'delete', 'restore']) {
        if (mutationNames.includes(`${verb}${typeName}`))
          await run(`${verb}${typeName}`, { id, expectedVersion: await versionOf(typeName, id) });
      }
    }
    await walkDossierMutations({
      dataSource: ctx.dataSource,
      run,
      versionOf,
      proposalId: created.get('Proposal')!.id,
      itemInput: itemInput(),
      proposalInput,
    });
    const decision = await client.data(
      `query($id: ID!) { awardDecision(id: $id) { version awards { nodes { id version } } } }`,
      { id: created.get('AwardDecision')!.id },
    );
    const revokedBy = await firstIdOf('AwardDecision');
    const [firstAward] = decision.awardDecision.awards.nodes;
    await run('revokeAward', {
      id: firstAward.id,
      expectedVersion: firstAward.version,
      revokedByDecisionId: revokedBy,
      revokedOn: '2024-01-01',
      reason: 'Sai đối tượng',
    });
    const current = await client.data(`query($id: ID!) { awardDecision(id: $id) { version } }`, {
      id: created.get('AwardDecision')!.id,
    });
    await run('revokeAwardDecision', {
      id: created.get('AwardDecision')!.id,
      expectedVersion: current.awardDecision.version,
      revokedByDecisionId: revokedBy,
      revokedOn: '2024-01-01',
      reason: 'Hủy quyết định',
    });

    expect(mutationNames.filter((name) => !exercised.has(name))).toEqual([]);
  });
});
