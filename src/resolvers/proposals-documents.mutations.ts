/**
 * The mutation of a dossier's documents that GraphQL carries: their removal. Documents are added by
 * upload over HTTP (proposals-documents.route.ts), since GraphQL carries no file content.
 */
import { Arg, Authorized, Ctx, InputType, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/caller';
import { ProposalDocument } from '../entities/proposals-documents';
import { identifyingFields, payloadType } from '../schema/record-inputs';
import { deleteProposalDocument, type DocumentRemoval } from '../services/proposals-documents';
import { fileStoreOf, type RequestContext } from './context';
import { mutate } from './mutation-payload';

@InputType('DeleteProposalDocumentInput', {
  description:
    'Xóa tài liệu — removes a document of a DRAFT or RETURNED dossier for good; its file goes when no other ' +
    'document holds the same content.',
})
class DeleteDocumentInput implements DocumentRemoval {
  id!: string;
  expectedVersion!: number;
}
identifyingFields(DeleteDocumentInput.prototype, 'ProposalDocument');

const DeleteDocumentPayload = payloadType(
  'DeleteProposalDocumentPayload',
  () => ProposalDocument,
  'document',
  'Kết quả xóa tài liệu — the document as it was, or why it was refused.',
);

@Resolver()
export class ProposalDocumentMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => DeleteDocumentPayload, {
    description: 'Xóa tài liệu — by an EDITOR of the submitting unit while the dossier is DRAFT or RETURNED.',
  })
  deleteProposalDocument(
    @Arg('input', () => DeleteDocumentInput, { description: "Dữ liệu vào — the mutation's input." })
    input: DeleteDocumentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return mutate(ctx, 'deleteProposalDocument', 'document', input, (w) =>
      deleteProposalDocument(w, fileStoreOf(ctx), input),
    );
  }
}
