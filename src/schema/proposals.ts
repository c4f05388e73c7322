/**
 * Proposal dossiers' lists and connections: dossiers, their items, documents and history, and the
 * catalogue of required documents. Filter fields and sort keys come from the entities' field
 * declarations; only relations to many are stated here.
 */
import { Field, ObjectType } from 'type-graphql';
import { UserErrorCode } from '../core/refusal';
import { Proposal, ProposalItem, ProposalTransition } from '../entities/proposals';
import { ProposalDocument, ProposalDocumentRequirement } from '../entities/proposals-documents';
import { declareList, type DeclaredList } from './define-list';
import { connectionType } from './page';

export const PROPOSALS: DeclaredList<Proposal> = declareList<Proposal>({
  entity: Proposal,
  typeName: 'Proposal',
  vietnamese: 'hồ sơ đề nghị khen thưởng',
  alias: 'pr',
  fields: {
    items: {
      kind: 'toMany',
      foreignKey: 'proposalId',
      list: () => PROPOSAL_ITEMS,
      description: 'Nội dung đề nghị — conditions on its items (some / none): award type, recipient, outcome.',
    },
  },
  defaultOrder: [{ column: 'id', direction: 'DESC' }],
});

export const PROPOSAL_ITEMS: DeclaredList<ProposalItem> = declareList<ProposalItem>({
  entity: ProposalItem,
  typeName: 'ProposalItem',
  vietnamese: 'nội dung đề nghị',
  alias: 'pi',
  softDelete: true,
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});

export const PROPOSAL_DOCUMENTS: DeclaredList<ProposalDocument> = declareList<ProposalDocument>({
  entity: ProposalDocument,
  typeName: 'ProposalDocument',
  vietnamese: 'tài liệu hồ sơ',
  alias: 'pd',
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});

export const PROPOSAL_TRANSITIONS: DeclaredList<ProposalTransition> = declareList<ProposalTransition>({
  entity: ProposalTransition,
  typeName: 'ProposalTransition',
  vietnamese: 'lịch sử xử lý hồ sơ',
  alias: 'ptr',
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});

export const PROPOSAL_DOCUMENT_REQUIREMENTS: DeclaredList<ProposalDocumentRequirement> =
  declareList<ProposalDocumentRequirement>({
    entity: ProposalDocumentRequirement,
    typeName: 'ProposalDocumentRequirement',
    vietnamese: 'tài liệu bắt buộc của hồ sơ',
    alias: 'pdr',
    softDelete: true,
    defaultOrder: [{ column: 'id', direction: 'ASC' }],
  });

export const ProposalConnection = connectionType(Proposal, 'Proposal', 'hồ sơ đề nghị khen thưởng');
export const ProposalItemConnection = connectionType(ProposalItem, 'ProposalItem', 'nội dung đề nghị');
export const ProposalDocumentConnection = connectionType(ProposalDocument, 'ProposalDocument', 'tài liệu hồ sơ');
export const ProposalTransitionConnection = connectionType(
  ProposalTransition,
  'ProposalTransition',
  'lịch sử xử lý hồ sơ',
);
export const ProposalDocumentRequirementConnection = connectionType(
  ProposalDocumentRequirement,
  'ProposalDocumentRequirement',
  'tài liệu bắt buộc của hồ sơ',
);

/** A soft finding of an item's eligibility check, kept for the board (see services/proposals-eligibility.ts). */
@ObjectType('ProposalWarning', {
  description:
    'Cảnh báo — a finding that does not by itself refuse the item (the flag quota, the first rank, the same ' +
    'title asked for in another dossier): the board weighs it.',
})
export class ProposalWarning {
  @Field(() => UserErrorCode, { description: 'Mã — what was found, as the matching refusal code.' })
  code!: UserErrorCode;

  @Field({ description: 'Thông báo — the finding, for people.' })
  message!: string;
}
