/**
 * A dossier walked from draft to decided, as the portal and the board would: documents uploaded over
 * HTTP, a submit
 * refused for a missing one, submit, return with a reason, correction and resubmission, council
 * votes, two items approved and one rejected, the decision made from the approved ones, the awards
 * linked back, and the change feed showing every step.
 */
import { rm } from 'node:fs/promises';
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import type { RunningService } from '../src/main';
import { changeSequencerFor } from '../src/services/changes-sequencer';
import { describeEachEngine } from './helpers/engines';
import { freshFilesDir, pdf, upload } from './helpers/files';
import { mutateOk } from './helpers/mutations';
import { proposalSetting } from './helpers/proposals';
import { startService } from './helpers/service';

describeEachEngine(
  'a proposal dossier from draft to decided',
  (ctx) => {
    const { admin, as, callers, newProposal, read, act, refused } = proposalSetting(ctx);
    // The uploads go over HTTP to the service, with real keys: Sở Y tế's EDITOR, and the board's to read them.
    let service: RunningService;
    const keys = { editor: '', board: '' };
    const filesDir = freshFilesDir();
    beforeAll(async () => {
      service = await startService(ctx, { FILES_DIR: filesDir });
      const unitId = callers.editor.unitId!;
      keys.editor = (await issueApiKey(ctx.dataSource, { role: Role.EDITOR, unitId, name: 'Sở Y tế' })).key;
      keys.board = (await issueApiKey(ctx.dataSource, { role: Role.APPRAISER, name: 'Ban TĐKT' })).key;
    });
    afterAll(async () => {
      await service?.stop();
      await rm(filesDir, { recursive: true, force: true });
    });

    /** Uploads a small PDF of this kind to the dossier, as Sở Y tế's EDITOR: where to download it. */
    async function attach(proposalId: string, kind: string): Promise<string> {
      const reply = await upload(
        service.url,
        keys.editor,
        { proposalId, kind },
        { name: `${kind}.pdf`, content: pdf(kind) },
      );
      expect([kind, reply.status]).toEqual([kind, 201]);
      return reply.body.document.downloadPath;
    }

    /** Every change placed after `after`, read page by page as the portal would. */
    async function feedAfter(after: string | null) {
      await changeSequencerFor(ctx.dataSource).nudge();
      const edges: Array<{ cursor: string; node: any }> = [];
      for (let cursor = after; ;) {
        const { changes } = await admin.data(
          'query($after: String) { changes(after: $after, first: 100) { pageInfo { hasNextPage endCursor } ' +
            'edges { cursor node { typeName operation record { ... on ProposalTransition { toState } } } } } }',
          { after: cursor },
        );
        edges.push(...changes.edges);
        if (!changes.pageInfo.hasNextPage) return edges;
        cursor = changes.pageInfo.endCursor;
      }
    }

    it('walks every step, links the awards back and shows each step in the change feed', async () => {
      const start = (await feedAfter(null)).at(-1)?.cursor ?? null;
      const draft = await newProposal();
      expect(draft.state).toBe('DRAFT');
      const [collective, merit, fighter] = draft.items.nodes;

      const coverLetter = await attach(draft.id, 'COVER_LETTER');
      await attach(draft.id, 'ACHIEVEMENT_REPORT');
      const missing = await refused(
        'editor',
        'submitProposal',
        { id: draft.id, expectedVersion: 1 },
        'MISSING_DOCUMENTS',
      );
      expect(missing.message).toMatch(/MEETING_MINUTES.*INITIATIVE_PROOF/);
      await attach(draft.id, 'MEETING_MINUTES');
      await attach(draft.id, 'INITIATIVE_PROOF');

      const submitted = await act('editor', 'submitProposal', { id: draft.id, expectedVersion: 1 });
      // The board reads what was sent.
      const sent = await fetch(`${service.url}${coverLetter}`, { headers: { authorization: `Bearer ${keys.board}` } });
      expect([sent.status, Buffer.from(await sent.arrayBuffer())]).toEqual([200, pdf('COVER_LETTER')]);
      expect(submitted).toMatchObject({ state: 'SUBMITTED', version: 2 });
      expect(submitted.submittedOn).toBeTruthy();
      const appraised = await act('board', 'startProposalAppraisal', { id: draft.id, expectedVersion: 2 });
      await refused('board', 'returnProposal', { id: draft.id, expectedVersion: 3 }, 'INVALID_INPUT');
      const returned = await act('board', 'returnProposal', {
        id: draft.id,
        expectedVersion: appraised.version,
        reason: 'Bổ sung minh chứng thành tích cá nhân',
      });
      expect(returned.state).toBe('RETURNED');

      await mutateOk(as('editor'), 'updateProposalItem', {
        id: fighter.id,
        expectedVersion: returned.items.nodes[2].version,
        achievementSummary: 'Sáng kiến "Bệnh án điện tử" được công nhận cấp tỉnh',
      });
      const resubmitted = await act('editor', 'submitProposal', { id: draft.id, expectedVersion: returned.version });
      expect(resubmitted.submittedOn).toBe(submitted.submittedOn);
      const underReview = await act('board', 'startProposalAppraisal', {
        id: draft.id,
        expectedVersion: resubmitted.version,
      });
      const council = await act('board', 'sendProposalToCouncil', {
        id: draft.id,
        expectedVersion: underReview.version,
      });
      expect(council.state).toBe('COUNCIL_REVIEW');
      await act('board', 'recordProposalCouncilVotes', {
        id: draft.id,
        votes: [
          { itemId: collective.id, votesFor: 9, votesAgainst: 0 },
          { itemId: merit.id, votesFor: 8, votesAgainst: 1 },
          { itemId: fighter.id, votesFor: 3, votesAgainst: 6 },
        ],
      });
      const items = (await read(draft.id)).items.nodes;
      for (const item of items.slice(0, 2))
        await mutateOk(as('board'), 'approveProposalItem', { id: item.id, expectedVersion: item.version });
      await mutateOk(as('board'), 'rejectProposalItem', {
        id: items[2].id,
        expectedVersion: items[2].version,
        reason: 'Chưa đủ số phiếu tán thành',
      });

      const decided = await act('board', 'createDecisionFromProposal', {
        proposalId: draft.id,
        expectedVersion: council.version,
        decisionNo: '215/QĐ-UBND',
        signedOn: '2026-12-15',
        signerName: 'Nguyễn Văn Bình',
      });
      expect(decided).toMatchObject({ state: 'DECIDED', decidedOn: '2026-12-15' });
      expect(decided.processingDays).toBeGreaterThanOrEqual(0);

      const view = await admin.data(
        `query($id: ID!) { proposal(id: $id) {
        decision { decisionNo issuingUnit { code } awards { nodes { awardType { code } proposalItem { id } } }
          proposals { nodes { id } } }
        items { nodes { id outcome outcomeReason votesFor award { id } } }
        history { nodes { fromState toState actorKeyId reason } }
        submittingUnit { proposals { totalCount } }
      } }`,
        { id: draft.id },
      );
      const { decision, history } = view.proposal;
      expect(decision.decisionNo).toBe('215/QĐ-UBND');
      expect(decision.issuingUnit.code).toBe('UBND_TINH');
      expect(decision.proposals.nodes).toEqual([{ id: draft.id }]);
      expect(decision.awards.nodes.map((a: { awardType: { code: string } }) => a.awardType.code)).toEqual([
        'TAP_THE_LAO_DONG_XUAT_SAC',
        'BANG_KHEN_CHU_TICH_UBND_TINH',
      ]);
      expect(decision.awards.nodes.map((a: { proposalItem: { id: string } }) => a.proposalItem.id)).toEqual([
        collective.id,
        merit.id,
      ]);
      expect(view.proposal.items.nodes.map((i: { outcome: string }) => i.outcome)).toEqual([
        'APPROVED',
        'APPROVED',
        'REJECTED',
      ]);
      expect(view.proposal.items.nodes[2]).toMatchObject({ award: null, outcomeReason: 'Chưa đủ số phiếu tán thành' });
      expect(history.nodes.map((h: { toState: string }) => h.toState)).toEqual([
        'DRAFT',
        'SUBMITTED',
        'UNDER_APPRAISAL',
        'RETURNED',
        'SUBMITTED',
        'UNDER_APPRAISAL',
        'COUNCIL_REVIEW',
        'DECIDED',
      ]);
      expect(history.nodes[3]).toMatchObject({ actorKeyId: 'board', reason: 'Bổ sung minh chứng thành tích cá nhân' });
      // The seeded draft of Sở Y tế, and this one.
      expect(view.proposal.submittingUnit.proposals.totalCount).toBe(2);

      // The portal keeps its statuses in step from the feed: every step is there, in order.
      const changes = (await feedAfter(start)).map((edge) => edge.node);
      const steps = changes
        .filter((c: { typeName: string }) => c.typeName === 'ProposalTransition')
        .map((c: { record: { toState: string } }) => c.record.toState);
      expect(steps).toEqual(history.nodes.map((h: { toState: string }) => h.toState));
      const proposalUpdates = changes.filter(
        (c: { typeName: string; operation: string }) => c.typeName === 'Proposal' && c.operation === 'UPDATE',
      );
      expect(proposalUpdates).toHaveLength(7);
      const documents = changes.filter((c: { typeName: string }) => c.typeName === 'ProposalDocument');
      expect(documents.map((c: { operation: string }) => c.operation)).toEqual([
        'CREATE',
        'CREATE',
        'CREATE',
        'CREATE',
      ]);
    });
  },
  { sqlite: 'file' },
);
