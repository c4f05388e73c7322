/**
 * A dossier's documents (their content is stored by SHA-256 under FILES_DIR, see src/storage), and
 * the catalogue of the documents a dossier must hold before it is submitted.
 */
import { ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { Node } from '../core/node';
import { AwardType } from './awards-catalogue';
import { BaseRecord, MaintainedRecord } from './base';
import { AwardCategory, CommendationType, ProposalDocumentKind } from './enums';
import { field } from './field';
import { Proposal } from './proposals';

@ObjectType('ProposalDocument', {
  implements: Node,
  description:
    'Tài liệu hồ sơ — one file of a dossier (cover letter, achievement report…), stored by its SHA-256; ' +
    "uploaded to and downloaded from /files/proposal-documents (the board and the submitting unit's EDITORs).",
})
@Entity('proposal_documents')
@Index('ix_proposal_documents_proposal', ['proposalId'])
@Index('ix_proposal_documents_sha256', ['sha256'])
export class ProposalDocument extends BaseRecord {
  @field.ref(() => Proposal, { description: 'Hồ sơ — the dossier.', filter: true, relation: 'proposal' })
  proposalId!: number;

  @field.enum(ProposalDocumentKind, { description: 'Loại tài liệu — what the document is.', filter: true })
  kind!: ProposalDocumentKind;

  @field.string({ description: 'Tên tệp — the file name as uploaded (made safe).', filter: true })
  fileName!: string;

  @field.string({ length: 100, description: 'Kiểu nội dung — the media type found in the content.' })
  mediaType!: string;

  @field.int({ description: 'Kích thước (byte) — the size in bytes.' })
  sizeBytes!: number;

  @field.string({ length: 64, description: 'Mã băm SHA-256 — the content hash (hex), also its storage name.' })
  sha256!: string;

  @field.string({ length: 16, description: 'Người tải lên — the public id of the API key that uploaded it.' })
  uploadedByKeyId!: string;
}

@ObjectType('ProposalDocumentRequirement', {
  implements: Node,
  description:
    'Tài liệu bắt buộc — a catalogue row: dossiers for awards of this category (and type, and commendation ' +
    'type, where given) must hold a document of this kind before they are submitted.',
})
@Entity('proposal_document_requirements')
export class ProposalDocumentRequirement extends MaintainedRecord {
  @field.enum(AwardCategory, {
    nullable: true,
    description: 'Nhóm khen thưởng — applies to items of this category; empty: every category.',
    write: true,
    filter: true,
  })
  awardCategory!: AwardCategory | null;

  @field.ref(() => AwardType, {
    nullable: true,
    description: 'Danh hiệu — applies to items of this award type only; empty: any type.',
    write: true,
    filter: true,
  })
  awardTypeId!: number | null;

  @field.enum(CommendationType, {
    nullable: true,
    description: 'Hình thức xét — applies to dossiers of this commendation type only; empty: any.',
    write: true,
    filter: true,
  })
  commendationType!: CommendationType | null;

  @field.enum(ProposalDocumentKind, {
    description: 'Loại tài liệu — the kind of document required.',
    write: 'required',
    filter: true,
  })
  documentKind!: ProposalDocumentKind;

  @field.string({ length: 200, description: 'Căn cứ — the provision that requires it.', write: 'required' })
  legalBasis!: string;
}
