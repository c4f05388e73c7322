/**
 * A dossier's files when documents go: the same content is kept once, whatever documents name it;
 * it leaves the disk (and the register of kept files) with the last document naming it, and never
 * before — also while uploads and removals of the same content race; an upload or a removal racing
 * the dossier's submission lands before it or is refused after it; an upload retried with its
 * Idempotency-Key gives the first document again.
 */
import { fromGlobalId } from '../src/core/global-id';
import { dossierFilesSetting } from './helpers/dossier-files';
import { describeEachEngine } from './helpers/engines';
import { incomingFiles, keptFiles, pdf, upload } from './helpers/files';

describeEachEngine(
  'dossier files: shared content and removal',
  (ctx) => {
    const s = dossierFilesSetting(ctx);
    const { newDossier, send, download, removeDocument } = s;

    it('keeps one file per content, and removes it with the last document that names it', async () => {
      const first = await newDossier();
      const second = await newDossier();
      const content = pdf('dùng chung');
      const a = (await send('editor', first.id, 'a.pdf', content)).body.document;
      const b = (await send('editor', second.id, 'b.pdf', content)).body.document;
      expect(b.sha256).toBe(a.sha256);
      expect(keptFiles(s.filesDir).filter((f) => f === a.sha256)).toHaveLength(1);

      expect((await removeDocument('editor', a.id)).userErrors).toEqual([]);
      expect(keptFiles(s.filesDir)).toContain(a.sha256);
      expect((await download('editor', b.downloadPath)).status).toBe(200);
      expect((await removeDocument('editor', a.id)).userErrors[0].code).toBe('NOT_FOUND');

      expect((await removeDocument('editor', b.id)).userErrors).toEqual([]);
      expect(keptFiles(s.filesDir)).not.toContain(a.sha256);
      expect(await ctx.dataSource.query('SELECT sha256 FROM stored_files WHERE sha256 = ?', [a.sha256])).toEqual([]);
      const rows = await ctx.dataSource.query('SELECT id FROM proposal_documents WHERE id IN (?, ?)', [
        fromGlobalId(a.id)!.databaseId,
        fromGlobalId(b.id)!.databaseId,
      ]);
      expect(rows).toEqual([]);
      const audit = await ctx.dataSource.query(
        "SELECT changes FROM audit_events WHERE operation = 'deleteProposalDocument' ORDER BY id DESC",
      );
      expect(audit[0].changes).toContain('"action":"delete"');
      expect(audit[0].changes).toContain('b.pdf');
    });

    it('gives the first result again for an upload retried with its Idempotency-Key', async () => {
      const dossier = await newDossier();
      const sendOnce = () =>
        upload(
          s.url(),
          s.keys.editor,
          { proposalId: dossier.id, kind: 'OTHER' },
          { name: 'retry.pdf', content: pdf('retry') },
          { 'idempotency-key': `upload-${dossier.id}` },
        );
      const first = await sendOnce();
      const second = await sendOnce();
      expect(first.status).toBe(201);
      expect(second.body.document.id).toBe(first.body.document.id);
      const [count] = await ctx.dataSource.query('SELECT COUNT(*) AS n FROM proposal_documents WHERE proposalId = ?', [
        fromGlobalId(dossier.id)!.databaseId,
      ]);
      expect(Number(count.n)).toBe(1);
    });

    it('never loses a file a document names while uploads and removals of the same content race', async () => {
      const dossiers = await Promise.all([newDossier(), newDossier(), newDossier()]);
      for (let round = 0; round < 6; round += 1) {
        const content = pdf(`đua ${round}`);
        const kept = (await send('editor', dossiers[0]!.id, 'r.pdf', content)).body.document;
        // The only document with this content goes while two more uploads of it arrive.
        const [removed, ...uploads] = await Promise.all([
          removeDocument('editor', kept.id),
          send('editor', dossiers[1]!.id, 'r.pdf', content),
          send('editor', dossiers[2]!.id, 'r.pdf', content),
        ]);
        expect(removed.userErrors).toEqual([]);
        expect(uploads.map((u) => u.status)).toEqual([201, 201]);
        for (const { body } of uploads) {
          const response = await download('board', body.document.downloadPath);
          expect([round, response.status]).toEqual([round, 200]);
          expect(Buffer.from(await response.arrayBuffer())).toEqual(content);
        }
        // Both go at once: the file goes with them, whichever commits first.
        await Promise.all(uploads.map(({ body }) => removeDocument('editor', body.document.id)));
        expect(keptFiles(s.filesDir)).not.toContain(kept.sha256);
      }
      expect(incomingFiles(s.filesDir)).toEqual([]);
    });

    it('lets no upload or removal slip past a submission that races it', async () => {
      const REQUIRED = ['COVER_LETTER', 'ACHIEVEMENT_REPORT', 'MEETING_MINUTES', 'INITIATIVE_PROOF'];
      for (let round = 0; round < 4; round += 1) {
        const dossier = await newDossier();
        const documents: Record<string, string> = {};
        for (const kind of REQUIRED)
          documents[kind] = (
            await send('editor', dossier.id, `${kind}.pdf`, pdf(`${kind} ${round}`), kind)
          ).body.document.id;
        const [submitted, uploaded, removed] = await Promise.all([
          s.data(
            'editor',
            'mutation($id: ID!, $v: Int!) { submitProposal(input: { id: $id, expectedVersion: $v }) { ' +
              'proposal { state } userErrors { code } } }',
            { id: dossier.id, v: dossier.version },
          ),
          send('editor', dossier.id, 'late.pdf', pdf(`late ${round}`)),
          s.removeDocument('editor', documents.MEETING_MINUTES!),
        ]);
        const kinds = (
          await s.data('board', 'query($id: ID!) { proposal(id: $id) { state documents { nodes { kind } } } }', {
            id: dossier.id,
          })
        ).proposal;
        const held = kinds.documents.nodes.map((d: { kind: string }) => d.kind);
        if (submitted.submitProposal.proposal) {
          // Submitted: every required document was there, and what came after it was refused.
          expect(REQUIRED.every((kind) => held.includes(kind))).toBe(true);
          expect(removed.userErrors).toEqual([{ code: 'INVALID_STATE', message: expect.any(String) }]);
          const [last] = await ctx.dataSource.query(
            "SELECT operation FROM audit_events WHERE operation IN ('submitProposal', 'uploadProposalDocument') " +
              'ORDER BY id DESC LIMIT 1',
          );
          expect(last.operation).toBe('submitProposal');
          expect([uploaded.status, held.includes('OTHER')]).toEqual(
            uploaded.status === 201 ? [201, true] : [409, false],
          );
        } else {
          // The removal came first: the submission was refused for the missing minutes.
          expect(submitted.submitProposal.userErrors).toEqual([{ code: 'MISSING_DOCUMENTS' }]);
          expect(removed.userErrors).toEqual([]);
          expect(kinds.state).toBe('DRAFT');
        }
      }
    });
  },
  { sqlite: 'file' },
);
