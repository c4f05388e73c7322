/**
 * The server's `authenticate` hook: the request's Authorization header to a caller. A bad key is
 * refused with 401 and UNAUTHENTICATED before anything runs; no header is an anonymous request,
 * which the `@Authorized` rule then admits or refuses.
 */
import type { FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { callerFromAuthorization, InvalidApiKeyError } from './api-keys';
import type { Caller } from './caller';

export function authenticateWith(dataSource: DataSource): (request: FastifyRequest) => Promise<Caller | null> {
  return async (request) => {
    try {
      return await callerFromAuthorization(dataSource, request.headers.authorization);
    } catch (error) {
      if (!(error instanceof InvalidApiKeyError)) throw error;
      throw new GraphQLError(`Not authenticated: ${error.message}`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
  };
}
