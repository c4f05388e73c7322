/**
 * The setting the dossier tests share: the article's data seeded, the ids they name, the callers
 * (an EDITOR of Sở Y tế, one of another unit, the board) and small steps of the workflow.
 */
import { Role, type Caller } from '../../src/auth/caller';
import { fromGlobalId } from '../../src/core/global-id';
import { vietnamDate } from '../../src/core/vietnam-date';
import { seedArticle } from '../../src/seed/article';
import { databaseFingerprint } from './db-state';
import { insertDocumentRows } from './files';
import type { EngineContext } from './engines';
import { GraphQLTestClient } from './graphql-client';
import { mutateOk, runMutation } from './mutations';

export const PROPOSAL_FIELDS =
  'id version state submittedOn decidedOn processingDays items { nodes { id version outcome warnings { code } } }';

export function proposalSetting(ctx: EngineContext) {
  const admin = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => admin.stop());
  const ids: Record<string, string> = {};
  const callers: Record<'editor' | 'outsider' | 'board' | 'reader', Caller> = {
    editor: { keyId: 'ed-yte', role: Role.EDITOR, unitId: 0, name: 'EDITOR Sở Y tế' },
    outsider: { keyId: 'ed-gddt', role: Role.EDITOR, unitId: 0, name: 'EDITOR Sở GD&ĐT' },
    board: { keyId: 'board', role: Role.APPRAISER, unitId: null, name: 'Ban Thi đua – Khen thưởng' },
    reader: { keyId: 'reader', role: Role.READER, unitId: null, name: 'READER' },
  };
  const as = (who: keyof typeof callers) => admin.as(callers[who]);

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    const data = await admin.data(`{
      units(first: 20) { nodes { id code } }
      awardTypes(first: 100) { nodes { id code } }
      emulationBlocs { nodes { id } }
    }`);
    for (const { id, code } of [...data.units.nodes, ...data.awardTypes.nodes]) ids[code] = id;
    ids.BLOC = data.emulationBlocs.nodes[0].id;
    callers.editor.unitId = fromGlobalId(ids.SO_YTE!)!.databaseId;
    callers.outsider.unitId = fromGlobalId(ids.SO_GDDT!)!.databaseId;
    ids.DOCTOR = (await mutateOk(admin, 'createPerson', { fullName: 'Nguyễn Văn An', unitId: ids.SO_YTE })).id;
  });

  /** A new dossier of Sở Y tế: a collective title, a merit certificate and an emulation fighter. */
  const newProposal = (extra: object = {}) =>
    mutateOk(
      as('editor'),
      'createProposal',
      {
        submittingUnitId: ids.SO_YTE,
        addressedUnitId: ids.UBND_TINH,
        commendationType: 'MERIT',
        year: 2025,
        referenceNo: '45/TTr-SYT',
        summary: 'Đề nghị khen thưởng năm 2025',
        items: [
          { awardTypeId: ids.TAP_THE_LAO_DONG_XUAT_SAC, subjectType: 'COLLECTIVE', recipientUnitId: ids.SO_YTE },
          {
            awardTypeId: ids.BANG_KHEN_CHU_TICH_UBND_TINH,
            subjectType: 'INDIVIDUAL',
            recipientPersonId: ids.DOCTOR,
            achievementSummary: 'Hoàn thành xuất sắc nhiệm vụ phòng chống dịch',
          },
          { awardTypeId: ids.CHIEN_SI_THI_DUA_CAP_TINH, subjectType: 'INDIVIDUAL', recipientPersonId: ids.DOCTOR },
        ],
        ...extra,
      },
      PROPOSAL_FIELDS,
    );

  /** Reads a dossier as the board sees it. */
  const read = async (id: string) =>
    (await admin.data(`query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`, { id })).proposal;

  /** A workflow step as `who`, expected to succeed: the dossier after it. */
  async function act(who: keyof typeof callers, name: string, input: object) {
    return mutateOk(as(who), name, input, PROPOSAL_FIELDS);
  }

  /** A step expected to be refused with `code`: its user error. */
  async function refused(who: keyof typeof callers, name: string, input: object, code: string) {
    const result = await runMutation(as(who), name, input);
    expect(result.errors).toBeUndefined();
    expect(result.userErrors).toEqual([expect.objectContaining({ code })]);
    return result.userErrors[0]!;
  }

  /** A step the caller may not take at all: FORBIDDEN, nothing changed. */
  async function forbidden(who: keyof typeof callers, name: string, input: object) {
    const result = await runMutation(as(who), name, input);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }

  const attachAll = (proposalId: string) => insertDocumentRows(ctx.dataSource, proposalId);

  /** A dossier moved by the workflow up to `state`. */
  async function dossierIn(state: 'DRAFT' | 'SUBMITTED' | 'UNDER_APPRAISAL' | 'COUNCIL_REVIEW', extra: object = {}) {
    let dossier = await newProposal(extra);
    if (state === 'DRAFT') return dossier;
    await attachAll(dossier.id);
    dossier = await act('editor', 'submitProposal', { id: dossier.id, expectedVersion: dossier.version });
    if (state === 'SUBMITTED') return dossier;
    dossier = await act('board', 'startProposalAppraisal', { id: dossier.id, expectedVersion: dossier.version });
    if (state === 'UNDER_APPRAISAL') return dossier;
    return act('board', 'sendProposalToCouncil', { id: dossier.id, expectedVersion: dossier.version });
  }

  /** Refused with `code`, and the database exactly as before. */
  async function refusedUnchanged(who: keyof typeof callers, name: string, input: object, code: string) {
    const before = await databaseFingerprint(ctx.dataSource);
    const error = await refused(who, name, input, code);
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
    return error;
  }

  return {
    admin,
    ids,
    callers,
    as,
    newProposal,
    read,
    act,
    refused,
    forbidden,
    attachAll,
    dossierIn,
    refusedUnchanged,
    today: vietnamDate,
  };
}
