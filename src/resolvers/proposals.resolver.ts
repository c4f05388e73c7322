/** Proposal dossiers' root fields and the relations of their types. */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Award, AwardDecision, AwardType } from '../entities/awards';
import { EmulationBloc } from '../entities/blocs';
import { EvaluationResult } from '../entities/evaluations';
import { Movement } from '../entities/movements';
import { Person, Unit } from '../entities/organisation';
import { Proposal, ProposalItem, ProposalTransition } from '../entities/proposals';
import { ProposalDocument, ProposalDocumentRequirement } from '../entities/proposals-documents';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import {
  PROPOSAL_DOCUMENT_REQUIREMENTS,
  PROPOSAL_DOCUMENTS,
  PROPOSAL_ITEMS,
  PROPOSAL_TRANSITIONS,
  PROPOSALS,
  ProposalConnection,
  ProposalDocumentConnection,
  ProposalDocumentRequirementConnection,
  ProposalItemConnection,
  ProposalTransitionConnection,
  ProposalWarning,
} from '../schema/proposals';
import { mayReadDocuments } from '../services/proposals-access';
import { AwardRecipient, Household, recipientOf } from './awards.resolver';
import { childListConnection } from './connection-result';
import type { RequestContext } from './context';
import { documentDownloadPath } from './proposals-documents.route';
import { DownloadLink } from './report-links.resolver';
import { rootFieldsResolver } from './root-fields';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

export const ProposalRootFields = [
  rootFieldsResolver({
    entity: Proposal,
    connection: ProposalConnection,
    list: PROPOSALS,
    one: { name: 'proposal', description: 'Hồ sơ đề nghị khen thưởng — one dossier by global ID.' },
    many: {
      name: 'proposals',
      description:
        'Danh sách hồ sơ đề nghị — dossiers, newest first; filter by unit, state, year, commendation type, ' +
        'submission date or (through items) award type.',
    },
  }),
  rootFieldsResolver({
    entity: ProposalItem,
    connection: ProposalItemConnection,
    list: PROPOSAL_ITEMS,
    one: { name: 'proposalItem', description: 'Nội dung đề nghị — one item of a dossier by global ID.' },
    many: {
      name: 'proposalItems',
      description: 'Danh sách nội dung đề nghị — the items of all dossiers (for figures by award type and outcome).',
    },
  }),
  rootFieldsResolver({
    entity: ProposalDocument,
    connection: ProposalDocumentConnection,
    list: PROPOSAL_DOCUMENTS,
    one: { name: 'proposalDocument', description: 'Tài liệu hồ sơ — one document of a dossier by global ID.' },
    many: {
      name: 'proposalDocuments',
      description: 'Danh sách tài liệu hồ sơ — the documents of all dossiers (their files: downloadPath).',
    },
  }),
  rootFieldsResolver({
    entity: ProposalTransition,
    connection: ProposalTransitionConnection,
    list: PROPOSAL_TRANSITIONS,
    one: { name: 'proposalTransition', description: 'Lịch sử xử lý — one step of a dossier by global ID.' },
    many: {
      name: 'proposalTransitions',
      description: 'Lịch sử xử lý hồ sơ — every step of every dossier, oldest first (filter by dossier or state).',
    },
  }),
  rootFieldsResolver({
    entity: ProposalDocumentRequirement,
    connection: ProposalDocumentRequirementConnection,
    list: PROPOSAL_DOCUMENT_REQUIREMENTS,
    one: { name: 'proposalDocumentRequirement', description: 'Tài liệu bắt buộc — one catalogue row by global ID.' },
    many: {
      name: 'proposalDocumentRequirements',
      description: 'Danh mục tài liệu bắt buộc — which documents dossiers must hold, by award category and type.',
    },
  }),
];

@Resolver(() => Proposal)
export class ProposalResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị trình — the unit that sends the dossier.' })
  submittingUnit(@Root() proposal: Proposal, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, proposal.submittingUnitId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Cấp có thẩm quyền — the authority asked to decide.' })
  addressedUnit(@Root() proposal: Proposal, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, proposal.addressedUnitId);
  }

  @FieldResolver(() => Movement, { nullable: true, description: 'Phong trào — the movement, if one.' })
  movement(@Root() proposal: Proposal, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return ctx.loaders.optional(Movement, proposal.movementId);
  }

  @FieldResolver(() => AwardDecision, {
    nullable: true,
    description: 'Quyết định — the decision made from its approved items, once DECIDED.',
  })
  decision(@Root() proposal: Proposal, @Ctx() ctx: RequestContext): Promise<AwardDecision | null> {
    return ctx.loaders.optional(AwardDecision, proposal.decisionId);
  }

  @FieldResolver(() => ProposalItemConnection, { description: 'Nội dung đề nghị — the awards asked for.' })
  items(
    @Root() proposal: Proposal,
    @Args(() => PROPOSAL_ITEMS.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      ProposalItemConnection,
      PROPOSAL_ITEMS.definition,
      { name: 'Proposal.items', parentKey: 'pi.proposalId' },
      args,
      proposal.id,
    );
  }

  @FieldResolver(() => ProposalDocumentConnection, { description: 'Tài liệu — the files of the dossier.' })
  documents(
    @Root() proposal: Proposal,
    @Args(() => PROPOSAL_DOCUMENTS.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      ProposalDocumentConnection,
      PROPOSAL_DOCUMENTS.definition,
      { name: 'Proposal.documents', parentKey: 'pd.proposalId' },
      args,
      proposal.id,
    );
  }

  @FieldResolver(() => ProposalTransitionConnection, {
    description: 'Lịch sử xử lý — every change of state, oldest first: who, when and why.',
  })
  history(
    @Root() proposal: Proposal,
    @Args(() => PROPOSAL_TRANSITIONS.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      ProposalTransitionConnection,
      PROPOSAL_TRANSITIONS.definition,
      { name: 'Proposal.history', parentKey: 'ptr.proposalId' },
      args,
      proposal.id,
    );
  }
}

