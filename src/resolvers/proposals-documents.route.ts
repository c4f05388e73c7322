/**
 * A dossier's files over HTTP, beside GraphQL (which carries no file content):
 *
 *   POST /files/proposal-documents        multipart/form-data: proposalId, kind, file
 *   GET  /files/proposal-documents/{id}   the document's content, as it was uploaded
 *
 * Both need an API key (the server's API hook authenticates and rate-limits /files/ like /graphql);
 * a download may instead come with a signed link (`downloadLink`), bound to the key that asked for it.
 * An upload is a mutation like any other — the runner's transaction, audit event, userErrors and
 * an optional Idempotency-Key header — whose refusals are answered with a 4xx status and the same
 * userErrors. A download is for the board and the submitting unit's EDITORs only, with the media
 * type the content showed at upload, as an attachment the browser must not sniff or render inline.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { fromGlobalId, toGlobalId } from '../core/global-id';
import { RequestRefusal, requestErrorBody } from '../core/request-errors';
import { UserErrorCode, type UserErrorShape } from '../core/refusal';
import { Proposal } from '../entities/proposals';
import { ProposalDocument } from '../entities/proposals-documents';
import type { Log } from '../log';
import { callerOf, CsvRequestError } from '../reports/csv-route';
import type { LinkSigner } from '../reports/download-links';
import { mayReadDocuments, NOT_A_SUBMITTER, preparesDossiers } from '../services/proposals-access';
import { uploadProposalDocument } from '../services/proposals-documents';
import { runMutation } from '../services/mutation-runner';
import { attachmentDisposition } from '../storage/file-name';
import { StoredFileMissingError, type FileStore, type ReceivedFile } from '../storage/file-store';
import { replayOne } from './replay';

const UPLOAD_PATH = '/files/proposal-documents';

/** Where a document's content is downloaded from (relative to the service's address). */
export function documentDownloadPath(databaseId: number): string {
  return `${UPLOAD_PATH}/${encodeURIComponent(toGlobalId('ProposalDocument', databaseId))}`;
}

export interface DocumentFileRouteOptions {
  dataSource: DataSource;
  files: FileStore;
  /** Checks the signed links a download may come with. */
  signer: LinkSigner;
  log?: Log;
}

/** The HTTP status of an upload refused for this reason. */
const STATUS_BY_USER_ERROR: Partial<Record<string, number>> = {
  [UserErrorCode.FILE_TOO_LARGE]: 413,
  [UserErrorCode.FILE_TYPE_NOT_ALLOWED]: 415,
  [UserErrorCode.NOT_FOUND]: 404,
  [UserErrorCode.INVALID_STATE]: 409,
  [UserErrorCode.IDEMPOTENCY_KEY_REUSED]: 409,
  [UserErrorCode.DUPLICATE]: 409,
};

/** The parts of an upload's form, once read. */
interface UploadForm {
  fields: Record<string, string>;
  fileName: string | null;
  file: ReceivedFile | null;
}

/** A refusal of the whole request, in the error shape of every other route. */
function refuseRequest(reply: FastifyReply, request: FastifyRequest, status: number, code: string, message: string) {
  return reply.code(status).send(requestErrorBody(request.id, code, message));
}

/** What an upload answers: the document as the GraphQL type names its fields. */
function documentView(document: ProposalDocument) {
  return {
    id: document.nodeId,
    databaseId: document.databaseId,
    version: document.version,
    proposalId: toGlobalId('Proposal', document.proposalId),
    kind: document.kind,
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    uploadedByKeyId: document.uploadedByKeyId,
    createdAt: document.createdAt.toISOString(),
    downloadPath: documentDownloadPath(document.id),
  };
}

/**
 * Reads the form: its text fields, and its one file streamed into the store's temporary space.
 * Fields may come before or after the file.
 */
