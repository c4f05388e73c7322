/**
 * The dossier's mutations: createProposal (with its items), the record mutations of its header,
 * items and the required-documents catalogue, and one mutation per workflow step. Each is one call
 * into a service through the mutation runner (one transaction, one audit event, userErrors).
 */
import { Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/caller';
import { DateScalar } from '../core/scalars';
import { Proposal, ProposalItem } from '../entities/proposals';
import { addLinesField, fieldsInputType, idempotencyKeyField, payloadType } from '../schema/record-inputs';
import {
  createProposal,
  DOCUMENT_REQUIREMENT_RECORDS,
  PROPOSAL_ITEM_RECORDS,
  PROPOSAL_RECORDS,
  type ProposalLines,
} from '../services/proposals';
import { createDecisionFromProposal, type DecisionFromProposalInput } from '../services/proposals-decision';
import {
  approveProposalItem,
  recordProposalCouncilVotes,
  rejectProposalItem,
  returnProposal,
  sendProposalToCouncil,
  startProposalAppraisal,
  submitProposal,
  withdrawProposal,
  type ItemVotes,
  type ProposalActionInput,
} from '../services/proposals-workflow';
import type { RequestContext } from './context';
import { ProposalDocumentMutations } from './proposals-documents.mutations';
import { mutate } from './mutation-payload';
import { recordMutations } from './record-mutations';
import { replayOne } from './replay';

const INPUT = { description: "Dữ liệu vào — the mutation's input." };

const ProposalItemLine = fieldsInputType(
  'ProposalItemLineInput',
  'Nội dung đề nghị — one award asked for in a new dossier.',
  PROPOSAL_ITEM_RECORDS.fields,
  ['proposalId'],
);
const CreateProposalInput = fieldsInputType(
  'CreateProposalInput',
  'Tạo hồ sơ đề nghị — the dossier (a DRAFT) and its items: all recorded, or none.',
  PROPOSAL_RECORDS.fields,
);
addLinesField(
  CreateProposalInput.prototype,
  'items',
  ProposalItemLine,
  'Nội dung đề nghị — the awards asked for (more can be added while it is a draft).',
);
idempotencyKeyField(CreateProposalInput.prototype);

const CreateProposalPayload = payloadType(
  'CreateProposalPayload',
  () => Proposal,
  'proposal',
  'Kết quả tạo hồ sơ — the new dossier, or why it was refused.',
);
const ProposalPayload = payloadType(
  'ProposalPayload',
  () => Proposal,
  'proposal',
  'Kết quả — the dossier as it now stands, or why the step was refused.',
);
const ProposalItemPayload = payloadType(
  'ProposalItemDecisionPayload',
  () => ProposalItem,
  'item',
  'Kết quả xét — the item as decided, or why it was refused.',
);

@InputType('ProposalActionInput', { description: 'Bước xử lý hồ sơ — which dossier, the version read, and why.' })
class ProposalAction implements ProposalActionInput {
  @Field(() => ID, { description: 'Hồ sơ — the dossier.' })
  id!: string;

  @Field(() => Int, { description: 'Phiên bản mong đợi — the version you read (STALE_VERSION if it changed).' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Lý do — why (required to return a dossier).' })
  reason?: string | null;
}

@InputType('ProposalItemVotesInput', { description: "Biểu quyết — the council's votes on one item." })
class ProposalItemVotes implements ItemVotes {
  @Field(() => ID, { description: 'Nội dung đề nghị — the item.' })
  itemId!: string;

  @Field(() => Int, { description: 'Phiếu đồng ý — votes for.' })
  @Min(0)
  @Max(1000)
  votesFor!: number;

  @Field(() => Int, { description: 'Phiếu không đồng ý — votes against.' })
  @Min(0)
  @Max(1000)
  votesAgainst!: number;

  @Field(() => Int, { nullable: true, description: 'Không biểu quyết — members abstaining (default 0).' })
  votesAbstaining?: number | null;
}

@InputType('RecordProposalCouncilVotesInput', { description: "Biểu quyết của Hội đồng — votes on a dossier's items." })
class RecordVotesInput {
  @Field(() => ID, { description: 'Hồ sơ — the dossier, under council review.' })
  id!: string;

  @Field(() => [ProposalItemVotes], { description: 'Biểu quyết — one line per item voted on.' })
  votes!: ProposalItemVotes[];
}

@InputType('ProposalItemDecisionInput', { description: 'Xét một nội dung — which item, the version read, and why.' })
class ItemDecision {
  @Field(() => ID, { description: 'Nội dung đề nghị — the item.' })
  id!: string;

  @Field(() => Int, { description: 'Phiên bản mong đợi — the version of the item you read.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Lý do — why (required to reject).' })
  reason?: string | null;
}

@InputType('CreateDecisionFromProposalInput', {
  description: 'Ra quyết định từ hồ sơ — the decision for the approved items, issued by the authority addressed.',
})
class DecisionFromProposal implements DecisionFromProposalInput {
  @Field(() => ID, { description: 'Hồ sơ — the dossier, every item approved or rejected.' })
  proposalId!: string;

  @Field(() => Int, { description: 'Phiên bản mong đợi — the version of the dossier you read.' })
  expectedVersion!: number;

  @Field({ description: 'Số quyết định — the number as written (e.g. 215/QĐ-UBND).' })
  decisionNo!: string;

  @Field(() => DateScalar, { description: 'Ngày ký — the signing date; it fixes the rules and prize money.' })
  signedOn!: string;

  @Field(() => String, { nullable: true, description: 'Người ký — who signed.' })
  signerName?: string | null;

  @Field(() => String, { nullable: true, description: "Chức vụ người ký — the signer's title." })
  signerTitle?: string | null;

  @Field(() => String, { nullable: true, description: "Trích yếu — the summary (default: the dossier's)." })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Khóa chống lặp — retrying with it gives the first result.' })
  idempotencyKey?: string | null;
}

type Step = (w: Parameters<typeof submitProposal>[0], input: ProposalActionInput) => Promise<Proposal>;

function step(ctx: RequestContext, name: string, input: ProposalAction, work: Step) {
  return mutate(ctx, name, 'proposal', input, (w) => work(w, input));
}

@Resolver()
class ProposalWorkflowMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => CreateProposalPayload, {
    description: 'Tạo hồ sơ đề nghị — a DRAFT dossier with its items, by an EDITOR of the submitting unit.',
  })
  createProposal(
    @Arg('input', () => CreateProposalInput, INPUT) input: ProposalLines & { idempotencyKey?: string | null },
    @Ctx() ctx: RequestContext,
  ) {
    const replay = replayOne(Proposal, input.idempotencyKey);
    return mutate(ctx, 'createProposal', 'proposal', input, (w) => createProposal(w, input), replay);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ProposalPayload, {
    description:
      'Gửi hồ sơ — DRAFT or RETURNED → SUBMITTED: required documents present, every item eligible today ' +
      '(soft findings kept as warnings).',
  })
  submitProposal(@Arg('input', () => ProposalAction, INPUT) input: ProposalAction, @Ctx() ctx: RequestContext) {
    return step(ctx, 'submitProposal', input, submitProposal);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ProposalPayload, { description: 'Rút hồ sơ — DRAFT or SUBMITTED → WITHDRAWN, by its unit.' })
  withdrawProposal(@Arg('input', () => ProposalAction, INPUT) input: ProposalAction, @Ctx() ctx: RequestContext) {
    return step(ctx, 'withdrawProposal', input, withdrawProposal);
  }

  @Authorized(Role.APPRAISER)
  @Mutation(() => ProposalPayload, { description: 'Thẩm định — SUBMITTED → UNDER_APPRAISAL, by the board.' })
  startProposalAppraisal(@Arg('input', () => ProposalAction, INPUT) input: ProposalAction, @Ctx() ctx: RequestContext) {
    return step(ctx, 'startProposalAppraisal', input, startProposalAppraisal);
  }

  @Authorized(Role.APPRAISER)
  @Mutation(() => ProposalPayload, {
    description:
      'Trả hồ sơ — back to the unit (RETURNED) with a reason, by the board; the unit corrects and resubmits.',
  })
  returnProposal(@Arg('input', () => ProposalAction, INPUT) input: ProposalAction, @Ctx() ctx: RequestContext) {
    return step(ctx, 'returnProposal', input, returnProposal);
  }

  @Authorized(Role.APPRAISER)
  @Mutation(() => ProposalPayload, { description: 'Trình Hội đồng — UNDER_APPRAISAL → COUNCIL_REVIEW, by the board.' })
  sendProposalToCouncil(@Arg('input', () => ProposalAction, INPUT) input: ProposalAction, @Ctx() ctx: RequestContext) {
    return step(ctx, 'sendProposalToCouncil', input, sendProposalToCouncil);
  }

  @Authorized(Role.APPRAISER)
  @Mutation(() => ProposalPayload, { description: "Biểu quyết — records the council's votes on items under review." })
  recordProposalCouncilVotes(
    @Arg('input', () => RecordVotesInput, INPUT) input: RecordVotesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return mutate(ctx, 'recordProposalCouncilVotes', 'proposal', input, (w) => recordProposalCouncilVotes(w, input));
  }

  @Authorized(Role.APPRAISER)
  @Mutation(() => ProposalItemPayload, {
    description: 'Đồng ý — approves an item the council voted on; it is checked for eligibility again.',
  })
  approveProposalItem(@Arg('input', () => ItemDecision, INPUT) input: ItemDecision, @Ctx() ctx: RequestContext) {
    return mutate(ctx, 'approveProposalItem', 'item', input, (w) => approveProposalItem(w, input));
  }

  @Authorized(Role.APPRAISER)
  @Mutation(() => ProposalItemPayload, {
    description: 'Không đồng ý — rejects an item with a reason; a dossier whose every item is rejected is REJECTED.',
  })
  rejectProposalItem(@Arg('input', () => ItemDecision, INPUT) input: ItemDecision, @Ctx() ctx: RequestContext) {
    return mutate(ctx, 'rejectProposalItem', 'item', input, (w) => rejectProposalItem(w, input));
  }

  @Authorized(Role.APPRAISER)
  @Mutation(() => ProposalPayload, {
    description:
      'Ra quyết định từ hồ sơ — one decision for the approved items (every award rule applies); the awards are ' +
      'linked to their items and the dossier is DECIDED.',
  })
  createDecisionFromProposal(
    @Arg('input', () => DecisionFromProposal, INPUT) input: DecisionFromProposal,
    @Ctx() ctx: RequestContext,
  ) {
    const replay = replayOne(Proposal, input.idempotencyKey);
    return mutate(
      ctx,
      'createDecisionFromProposal',
      'proposal',
      input,
      (w) => createDecisionFromProposal(w, input),
      replay,
    );
  }
}

export const ProposalMutations: Function[] = [
  ProposalWorkflowMutations,
  ProposalDocumentMutations,
  ...recordMutations(PROPOSAL_RECORDS, { update: 'updateProposal' }),
  ...recordMutations(PROPOSAL_ITEM_RECORDS, {
    create: 'createProposalItem',
    update: 'updateProposalItem',
    delete: 'deleteProposalItem',
    restore: 'restoreProposalItem',
  }),
  ...recordMutations(DOCUMENT_REQUIREMENT_RECORDS, {
    create: 'createProposalDocumentRequirement',
    update: 'updateProposalDocumentRequirement',
    delete: 'deleteProposalDocumentRequirement',
    restore: 'restoreProposalDocumentRequirement',
  }),
];
