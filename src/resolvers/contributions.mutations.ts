/** createContributions: a batch of contributions in one transaction and one audit event. */
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../auth/caller';
import { Contribution } from '../entities/contributions';
import { addLinesField, fieldsInputType, idempotencyKeyField } from '../schema/record-inputs';
import { UserError } from '../schema/user-error';
import {
  CONTRIBUTION_KIND_RECORDS,
  CONTRIBUTION_RECORDS,
  createContributions,
  FUND_RECORDS,
} from '../services/contributions';
import type { InputValues } from '../services/record-service';
import { recordMutations } from './record-mutations';
import type { RequestContext } from './context';
import { mutate } from './mutation-payload';
import { replayMany } from './replay';

const ContributionLineInput = fieldsInputType(
  'ContributionLineInput',
  'Đóng góp — one contribution of a batch.',
  CONTRIBUTION_RECORDS.fields,
);

@InputType('CreateContributionsInput', { description: 'Tạo nhiều đóng góp — a batch: every line recorded, or none.' })
class CreateContributionsInput {
  contributions!: InputValues[];
  idempotencyKey?: string | null;
}
addLinesField(
  CreateContributionsInput.prototype,
  'contributions',
  ContributionLineInput,
  'Đóng góp — the contributions, each checked as createContribution would.',
);
idempotencyKeyField(CreateContributionsInput.prototype);

@ObjectType('CreateContributionsPayload', {
  description: 'Kết quả tạo nhiều đóng góp — the contributions in input order, or why the batch was refused.',
})
class CreateContributionsPayload {
  @Field(() => [Contribution], {
    nullable: true,
    description: 'Đóng góp — the recorded contributions, in input order; null when refused.',
  })
  contributions!: Contribution[] | null;

  @Field(() => [UserError], {
    description: 'Lỗi — why the batch was refused (the field path names the line); empty on success.',
  })
  userErrors!: UserError[];
}

@Resolver()
class ContributionBatchMutation {
  @Authorized(Role.EDITOR)
  @Mutation(() => CreateContributionsPayload, {
    description: 'Tạo nhiều đóng góp — records a batch of contributions in one transaction with one audit event.',
  })
  createContributions(
    @Arg('input', () => CreateContributionsInput, { description: "Dữ liệu vào — the mutation's input." })
    input: CreateContributionsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return mutate(
      ctx,
      'createContributions',
      'contributions',
      input,
      (w) => createContributions(w, input.contributions),
      replayMany(Contribution, input.idempotencyKey),
    );
  }
}

export const ContributionMutations: Function[] = [
  ...recordMutations(CONTRIBUTION_KIND_RECORDS, {
    create: 'createContributionKind',
    update: 'updateContributionKind',
    delete: 'deleteContributionKind',
    restore: 'restoreContributionKind',
  }),
  ...recordMutations(FUND_RECORDS, {
    create: 'createFund',
    update: 'updateFund',
    delete: 'deleteFund',
    restore: 'restoreFund',
  }),
  ...recordMutations(CONTRIBUTION_RECORDS, {
    create: 'createContribution',
    update: 'updateContribution',
    delete: 'deleteContribution',
    restore: 'restoreContribution',
  }),
  ContributionBatchMutation,
];