async function readForm(request: FastifyRequest, files: FileStore): Promise<UploadForm> {
  const form: UploadForm = { fields: {}, fileName: null, file: null };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        form.fields[part.fieldname] = String(part.value);
      } else if (part.fieldname !== 'file') {
        part.file.resume();
        throw new UploadFormError(`the form has a file under "${part.fieldname}": send the document as "file"`);
      } else {
        form.fileName = part.filename;
        form.file = await files.receive(part.file);
      }
    }
    return form;
  } catch (error) {
    if (form.file) await files.discard(form.file);
    throw error;
  }
}

class UploadFormError extends Error {}

/** Multipart limits the parser enforces (a second file, too many parts) are the client's mistakes. */
function formMistake(error: unknown): string | null {
  if (error instanceof UploadFormError) return error.message;
  const status = (error as { statusCode?: number }).statusCode;
  if (status && status >= 400 && status < 500)
    return `the form cannot be read (${(error as Error).message}): send one file with the fields proposalId and kind`;
  return null;
}

async function upload(
  request: FastifyRequest,
  reply: FastifyReply,
  caller: Caller,
  options: DocumentFileRouteOptions,
): Promise<FastifyReply> {
  // Before the body is read: a key that never prepares dossiers is refused at once.
  if (!preparesDossiers(caller)) return refuseRequest(reply, request, 403, 'FORBIDDEN', NOT_A_SUBMITTER);
  if (!request.isMultipart())
    return refuseRequest(
      reply,
      request,
      415,
      'BAD_REQUEST',
      'Send the document as multipart/form-data with the fields proposalId, kind and file',
    );
  let form: UploadForm;
  try {
    form = await readForm(request, options.files);
  } catch (error) {
    const mistake = formMistake(error);
    if (mistake === null) throw error;
    return refuseRequest(reply, request, 400, 'BAD_REQUEST', mistake);
  }
  const { file } = form;
  let answer: { status: number; body: object };
  try {
    answer = await keepUpload(request, caller, form, options);
  } finally {
    // Before the answer: once the client has it, nothing of the upload is left in the temporary space.
    if (file) await options.files.discard(file);
  }
  return reply.code(answer.status).send(answer.body);
}

/** The upload's userErrors, their fields named as the form's (the runner names a mutation's input). */
function refusedUpload(userErrors: UserErrorShape[]): { status: number; body: object } {
  const formErrors = userErrors.map((e) => (e.field?.[0] === 'input' ? { ...e, field: e.field.slice(1) } : e));
  return { status: STATUS_BY_USER_ERROR[userErrors[0]!.code] ?? 400, body: { document: null, userErrors: formErrors } };
}

/** The upload through the mutation runner, once the form is read: the answer's status and body. */
async function keepUpload(
  request: FastifyRequest,
  caller: Caller,
  form: UploadForm,
  options: DocumentFileRouteOptions,
): Promise<{ status: number; body: object }> {
  const { file } = form;
  const missing: UserErrorShape[] = [];
  for (const name of ['proposalId', 'kind'])
    if (!form.fields[name]?.trim())
      missing.push({ code: UserErrorCode.INVALID_INPUT, message: `${name} is required`, field: [name] });
  if (!file) missing.push({ code: UserErrorCode.INVALID_INPUT, message: 'file is required', field: ['file'] });
  if (missing.length || !file) return refusedUpload(missing);

  const input = {
    proposalId: form.fields.proposalId!.trim(),
    kind: form.fields.kind!.trim(),
    fileName: form.fileName ?? '',
    sha256: file.sha256,
    sizeBytes: file.sizeBytes,
  };
  const key = request.headers['idempotency-key'];
  const outcome = await runMutation(
    { dataSource: options.dataSource, caller, requestId: request.id, log: options.log },
    'uploadProposalDocument',
    input,
    (w) => uploadProposalDocument(w, options.files, { ...input, file }),
    replayOne(ProposalDocument, typeof key === 'string' && key.trim() ? key.trim().slice(0, 128) : null),
  );
  if (outcome.userErrors.length) return refusedUpload(outcome.userErrors);
  return { status: 201, body: { document: documentView(outcome.result!), userErrors: [] } };
}

