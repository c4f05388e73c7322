import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/caller';
import { AuditEvent } from '../entities/audit';
import { AUDIT_EVENTS } from '../schema/audit';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import { connectionType } from '../schema/page';
import { listConnection } from './connection-result';
import type { RequestContext } from './context';

export const AuditEventConnection = connectionType(AuditEvent, 'AuditEvent', 'nhật ký thao tác');

@Resolver()
export class AuditEventRootFields {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEventConnection, {
    description: 'Nhật ký thao tác — every successful mutation, newest first (ADMIN only).',
  })
  auditEvents(
    @Args(() => AUDIT_EVENTS.argsType) args: ListArgs<object, OrderInput<string>>,
    @Ctx() ctx: RequestContext,
  ) {
    return listConnection(ctx, AuditEventConnection, AUDIT_EVENTS.definition, args);
  }
}
