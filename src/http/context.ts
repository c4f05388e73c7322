/**
 * The transport's part of the per-request GraphQL context: which request this is and where the data
 * lives. Whatever the domain adds (loaders, the caller) is layered on top by the server's owner.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';

/** What the GraphQL layer notes about a request for its log line and metrics. */
export interface RequestNote {
  startedAt: bigint;
  operation: string | null;
  errorCodes: string[];
}

export interface HttpContext {
  requestId: string;
  /** Shared with the HTTP request, so the log line knows the operation and its errors. */
  note?: RequestNote;
  dataSource: DataSource;
  /** The authenticated caller, or null for an anonymous request. */
  caller: Caller | null;
}

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A caller's id is kept only when it is a plain token: it ends up in logs and response headers,
 * so anything that could forge a log line or split a header is replaced by a fresh UUID.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const incoming = headers[REQUEST_ID_HEADER];
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}

/** `request.id` was set from {@link requestIdFrom} when Fastify received the request. */
export function createContext({
  dataSource,
  request,
  caller,
}: {
  dataSource: DataSource;
  request: FastifyRequest;
  caller: Caller | null;
}): HttpContext {
  return { requestId: request.id, dataSource, caller, note: request.note };
}