@Resolver(() => ProposalItem)
export class ProposalItemResolver {
  @FieldResolver(() => Proposal, { nullable: true, description: 'Hồ sơ — the dossier.' })
  proposal(@Root() item: ProposalItem, @Ctx() ctx: RequestContext): Promise<Proposal | null> {
    return ctx.loaders.optional(Proposal, item.proposalId);
  }

  @FieldResolver(() => AwardType, { nullable: true, description: 'Danh hiệu / hình thức — the award asked for.' })
  awardType(@Root() item: ProposalItem, @Ctx() ctx: RequestContext): Promise<AwardType | null> {
    return ctx.loaders.optional(AwardType, item.awardTypeId);
  }

  @FieldResolver(() => AwardRecipient, {
    nullable: true,
    description: 'Người/đơn vị được đề nghị — a Unit, a Person or a Household.',
  })
  recipient(@Root() item: ProposalItem, @Ctx() ctx: RequestContext): Promise<Unit | Person | Household | null> {
    return recipientOf(item, ctx);
  }

  @FieldResolver(() => EvaluationResult, {
    nullable: true,
    description: 'Kết quả bình xét — the evaluation result it rests on, if one.',
  })
  evaluationResult(@Root() item: ProposalItem, @Ctx() ctx: RequestContext): Promise<EvaluationResult | null> {
    return ctx.loaders.optional(EvaluationResult, item.evaluationResultId);
  }

  @FieldResolver(() => EmulationBloc, { nullable: true, description: 'Khối — the bloc, for a provincial flag.' })
  bloc(@Root() item: ProposalItem, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, item.blocId);
  }

  @FieldResolver(() => Award, { nullable: true, description: 'Khen thưởng — the award granted for it, once decided.' })
  award(@Root() item: ProposalItem, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return ctx.loaders.optional(Award, item.awardId);
  }

  @FieldResolver(() => [ProposalWarning], {
    description:
      'Cảnh báo — soft findings of the last eligibility check (at submission or approval) for the board to weigh.',
  })
  warnings(@Root() item: ProposalItem): ProposalWarning[] {
    if (!item.warningsJson) return [];
    return (JSON.parse(item.warningsJson) as ProposalWarning[]).map(({ code, message }) => ({ code, message }));
  }
}

@Resolver(() => ProposalDocument)
export class ProposalDocumentResolver {
  @FieldResolver(() => String, {
    description:
      'Tải về — where to GET the file (relative to the service, with your API key): the board and the ' +
      "submitting unit's EDITORs only.",
  })
  downloadPath(@Root() document: ProposalDocument): string {
    return documentDownloadPath(document.id);
  }

  @FieldResolver(() => DownloadLink, {
    nullable: true,
    description:
      'Liên kết tải về — a signed, short-lived link to the file that a browser opens without the key (bound to ' +
      "your key); null for callers who may not read the dossier's files.",
  })
  async downloadLink(@Root() document: ProposalDocument, @Ctx() ctx: RequestContext): Promise<DownloadLink | null> {
    if (!ctx.linkSigner || !ctx.caller) return null;
    const proposal = await ctx.loaders.optional(Proposal, document.proposalId);
    if (!proposal || !(await mayReadDocuments(ctx.dataSource.manager, ctx.caller, proposal))) return null;
    return ctx.linkSigner.sign(documentDownloadPath(document.id), {}, ctx.caller.keyId);
  }

  @FieldResolver(() => Proposal, { nullable: true, description: 'Hồ sơ — the dossier.' })
  proposal(@Root() document: ProposalDocument, @Ctx() ctx: RequestContext): Promise<Proposal | null> {
    return ctx.loaders.optional(Proposal, document.proposalId);
  }
}

@Resolver(() => ProposalTransition)
export class ProposalTransitionResolver {
  @FieldResolver(() => Proposal, { nullable: true, description: 'Hồ sơ — the dossier.' })
  proposal(@Root() transition: ProposalTransition, @Ctx() ctx: RequestContext): Promise<Proposal | null> {
    return ctx.loaders.optional(Proposal, transition.proposalId);
  }
}

@Resolver(() => ProposalDocumentRequirement)
export class ProposalDocumentRequirementResolver {
  @FieldResolver(() => AwardType, {
    nullable: true,
    description: 'Danh hiệu — the award type it is limited to, if one.',
  })
  awardType(@Root() requirement: ProposalDocumentRequirement, @Ctx() ctx: RequestContext): Promise<AwardType | null> {
    return ctx.loaders.optional(AwardType, requirement.awardTypeId);
  }
}
