/**
 * A bloc membership carries what rests on it — leaderships, pledge signatures, evaluation scores,
 * contributions to the bloc's movements — so no write may take the membership out from under them:
 * not an update that shrinks or moves it, not a delete. Each is tried on the article's data and must
 * be refused with NOT_A_MEMBER, the database unchanged; what rests on nothing may still change.
 */
import { seedArticle } from '../src/seed/article';
import { databaseFingerprint } from './helpers/db-state';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { mutateOk, runMutation } from './helpers/mutations';

interface Membership {
  id: string;
  version: number;
  fromYear: number;
  unit: { code: string };
}

describeEachEngine('memberships under the records that rest on them', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  let bloc = '';
  const unitIds: Record<string, string> = {};

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    const data = await client.data(`{ emulationBlocs { nodes { id } } units(first: 20) { nodes { id code } } }`);
    bloc = data.emulationBlocs.nodes[0].id;
    for (const unit of data.units.nodes) unitIds[unit.code] = unit.id;
  });

  async function membershipOf(unitCode: string): Promise<Membership> {
    const data = await client.data(
      `query($bloc: ID!) { blocMemberships(filter: { blocId: { eq: $bloc } }, first: 50) {
        nodes { id version fromYear unit { code } } } }`,
      { bloc },
    );
    return data.blocMemberships.nodes.find((m: Membership) => m.unit.code === unitCode);
  }

  async function expectNotAMember(name: string, input: object, rests: string): Promise<void> {
    const before = await databaseFingerprint(ctx.dataSource);
    const result = await runMutation(client, name, input);
    expect(result.errors).toBeUndefined();
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'NOT_A_MEMBER' })]);
    expect(result.userErrors[0]!.message).toContain(rests);
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
  }

  it('refuses to end a membership before a year the unit leads the bloc', async () => {
    const m = await membershipOf('SO_YTE');
    await expectNotAMember(
      'updateBlocMembership',
      { id: m.id, expectedVersion: m.version, toYear: 2022 },
      'leadership',
    );
  });

  it("refuses to end a membership before the year of the unit's pledge signature", async () => {
    const m = await membershipOf('SO_TTTT');
    await expectNotAMember('updateBlocMembership', { id: m.id, expectedVersion: m.version, toYear: 2022 }, 'signature');
  });

  it('refuses to start a membership after a year the unit was scored', async () => {
    const m = await membershipOf('SO_TTTT');
    await expectNotAMember('updateBlocMembership', { id: m.id, expectedVersion: m.version, fromYear: 2023 }, 'score');
  });

  it('refuses to move a membership to another bloc or unit, and to delete it', async () => {
    const m = await membershipOf('SO_TTTT');
    const committee = unitIds.UBND_TINH;
    const other = await mutateOk(client, 'createEmulationBloc', {
      code: 'KHOI_KHAC',
      name: 'Khối khác',
      kind: 'BLOC',
      managingUnitId: committee,
    });
    const move = { id: m.id, expectedVersion: m.version };
    await expectNotAMember('updateBlocMembership', { ...move, blocId: other.id }, 'signature');
    const stranger = await mutateOk(client, 'createUnit', { code: 'SO_KHAC', name: 'Sở Khác', kind: 'DEPARTMENT' });
    await expectNotAMember('updateBlocMembership', { ...move, unitId: stranger.id }, 'signature');
    await expectNotAMember('deleteBlocMembership', move, 'signature');
  });

  it("refuses to end a membership before the unit's contribution to a bloc-run movement", async () => {
    const movement = await mutateOk(client, 'createMovement', {
      code: 'PT_KHOI_2025',
      name: 'Phong trào của khối năm 2025',
      kind: 'THEMATIC',
      scope: 'BLOC',
      blocId: bloc,
    });
    const kinds = await client.data('{ contributionKinds(first: 50) { nodes { id code } } }');
    const house = kinds.contributionKinds.nodes.find((k: { code: string }) => k.code === 'HOUSE').id;
    await mutateOk(client, 'createContribution', {
      movementId: movement.id,
      year: 2025,
      unitId: unitIds.SO_TTTT,
      kindId: house,
      quantity: 1,
    });
    const m = await membershipOf('SO_TTTT');
    await expectNotAMember(
      'updateBlocMembership',
      { id: m.id, expectedVersion: m.version, toYear: 2024 },
      'contribution',
    );
  });

  it('refuses to move a pledge to a year or a bloc its signatories are not members of', async () => {
    const data = await client.data('{ pledges { nodes { id version year } } }');
    const pledge = data.pledges.nodes.find((p: { year: number }) => p.year === 2023);
    const other = await mutateOk(client, 'createEmulationBloc', {
      code: 'KHOI_TRONG',
      name: 'Khối chưa có thành viên',
      kind: 'BLOC',
      managingUnitId: unitIds.UBND_TINH,
    });
    const move = { id: pledge.id, expectedVersion: pledge.version };
    await expectNotAMember('updatePledge', { ...move, year: 2021 }, 'not a member of the bloc in 2021');
    await expectNotAMember('updatePledge', { ...move, blocId: other.id }, 'not a member of the bloc in 2023');
  });

  it('lets a membership that nothing rests on grow, shrink and go', async () => {
    const unit = await mutateOk(client, 'createUnit', { code: 'SO_MOI', name: 'Sở Mới', kind: 'DEPARTMENT' });
    const created = await mutateOk(client, 'createBlocMembership', {
      blocId: bloc,
      unitId: unit.id,
      fromYear: 2030,
      toYear: 2035,
    });
    const grown = await mutateOk(client, 'updateBlocMembership', {
      id: created.id,
      expectedVersion: created.version,
      fromYear: 2029,
    });
    const shrunk = await mutateOk(client, 'updateBlocMembership', {
      id: grown.id,
      expectedVersion: grown.version,
      fromYear: 2031,
      toYear: 2032,
    });
    await mutateOk(client, 'deleteBlocMembership', { id: shrunk.id, expectedVersion: shrunk.version });
  });
});
