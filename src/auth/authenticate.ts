/**
 * The server's `authenticate` hook: the request's Authorization header to a caller. A bad key is
 * refused with 401 and UNAUTHENTICATED before anything runs; no header is an anonymous request,
 * which the `@Authorized` rule then admits or refuses.
 */
import type { FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { callerFromAuthorization, InvalidApiKeyError, verifyApiKey } from './api-keys';
import { VerifiedKeyCache } from './key-cache';
import type { Caller } from './caller';

export function authenticateWith(
  dataSource: DataSource,
  cache: VerifiedKeyCache = new VerifiedKeyCache(0),
): (request: FastifyRequest) => Promise<Caller | null> {
  const verify = (key: string) => cache.verify(key, (k) => verifyApiKey(dataSource, k));
  return async (request) => {
    try {
      return await callerFromAuthorization(dataSource, request.headers.authorization, verify);
    } catch (error) {
      if (!(error instanceof InvalidApiKeyError)) throw error;
      throw new GraphQLError(`Not authenticated: ${error.message}`, {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
  };
}
