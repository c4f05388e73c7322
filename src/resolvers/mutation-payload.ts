/** Runs a mutation for a resolver and shapes its outcome as the payload `{ <field>, userErrors }`. */
import { unauthenticated } from '../auth/auth-checker';
import { runMutation, type IdempotentReplay } from '../services/mutation-runner';
import type { WriteContext } from '../services/write-context';
import type { RequestContext } from './context';

export async function mutate<T>(
  ctx: RequestContext,
  operation: string,
  field: string,
  input: object,
  work: (w: WriteContext) => Promise<T>,
  idempotency?: IdempotentReplay<T>,
): Promise<Record<string, unknown>> {
  // @Authorized has already refused anonymous callers; this narrows the type.
  if (!ctx.caller) throw unauthenticated();
  const outcome = await runMutation(
    { dataSource: ctx.dataSource, caller: ctx.caller, requestId: ctx.requestId, log: ctx.log },
    operation,
    input,
    work,
    idempotency,
  );
  return { [field]: outcome.result, userErrors: outcome.userErrors };
}
