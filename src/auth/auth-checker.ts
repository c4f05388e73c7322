/**
 * The rule behind every `@Authorized`: `@Authorized()` (no roles) is a read, open to any
 * authenticated caller, and to anonymous callers only when anonymous reads are switched on;
 * `@Authorized(roles…)` admits those roles, and ADMIN always. Which records an EDITOR may write is
 * decided by the services, not here.
 */
import { GraphQLError } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import { forbidden } from '../core/request-errors';
import { Role, type Caller } from './caller';

export interface AuthContext {
  caller: Caller | null;
  /** Whether callers without a key may read (a setting, off by default). */
  anonymousReads: boolean;
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('An API key is required: send it as "Authorization: Bearer <key>"', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
}

export const authChecker: AuthCheckerFn<AuthContext, Role> = ({ context, info }, roles) => {
  const { caller } = context;
  if (!caller) {
    if (roles.length === 0 && context.anonymousReads) return true;
    throw unauthenticated();
  }
  if (roles.length === 0 || caller.role === Role.ADMIN || roles.includes(caller.role)) return true;
  throw forbidden(`The ${caller.role} role may not use ${info.parentType.name}.${info.fieldName}`);
};
