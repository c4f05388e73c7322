/**
 * The dossier's rules, each tried and broken: illegal transitions (INVALID_STATE naming the state),
 * edits outside DRAFT and RETURNED on every write path of items, callers acting out of their role or
 * unit, stale versions, and races on MySQL (eligibility: proposals-eligibility.test.ts). A refused
 * step changes nothing.
 */
import { fromGlobalId } from '../src/core/global-id';
import { databaseFingerprint } from './helpers/db-state';
import { describeEachEngine } from './helpers/engines';
import { mutateOk, runMutation } from './helpers/mutations';
import { proposalSetting } from './helpers/proposals';

describeEachEngine('proposal dossier rules', (ctx) => {
  const { admin, ids, as, newProposal, act, forbidden, attachAll, dossierIn, refusedUnchanged } = proposalSetting(ctx);

  it('refuses illegal transitions, naming the state the dossier is in', async () => {
    const draft = await dossierIn('DRAFT');
    const step = { id: draft.id, expectedVersion: draft.version };
    expect((await refusedUnchanged('board', 'startProposalAppraisal', step, 'INVALID_STATE')).message).toMatch(
      /is DRAFT/,
    );
    await refusedUnchanged('board', 'sendProposalToCouncil', step, 'INVALID_STATE');
    await refusedUnchanged('board', 'returnProposal', { ...step, reason: 'x' }, 'INVALID_STATE');
    const submitted = await dossierIn('SUBMITTED');
    const again = { id: submitted.id, expectedVersion: submitted.version };
    expect((await refusedUnchanged('editor', 'submitProposal', again, 'INVALID_STATE')).message).toMatch(
      /is SUBMITTED/,
    );
    const [pending] = submitted.items.nodes;
    await refusedUnchanged(
      'board',
      'approveProposalItem',
      { id: pending.id, expectedVersion: pending.version },
      'INVALID_STATE',
    );
    const appraised = await act('board', 'startProposalAppraisal', again);
    await refusedUnchanged(
      'editor',
      'withdrawProposal',
      { id: appraised.id, expectedVersion: appraised.version },
      'INVALID_STATE',
    );
    const council = await dossierIn('COUNCIL_REVIEW');
    const decide = {
      proposalId: council.id,
      expectedVersion: council.version,
      decisionNo: '1/QĐ-UBND',
      signedOn: '2026-12-20',
    };
    expect((await refusedUnchanged('board', 'createDecisionFromProposal', decide, 'INVALID_STATE')).message).toMatch(
      /approved or rejected/,
    );
    // Approval waits for the council's votes.
    const [item] = council.items.nodes;
    await refusedUnchanged(
      'board',
      'approveProposalItem',
      { id: item.id, expectedVersion: item.version },
      'INVALID_STATE',
    );
  });

  it('keeps items and header as submitted: every write path refused outside DRAFT and RETURNED', async () => {
    const submitted = await dossierIn('SUBMITTED');
    const [item] = submitted.items.nodes;
    await refusedUnchanged(
      'editor',
      'updateProposalItem',
      { id: item.id, expectedVersion: item.version, achievementSummary: 'sửa' },
      'INVALID_STATE',
    );
    await refusedUnchanged(
      'editor',
      'deleteProposalItem',
      { id: item.id, expectedVersion: item.version },
      'INVALID_STATE',
    );
    await refusedUnchanged(
      'editor',
      'createProposalItem',
      { proposalId: submitted.id, awardTypeId: ids.GIAY_KHEN, subjectType: 'COLLECTIVE', recipientUnitId: ids.SO_YTE },
      'INVALID_STATE',
    );
    await refusedUnchanged(
      'editor',
      'updateProposal',
      { id: submitted.id, expectedVersion: submitted.version, summary: 'sửa' },
      'INVALID_STATE',
    );
    // An item deleted while a draft cannot come back once the dossier is sent.
    const draft = await dossierIn('DRAFT');
    const extra = draft.items.nodes[2];
    const deleted = await mutateOk(as('editor'), 'deleteProposalItem', {
      id: extra.id,
      expectedVersion: extra.version,
    });
    await attachAll(draft.id);
    await act('editor', 'submitProposal', { id: draft.id, expectedVersion: draft.version });
    await refusedUnchanged(
      'editor',
      'restoreProposalItem',
      { id: extra.id, expectedVersion: deleted.version },
      'INVALID_STATE',
    );
  });

  it('lets only the submitting unit prepare a dossier and only the board appraise it', async () => {
    const draft = await dossierIn('DRAFT');
    const step = { id: draft.id, expectedVersion: draft.version };
    const before = await databaseFingerprint(ctx.dataSource);
    await forbidden('outsider', 'submitProposal', step);
    await forbidden('outsider', 'updateProposal', { ...step, summary: 'x' });
    await forbidden('outsider', 'createProposal', {
      submittingUnitId: ids.SO_YTE,
      addressedUnitId: ids.UBND_TINH,
      commendationType: 'MERIT',
      year: 2025,
      items: [],
    });
    const [item] = draft.items.nodes;
    await forbidden('outsider', 'updateProposalItem', {
      id: item.id,
      expectedVersion: item.version,
      achievementSummary: 'x',
    });
    await forbidden('board', 'submitProposal', step);
    await forbidden('editor', 'startProposalAppraisal', step);
    await forbidden('editor', 'returnProposal', { ...step, reason: 'x' });
    await forbidden('reader', 'withdrawProposal', step);
    // A unit proposes only its own units and people.
    await forbidden('editor', 'createProposalItem', {
      proposalId: draft.id,
      awardTypeId: ids.GIAY_KHEN,
      subjectType: 'COLLECTIVE',
      recipientUnitId: ids.SO_GDDT,
    });
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
  });

  it('refuses a stale version and a return without a reason', async () => {
    const submitted = await dossierIn('SUBMITTED');
    await refusedUnchanged(
      'board',
      'startProposalAppraisal',
      { id: submitted.id, expectedVersion: 1 },
      'STALE_VERSION',
    );
    await refusedUnchanged(
      'board',
      'returnProposal',
      { id: submitted.id, expectedVersion: submitted.version, reason: '  ' },
      'INVALID_INPUT',
    );
  });

  it('answers a repeated create with the same idempotency key with the first dossier', async () => {
    const input = { idempotencyKey: 'dossier-2029', year: 2029 };
    const first = await newProposal(input);
    const again = await newProposal(input);
    expect(again.id).toBe(first.id);
  });

  /** Votes on and approves every item of a dossier under council review. */
  async function approveAll(dossier: { id: string; items: { nodes: Array<{ id: string }> } }) {
    const votes = dossier.items.nodes.map((item) => ({ itemId: item.id, votesFor: 9, votesAgainst: 0 }));
    await act('board', 'recordProposalCouncilVotes', { id: dossier.id, votes });
    for (const { id } of dossier.items.nodes) {
      const { proposalItem } = await admin.data('query($id: ID!) { proposalItem(id: $id) { version } }', { id });
      await mutateOk(as('board'), 'approveProposalItem', { id, expectedVersion: proposalItem.version });
    }
  }

  it('lets exactly one of two racing steps on one dossier through', async () => {
    for (let i = 0; i < 4; i += 1) {
      const submitted = await dossierIn('SUBMITTED', { year: 2040 + i });
      const step = { id: submitted.id, expectedVersion: submitted.version };
      const replies = await Promise.all([
        runMutation(as('board'), 'startProposalAppraisal', step),
        runMutation(as('board'), 'returnProposal', { ...step, reason: 'Trả lại' }),
      ]);
      expect(replies.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(replies.filter((r) => r.record !== null)).toHaveLength(1);
      const history = await ctx.dataSource.query(
        'SELECT COUNT(*) AS n FROM proposal_transitions WHERE proposalId = ?',
        [fromGlobalId(submitted.id)!.databaseId],
      );
      expect(Number(history[0].n)).toBe(3);

      const council = await dossierIn('COUNCIL_REVIEW', { year: 2050 + i });
      await approveAll(council);
      const decisions = await Promise.all(
        ['a', 'b'].map((suffix) =>
          runMutation(as('board'), 'createDecisionFromProposal', {
            proposalId: council.id,
            expectedVersion: council.version,
            decisionNo: `R${i}${suffix}/QĐ-UBND`,
            signedOn: '2026-12-20',
          }),
        ),
      );
      expect(decisions.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(decisions.filter((r) => r.record !== null)).toHaveLength(1);
      const made = await ctx.dataSource.query('SELECT COUNT(*) AS n FROM award_decisions WHERE decisionNo LIKE ?', [
        `R${i}_/QĐ-UBND`,
      ]);
      expect(Number(made[0].n)).toBe(1);
    }
  });
});
