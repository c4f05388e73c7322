/** createAwardDecision (with its awards), corrections to a decision's header, and revocations. */
import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/caller';
import { Award, AwardDecision } from '../entities/awards';
import { addLinesField, fieldsInputType, idempotencyKeyField, payloadType } from '../schema/record-inputs';
import { DateScalar } from '../core/scalars';
import {
  AWARD_LINE_FIELDS,
  createAwardDecision,
  DECISION_FIELDS,
  DECISION_RECORDS,
  type CreateDecisionInput,
} from '../services/awards';
import { revokeAward, revokeAwardDecision, type RevocationInput } from '../services/awards-revocations';
import type { RequestContext } from './context';
import { mutate } from './mutation-payload';
import { AWARD_TYPE_RECORDS, BASE_SALARY_RECORDS } from '../services/awards-catalogue';
import { recordMutations } from './record-mutations';
import { replayOne } from './replay';

const AwardLineInput = fieldsInputType(
  'AwardLineInput',
  'Khen thưởng — one recipient line of a new decision. Prize money is derived, never typed in.',
  AWARD_LINE_FIELDS,
);
const CreateAwardDecisionInput = fieldsInputType(
  'CreateAwardDecisionInput',
  'Tạo quyết định khen thưởng — the decision and all its awards: all recorded, or none.',
  DECISION_FIELDS,
);
addLinesField(
  CreateAwardDecisionInput.prototype,
  'awards',
  AwardLineInput,
  'Khen thưởng — the recipients, each checked against rules 1–3, 8 and 9.',
);
idempotencyKeyField(CreateAwardDecisionInput.prototype);
const CreateAwardDecisionPayload = payloadType(
  'CreateAwardDecisionPayload',
  () => AwardDecision,
  'decision',
  'Kết quả tạo quyết định — the decision, or why it was refused.',
);

@InputType('RevokeInput', { description: 'Thu hồi — what is revoked, by which later decision, when and why.' })
class RevokeInput implements RevocationInput {
  @Field(() => ID, { description: 'Mã định danh — the decision or award to revoke.' })
  id!: string;

  @Field(() => Int, { description: 'Phiên bản mong đợi — the version you read (STALE_VERSION if it changed).' })
  expectedVersion!: number;

  @Field(() => ID, { description: 'Quyết định thu hồi — the decision that revokes it.' })
  revokedByDecisionId!: string;

  @Field(() => DateScalar, { description: 'Ngày thu hồi — the date of revocation.' })
  revokedOn!: string;

  @Field({ description: 'Lý do thu hồi — why it is revoked.' })
  @MaxLength(2000, { message: 'reason must be at most 2000 characters' })
  reason!: string;
}

const RevokeAwardDecisionPayload = payloadType(
  'RevokeAwardDecisionPayload',
  () => AwardDecision,
  'decision',
  'Kết quả thu hồi quyết định — the revoked decision, or why it was refused.',
);
const RevokeAwardPayload = payloadType(
  'RevokeAwardPayload',
  () => Award,
  'award',
  'Kết quả thu hồi khen thưởng — the revoked award, or why it was refused.',
);

@Resolver()
class AwardDecisionMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => CreateAwardDecisionPayload, {
    description:
      'Tạo quyết định khen thưởng — a decision with its awards in one transaction; prize money derived from ' +
      'coefficient × base salary on the signing date.',
  })
  createAwardDecision(
    @Arg('input', () => CreateAwardDecisionInput, { description: "Dữ liệu vào — the mutation's input." })
    input: CreateDecisionInput & { idempotencyKey?: string | null },
    @Ctx() ctx: RequestContext,
  ) {
    return mutate(
      ctx,
      'createAwardDecision',
      'decision',
      input,
      (w) => createAwardDecision(w, input),
      replayOne(AwardDecision, input.idempotencyKey),
    );
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => RevokeAwardDecisionPayload, {
    description:
      'Thu hồi quyết định — revokes a decision and all its active awards, recording the revoking decision and ' +
      'reason. Nothing is deleted.',
  })
  revokeAwardDecision(
    @Arg('input', () => RevokeInput, { description: "Dữ liệu vào — the mutation's input." }) input: RevokeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return mutate(ctx, 'revokeAwardDecision', 'decision', input, (w) => revokeAwardDecision(w, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => RevokeAwardPayload, {
    description:
      'Thu hồi khen thưởng — revokes one award; its decision becomes partially revoked (or revoked, with its ' +
      'last award).',
  })
  revokeAward(
    @Arg('input', () => RevokeInput, { description: "Dữ liệu vào — the mutation's input." }) input: RevokeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return mutate(ctx, 'revokeAward', 'award', input, (w) => revokeAward(w, input));
  }
}

export const AwardMutations: Function[] = [
  AwardDecisionMutations,
  ...recordMutations(AWARD_TYPE_RECORDS, {
    create: 'createAwardType',
    update: 'updateAwardType',
    delete: 'deleteAwardType',
    restore: 'restoreAwardType',
  }),
  ...recordMutations(BASE_SALARY_RECORDS, {
    create: 'createBaseSalary',
    update: 'updateBaseSalary',
    delete: 'deleteBaseSalary',
    restore: 'restoreBaseSalary',
  }),
  ...recordMutations(DECISION_RECORDS, {
    update: 'updateAwardDecision',
  }),
];
