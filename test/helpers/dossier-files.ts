/**
 * The setting of the dossier-file tests: the article's data, the service on the block's database
 * with its own FILES_DIR, real API keys (an EDITOR of Sở Y tế, one of Sở GD&ĐT, the board, a
 * reader, an administrator), and the portal's steps over HTTP: a draft dossier, an upload, a
 * download, a removal.
 */
import { rm } from 'node:fs/promises';
import { issueApiKey } from '../../src/auth/api-keys';
import { Role } from '../../src/auth/caller';
import type { RunningService } from '../../src/main';
import { seedArticle } from '../../src/seed/article';
import { FileStore } from '../../src/storage/file-store';
import { databaseFingerprint } from './db-state';
import type { EngineContext } from './engines';
import { freshFilesDir, incomingFiles, keptFiles, upload } from './files';
import { startService } from './service';

export type Who = 'editor' | 'outsider' | 'board' | 'reader' | 'admin';

export function dossierFilesSetting(ctx: EngineContext) {
  let service: RunningService;
  const filesDir = freshFilesDir();
  const store = new FileStore(filesDir, 20 * 1024 * 1024);
  const keys: Record<Who, string> = { editor: '', outsider: '', board: '', reader: '', admin: '' };
  const ids: Record<string, string> = {};

  /** A GraphQL request as `who`, over HTTP; the whole body (data and errors). */
  async function api(who: Who, query: string, variables: object = {}): Promise<{ data: any; errors?: any[] }> {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[who]}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data: any; errors?: any[] };
  }

  /** The data of a request that must succeed. */
  async function data(who: Who, query: string, variables: object = {}): Promise<any> {
    const body = await api(who, query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    service = await startService(ctx, { FILES_DIR: filesDir });
    const units = (await ctx.dataSource.query(
      "SELECT id, code FROM units WHERE code IN ('SO_YTE', 'SO_GDDT')",
    )) as Array<{
      id: number;
      code: string;
    }>;
    const editorOf = async (code: string) =>
      (
        await issueApiKey(ctx.dataSource, {
          role: Role.EDITOR,
          unitId: Number(units.find((u) => u.code === code)!.id),
          name: code,
        })
      ).key;
    keys.editor = await editorOf('SO_YTE');
    keys.outsider = await editorOf('SO_GDDT');
    keys.board = (await issueApiKey(ctx.dataSource, { role: Role.APPRAISER, name: 'ban' })).key;
    keys.reader = (await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'r' })).key;
    keys.admin = (await issueApiKey(ctx.dataSource, { role: Role.ADMIN, name: 'a' })).key;
    const found = await data(
      'admin',
      '{ units(first: 20) { nodes { id code } } awardTypes(first: 100) { nodes { id code } } }',
    );
    for (const { id, code } of [...found.units.nodes, ...found.awardTypes.nodes]) ids[code] = id;
  });
  afterAll(async () => {
    await service?.stop();
    await rm(filesDir, { recursive: true, force: true });
  });

  /** A new DRAFT dossier of Sở Y tế with one item: its global ID and version. */
  async function newDossier(): Promise<{ id: string; version: number }> {
    const { createProposal } = await data(
      'editor',
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } ' +
        'userErrors { code message } } }',
      {
        input: {
          submittingUnitId: ids.SO_YTE,
          addressedUnitId: ids.UBND_TINH,
          commendationType: 'MERIT',
          year: 2025,
          items: [
            { awardTypeId: ids.TAP_THE_LAO_DONG_XUAT_SAC, subjectType: 'COLLECTIVE', recipientUnitId: ids.SO_YTE },
          ],
        },
      },
    );
    expect(createProposal.userErrors).toEqual([]);
    return createProposal.proposal;
  }

  /** Uploads `content` as `name` to the dossier, as `who` (null: without a key). */
  const send = (who: Who | null, proposalId: string, name: string, content: Buffer, kind = 'OTHER') =>
    upload(service.url, who ? keys[who] : null, { proposalId, kind }, { name, content });

  const download = (who: Who | null, path: string) =>
    fetch(`${service.url}${path}`, { headers: who ? { authorization: `Bearer ${keys[who]}` } : {} });

  /** deleteProposalDocument as `who`: the whole GraphQL body. */
  const removal = (who: Who, id: string, expectedVersion = 1) =>
    api(
      who,
      'mutation($input: DeleteProposalDocumentInput!) { deleteProposalDocument(input: $input) { ' +
        'document { id sha256 } userErrors { code message } } }',
      { input: { id, expectedVersion } },
    );

  /** deleteProposalDocument as `who`, expected to be answered with a payload. */
  const removeDocument = async (who: Who, id: string, expectedVersion = 1) => {
    const body = await removal(who, id, expectedVersion);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.deleteProposalDocument;
  };

  /** Runs a request that must be refused, and checks that neither the database nor the disk changed. */
  async function refusedUnchanged<T>(attempt: () => Promise<T>): Promise<T> {
    const before = await databaseFingerprint(ctx.dataSource);
    const filesBefore = keptFiles(filesDir);
    const result = await attempt();
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
    expect(keptFiles(filesDir)).toEqual(filesBefore);
    expect(incomingFiles(filesDir)).toEqual([]);
    return result;
  }

  return {
    url: () => service.url,
    keys,
    ids,
    filesDir,
    store,
    data,
    newDossier,
    send,
    download,
    removal,
    removeDocument,
    refusedUnchanged,
  };
}
