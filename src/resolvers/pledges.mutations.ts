/** createPledge: the pledge with its signatories and targets in one mutation; the rest are record mutations. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/caller';
import { Pledge } from '../entities/pledges';
import { addLinesField, fieldsInputType, idempotencyKeyField, payloadType } from '../schema/record-inputs';
import { createPledge, PLEDGE_RECORDS, SIGNATORY_RECORDS, TARGET_RECORDS, type PledgeLines } from '../services/pledges';
import type { RequestContext } from './context';
import { mutate } from './mutation-payload';
import { recordMutations } from './record-mutations';
import { replayOne } from './replay';

const SignatoryLine = fieldsInputType(
  'PledgeSignatoryLineInput',
  'Đơn vị ký — one signing unit of a new pledge.',
  SIGNATORY_RECORDS.fields,
  ['pledgeId'],
);
const TargetLine = fieldsInputType(
  'PledgeTargetLineInput',
  'Chỉ tiêu — one target of a new pledge.',
  TARGET_RECORDS.fields,
  ['pledgeId'],
);
const CreatePledgeInput = fieldsInputType(
  'CreatePledgeInput',
  'Tạo giao ước — the pledge, every signatory and every target: all recorded, or none.',
  PLEDGE_RECORDS.fields,
);
addLinesField(
  CreatePledgeInput.prototype,
  'signatories',
  SignatoryLine,
  "Đơn vị ký — the signing units; each a member of the bloc in the pledge's year (rule 5).",
);
addLinesField(
  CreatePledgeInput.prototype,
  'targets',
  TargetLine,
  'Chỉ tiêu — the targets, for the bloc as a whole or for one unit.',
);
idempotencyKeyField(CreatePledgeInput.prototype);
const CreatePledgePayload = payloadType(
  'CreatePledgePayload',
  () => Pledge,
  'pledge',
  'Kết quả tạo giao ước — the pledge, or why it was refused.',
);

@Resolver()
class CreatePledgeMutation {
  @Authorized(Role.EDITOR)
  @Mutation(() => CreatePledgePayload, {
    description:
      "Tạo giao ước thi đua — a bloc's pledge for a year with its signatories and targets, in one transaction.",
  })
  createPledge(
    @Arg('input', () => CreatePledgeInput, { description: "Dữ liệu vào — the mutation's input." })
    input: PledgeLines & { idempotencyKey?: string | null },
    @Ctx() ctx: RequestContext,
  ) {
    return mutate(
      ctx,
      'createPledge',
      'pledge',
      input,
      (w) => createPledge(w, input),
      replayOne(Pledge, input.idempotencyKey),
    );
  }
}

export const PledgeMutations: Function[] = [
  CreatePledgeMutation,
  ...recordMutations(PLEDGE_RECORDS, {
    update: 'updatePledge',
    delete: 'deletePledge',
    restore: 'restorePledge',
  }),
  ...recordMutations(SIGNATORY_RECORDS, {
    create: 'createPledgeSignatory',
    update: 'updatePledgeSignatory',
    delete: 'deletePledgeSignatory',
    restore: 'restorePledgeSignatory',
  }),
  ...recordMutations(TARGET_RECORDS, {
    create: 'createPledgeTarget',
    update: 'updatePledgeTarget',
    delete: 'deletePledgeTarget',
    restore: 'restorePledgeTarget',
  }),
];
