/**
 * A dossier's files over HTTP: an upload (multipart) by the submitting unit's EDITOR, kept by its
 * hash and given back to the board and that EDITOR only, as an attachment; and the refusals, each
 * changing nothing in the database or on disk: a file over 20 MB, a file whose content is not what
 * its name says, a key of another unit, a reader or no key, a dossier no longer editable, a form
 * without its fields. (Removal and shared content: proposals-files-removal.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { attachmentDisposition, safeFileName } from '../src/storage/file-name';
import { dossierFilesSetting } from './helpers/dossier-files';
import { describeEachEngine } from './helpers/engines';
import {
  COMPOUND_FILE,
  docx,
  EXECUTABLE,
  incomingFiles,
  JPEG,
  keptFiles,
  PNG,
  pdf,
  upload,
  xlsx,
} from './helpers/files';

describeEachEngine(
  'dossier files: upload, download and refusals',
  (ctx) => {
    const s = dossierFilesSetting(ctx);
    const { newDossier, send, download, refusedUnchanged } = s;

    it('keeps an upload by its hash and gives it back to the board and the unit, as an attachment', async () => {
      const dossier = await newDossier();
      const content = pdf('Tờ trình 45/TTr-SYT');
      const name = 'Tờ trình (số 45) – Sở Y tế.pdf';
      const reply = await send('editor', dossier.id, name, content, 'COVER_LETTER');
      expect(reply.status).toBe(201);
      const { document } = reply.body;
      expect(document).toMatchObject({
        proposalId: dossier.id,
        kind: 'COVER_LETTER',
        fileName: name,
        mediaType: 'application/pdf',
        sizeBytes: content.length,
        version: 1,
      });
      expect(readFileSync(s.store.pathOf(document.sha256))).toEqual(content);
      expect(incomingFiles(s.filesDir)).toEqual([]);

      // The same document through GraphQL, with where to download it; one audit event for the upload.
      const read = await s.data('board', 'query($id: ID!) { proposalDocument(id: $id) { sha256 downloadPath } }', {
        id: document.id,
      });
      expect(read.proposalDocument).toEqual({ sha256: document.sha256, downloadPath: document.downloadPath });
      const audit = await ctx.dataSource.query(
        "SELECT changes FROM audit_events WHERE operation = 'uploadProposalDocument' ORDER BY id DESC",
      );
      expect(audit[0].changes).toContain(document.sha256);

      for (const who of ['editor', 'board', 'admin'] as const) {
        const response = await download(who, document.downloadPath);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('content-disposition')).toBe(
          'attachment; filename="To trinh (so 45) _ So Y te.pdf"; filename*=UTF-8\'\'' +
            'T%E1%BB%9D%20tr%C3%ACnh%20%28s%E1%BB%91%2045%29%20%E2%80%93%20S%E1%BB%9F%20Y%20t%E1%BA%BF.pdf',
        );
        expect(Buffer.from(await response.arrayBuffer())).toEqual(content);
      }
    });

    it('names a file in its Content-Disposition so that no name can break the header or a path', () => {
      expect(attachmentDisposition('a"b\\c\r\nX-Evil: 1.pdf')).toBe(
        'attachment; filename="a_b_c__X-Evil: 1.pdf"; filename*=UTF-8\'\'a%22b%5Cc%0D%0AX-Evil%3A%201.pdf',
      );
      expect(safeFileName('C:\\Users\\an\\..\\bao-cao\u0007.pdf')).toBe('bao-cao.pdf');
      expect(safeFileName('../../etc/passwd')).toBe('passwd');
    });

    it('refuses a file over 20 MB, and files whose content is not what their name says, changing nothing', async () => {
      const dossier = await newDossier();
      const big = Buffer.concat([pdf(), Buffer.alloc(21 * 1024 * 1024, 0x20)]);
      const tooLarge = await refusedUnchanged(() => send('editor', dossier.id, 'bao-cao.pdf', big));
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body.userErrors).toEqual([
        { code: 'FILE_TOO_LARGE', field: ['file'], message: expect.stringContaining('20 MB') },
      ]);

      for (const [name, content, says] of [
        ['bao-cao.pdf', PNG, /content is PNG/],
        ['bao-cao.pdf', Buffer.from('<script>alert(1)</script>'), /not a recognised/],
        ['danh-sach.docx', await xlsx(), /content is XLSX/],
        ['bao-cao.exe', EXECUTABLE, /only PDF, DOC, DOCX, XLS, XLSX, JPG and PNG/],
        ['anh.png', EXECUTABLE, /content is EXE/],
        ['bien-ban.doc', JPEG, /content is JPG/],
        ['so-lieu.xlsx', docx(), /content is DOCX/],
      ] as const) {
        const reply = await refusedUnchanged(() => send('editor', dossier.id, name, content));
        expect([name, reply.status, reply.body.userErrors[0].code]).toEqual([name, 415, 'FILE_TYPE_NOT_ALLOWED']);
        expect(reply.body.userErrors[0].message).toMatch(says);
      }

      // What each allowed kind really is passes.
      for (const [name, content, mediaType] of [
        ['danh-sach.xlsx', await xlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        ['anh.PNG', PNG, 'image/png'],
        ['anh.jpeg', JPEG, 'image/jpeg'],
        ['bao-cao.docx', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        ['bien-ban.doc', COMPOUND_FILE, 'application/msword'],
        ['so-lieu.xls', COMPOUND_FILE, 'application/vnd.ms-excel'],
      ] as const) {
        const reply = await send('editor', dossier.id, name, content);
        expect([name, reply.status, reply.body.document?.mediaType]).toEqual([name, 201, mediaType]);
      }
    });

    it("lets no other unit's EDITOR, reader or anonymous caller upload, read or remove the files", async () => {
      const dossier = await newDossier();
      const { document } = (await send('editor', dossier.id, 'minh-chung.pdf', pdf('minh chứng'))).body;

      for (const [who, status, code] of [
        ['outsider', 403, 'FORBIDDEN'],
        ['reader', 403, 'FORBIDDEN'],
        [null, 401, 'UNAUTHENTICATED'],
      ] as const) {
        const reply = await refusedUnchanged(() => send(who, dossier.id, 'x.pdf', pdf('x')));
        expect([who, reply.status, reply.body.errors[0].extensions.code]).toEqual([who, status, code]);
        const response = await download(who, document.downloadPath);
        expect([who, response.status]).toEqual([who, status]);
        expect(await response.text()).not.toContain('%PDF');
      }
      const removal = await refusedUnchanged(() => s.removal('outsider', document.id));
      expect(removal.errors?.[0].extensions.code).toBe('FORBIDDEN');

      const unknown = await download('board', '/files/proposal-documents/UHJvcG9zYWxEb2N1bWVudDo5OTk5OTk');
      expect(unknown.status).toBe(404);
    });

    it('hands the board and the unit a signed link a browser opens without the key, and nobody else', async () => {
      const dossier = await newDossier();
      const content = pdf('liên kết');
      const { document } = (await send('editor', dossier.id, 'lien-ket.pdf', content)).body;
      const linkOf = async (who: 'editor' | 'board' | 'outsider' | 'reader') =>
        (
          await s.data(who, 'query($id: ID!) { proposalDocument(id: $id) { downloadLink { url expiresAt } } }', {
            id: document.id,
          })
        ).proposalDocument.downloadLink;
      for (const who of ['editor', 'board'] as const) {
        const link = await linkOf(who);
        expect(link.url.startsWith(`${document.downloadPath}?`)).toBe(true);
        const response = await download(null, link.url);
        expect([who, response.status]).toEqual([who, 200]);
        expect(Buffer.from(await response.arrayBuffer())).toEqual(content);
      }
      expect(await linkOf('outsider')).toBeNull();
      expect(await linkOf('reader')).toBeNull();

      const link = (await linkOf('board')).url as string;
      const tampered = link.replace(/sig=[^&]+/, 'sig=AAAA');
      expect((await download(null, tampered)).status).toBe(401);
      // A link signs its own document's path only.
      const other = (await send('editor', dossier.id, 'khac.pdf', pdf('khác'))).body.document;
      const moved = link.replace(document.downloadPath, other.downloadPath);
      expect((await download(null, moved)).status).toBe(401);
    });

    it('refuses uploads and removals once the dossier is submitted, and malformed forms', async () => {
      const dossier = await newDossier();
      const uploaded: Record<string, string> = {};
      for (const kind of ['COVER_LETTER', 'ACHIEVEMENT_REPORT', 'MEETING_MINUTES', 'INITIATIVE_PROOF'])
        uploaded[kind] = (await send('editor', dossier.id, `${kind}.pdf`, pdf(kind), kind)).body.document.id;
      const { submitProposal } = await s.data(
        'editor',
        'mutation($id: ID!, $v: Int!) { submitProposal(input: { id: $id, expectedVersion: $v }) { ' +
          'proposal { state } userErrors { code message } } }',
        { id: dossier.id, v: dossier.version },
      );
      expect(submitProposal.proposal.state).toBe('SUBMITTED');

      const late = await refusedUnchanged(() => send('editor', dossier.id, 'late.pdf', pdf('late')));
      expect(late.status).toBe(409);
      expect(late.body.userErrors[0]).toMatchObject({
        code: 'INVALID_STATE',
        message: expect.stringMatching(/SUBMITTED/),
      });
      const removal = await refusedUnchanged(() => s.removeDocument('editor', uploaded.COVER_LETTER!));
      expect(removal.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });

      const draft = await newDossier();
      const noFile = await refusedUnchanged(() => upload(s.url(), s.keys.editor, { proposalId: draft.id }, null));
      expect(noFile.status).toBe(400);
      expect(noFile.body.userErrors.map((e: { field: string[] }) => e.field[0])).toEqual(['kind', 'file']);
      const badKind = await refusedUnchanged(() => send('editor', draft.id, 'a.pdf', pdf('a'), 'PHOTO'));
      expect([badKind.status, badKind.body.userErrors[0].field]).toEqual([400, ['kind']]);
      const notADossier = await refusedUnchanged(() => send('editor', s.ids.SO_YTE!, 'a.pdf', pdf('a')));
      expect([notADossier.status, notADossier.body.userErrors[0].field]).toEqual([400, ['proposalId']]);
      const json = await refusedUnchanged(() =>
        fetch(`${s.url()}/files/proposal-documents`, {
          method: 'POST',
          headers: { authorization: `Bearer ${s.keys.editor}`, 'content-type': 'application/json' },
          body: '{}',
        }),
      );
      expect(json.status).toBe(415);
      expect(keptFiles(s.filesDir).length).toBeGreaterThan(0);
    });
  },
  { sqlite: 'file' },
);