async function download(
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  caller: Caller,
  options: DocumentFileRouteOptions,
): Promise<FastifyReply> {
  const decoded = fromGlobalId(request.params.id);
  const manager = options.dataSource.manager;
  const document =
    decoded?.typeName === 'ProposalDocument'
      ? await manager.findOne(ProposalDocument, { where: { id: decoded.databaseId } })
      : null;
  const proposal = document
    ? await manager.findOne(Proposal, {
        where: { id: document.proposalId },
        select: { id: true, submittingUnitId: true },
      })
    : null;
  if (!document || !proposal)
    return refuseRequest(reply, request, 404, 'NOT_FOUND', 'No ProposalDocument with this ID exists');
  if (!(await mayReadDocuments(manager, caller, proposal)))
    return refuseRequest(
      reply,
      request,
      403,
      'FORBIDDEN',
      "Only the emulation board and the submitting unit's EDITORs may download a dossier's files",
    );
  let content: Awaited<ReturnType<FileStore['open']>>;
  try {
    content = await options.files.open(document.sha256);
  } catch (error) {
    if (!(error instanceof StoredFileMissingError)) throw error;
    options.log?.error(
      { requestId: request.id, documentId: document.id, reason: error.message },
      'stored file missing',
    );
    return refuseRequest(reply, request, 500, 'INTERNAL_SERVER_ERROR', 'The file of this document is missing');
  }
  return reply
    .header('content-type', document.mediaType)
    .header('content-length', String(content.sizeBytes))
    .header('content-disposition', attachmentDisposition(document.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .header('etag', `"${document.sha256}"`)
    .send(content.stream);
}

/**
 * Runs `handle` for the request's caller (`callerFor`: the key header's by default), answering a
 * request without one, with a bad link, or refused by the write rules (FORBIDDEN) in the API's error
 * shape.
 */
async function asCaller(
  request: FastifyRequest,
  reply: FastifyReply,
  what: string,
  handle: (caller: Caller) => Promise<FastifyReply>,
  callerFor: (request: FastifyRequest) => Promise<Caller | null> = async (r) => r.caller,
): Promise<FastifyReply> {
  try {
    const caller = await callerFor(request);
    if (!caller) return refuseRequest(reply, request, 401, 'UNAUTHENTICATED', `${what} needs an API key`);
    return await handle(caller);
  } catch (error) {
    if (error instanceof CsvRequestError) return refuseRequest(reply, request, error.status, error.code, error.message);
    if (!(error instanceof RequestRefusal)) throw error;
    const status = error.extensions.http?.status ?? (error.extensions.code === 'UNAUTHENTICATED' ? 401 : 403);
    return refuseRequest(reply, request, status, error.extensions.code, error.message);
  }
}

export async function registerDocumentFileRoutes(app: FastifyInstance, options: DocumentFileRouteOptions) {
  // In a scope of its own: multipart bodies are parsed on these routes only.
  await app.register(async (scope) => {
    await scope.register(multipart, {
      // The store says too large itself (FILE_TOO_LARGE), with the limit in its message.
      throwFileSizeLimit: false,
      limits: { fileSize: options.files.maxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
    });
    scope.post(UPLOAD_PATH, (request, reply) =>
      asCaller(request, reply, 'Uploading a document', (caller) => upload(request, reply, caller, options)),
    );
    scope.get<{ Params: { id: string } }>(`${UPLOAD_PATH}/:id`, (request, reply) =>
      asCaller(
        request,
        reply,
        'Downloading a document',
        (caller) => download(request, reply, caller, options),
        // The key header's caller, or the signed link's (a link signs this path, nothing else).
        (r) =>
          callerOf(r, new URL(r.url, 'http://service').searchParams, `${UPLOAD_PATH}/${request.params.id}`, {
            dataSource: options.dataSource,
            signer: options.signer,
          }),
      ),
    );
  });
}
