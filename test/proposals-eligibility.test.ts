/**
 * The eligibility of a dossier's items, checked with the rules a decision's awards obey: hard rules
 * refuse the submission, soft findings become warnings for the board, and the decision made from
 * the dossier still applies the law to them.
 */
import { describeEachEngine } from './helpers/engines';
import { mutateOk } from './helpers/mutations';
import { proposalSetting } from './helpers/proposals';

describeEachEngine('proposal dossier eligibility', (ctx) => {
  const { admin, ids, as, newProposal, act, attachAll, dossierIn, refusedUnchanged } = proposalSetting(ctx);

  it('checks eligibility at submission: hard rules refuse, soft findings become warnings', async () => {
    // Rule 8: a department's certificate is not for the provincial committee to give.
    const wrongLevel = await newProposal({
      items: [{ awardTypeId: ids.GIAY_KHEN, subjectType: 'COLLECTIVE', recipientUnitId: ids.SO_YTE }],
    });
    await attachAll(wrongLevel.id);
    const level = await refusedUnchanged(
      'editor',
      'submitProposal',
      { id: wrongLevel.id, expectedVersion: wrongLevel.version },
      'LEVEL_MISMATCH',
    );
    expect(level.message).toContain(wrongLevel.items.nodes[0].id);
    // Rule 2: a title the unit already holds for the year.
    await mutateOk(admin, 'createAwardDecision', {
      decisionNo: '7/QĐ-UBND',
      signedOn: '2026-02-01',
      issuingUnitId: ids.UBND_TINH,
      commendationType: 'MERIT',
      awards: [
        {
          awardTypeId: ids.TAP_THE_LAO_DONG_XUAT_SAC,
          subjectType: 'COLLECTIVE',
          recipientUnitId: ids.SO_YTE,
          achievementYear: 2024,
        },
      ],
    });
    const held = await newProposal({ year: 2024 });
    await attachAll(held.id);
    await refusedUnchanged(
      'editor',
      'submitProposal',
      { id: held.id, expectedVersion: held.version },
      'ANNUAL_TITLE_TAKEN',
    );

    // The same title asked for twice: a warning on the second, for the board.
    const first = await dossierIn('SUBMITTED', { year: 2027 });
    expect(first.items.nodes[0].warnings).toEqual([]);
    const second = await dossierIn('SUBMITTED', { year: 2027 });
    expect(second.items.nodes[0].warnings).toEqual([{ code: 'ANNUAL_TITLE_TAKEN' }]);
  });

  it("keeps the flag's findings as warnings, and the decision still applies the law to them", async () => {
    // The catalogue has no flag figure from 2025-07-01 (a gap the law issue left open): an operator adds one.
    await mutateOk(admin, 'createAwardTypeVersion', {
      awardTypeId: ids.CO_THI_DUA_CAP_TINH,
      legalBasis: 'Quyết định của UBND tỉnh (kiểm thử)',
      effectiveFrom: '2025-07-01',
      collectiveCoefficient: '8.00',
    });
    const flag = { awardTypeId: ids.CO_THI_DUA_CAP_TINH, subjectType: 'COLLECTIVE', recipientUnitId: ids.SO_YTE };
    // The bloc gave its 2022 flag already, and Sở Y tế did not rank first.
    const council = await dossierIn('COUNCIL_REVIEW', { year: 2022, items: [{ ...flag, blocId: ids.BLOC }] });
    const [item] = council.items.nodes;
    expect(item.warnings.map((w: { code: string }) => w.code).sort()).toEqual([
      'FLAG_QUOTA_EXCEEDED',
      'FLAG_RECIPIENT_NOT_FIRST',
    ]);
    await act('board', 'recordProposalCouncilVotes', {
      id: council.id,
      votes: [{ itemId: item.id, votesFor: 5, votesAgainst: 4 }],
    });
    const voted = (await admin.data(`query($id: ID!) { proposalItem(id: $id) { version } }`, { id: item.id }))
      .proposalItem;
    await mutateOk(as('board'), 'approveProposalItem', { id: item.id, expectedVersion: voted.version });
    const error = await refusedUnchanged(
      'board',
      'createDecisionFromProposal',
      { proposalId: council.id, expectedVersion: council.version, decisionNo: '8/QĐ-UBND', signedOn: '2026-12-20' },
      'FLAG_QUOTA_EXCEEDED',
    );
    expect(error.message).toContain(item.id);
  });
});
