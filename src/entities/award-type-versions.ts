/**
 * Phiên bản pháp lý của danh hiệu — the legal versions of an award type. The type keeps one stable code;
 * each act that sets its prize coefficients is a row with its own validity period, so a decision is
 * paid by the version in force on its signing date. Every column is declared once with `field`.
 */
import { ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { Node } from '../core/node';
import { AwardType } from './awards-catalogue';
import { MaintainedRecord } from './base';
import { field } from './field';

@ObjectType('AwardTypeVersion', {
  implements: Node,
  description: 'Phiên bản pháp lý — the coefficients an act gives an award type over a validity period.',
})
@Entity('award_type_versions')
@Index('ix_award_type_versions_type_from', ['awardTypeId', 'effectiveFrom'])
export class AwardTypeVersion extends MaintainedRecord {
  @field.ref(() => AwardType, {
    description: 'Danh hiệu — the award type this version belongs to.',
    write: 'required',
    filter: true,
    relation: 'awardType',
  })
  awardTypeId!: number;

  @field.string({ length: 500, description: 'Căn cứ pháp lý — the act that sets these figures.', write: 'required' })
  legalBasis!: string;

  @field.date({
    description: 'Hiệu lực từ ngày — in force for decisions signed from this date.',
    write: 'required',
    filter: true,
    sort: true,
  })
  effectiveFrom!: string;

  @field.date({
    nullable: true,
    description: 'Hiệu lực đến ngày — in force until this date (inclusive); empty while in force.',
    write: true,
    filter: true,
  })
  effectiveTo!: string | null;

  @field.decimal({
    nullable: true,
    description: 'Hệ số cá nhân — × base salary for an individual; empty when the act gives none.',
    write: true,
  })
  individualCoefficient!: string | null;

  @field.decimal({
    nullable: true,
    description: 'Hệ số tập thể — × base salary for a collective; empty when the act gives none.',
    write: true,
  })
  collectiveCoefficient!: string | null;

  @field.decimal({
    nullable: true,
    description: 'Hệ số hộ gia đình — × base salary for a household; empty when the act gives none.',
    write: true,
  })
  householdCoefficient!: string | null;

  @field.vnd({
    nullable: true,
    description: "Bước làm tròn — prize money rounded up to a multiple of this; empty: the base salary's step.",
    write: true,
  })
  roundingStepVnd!: string | null;

  @field.decimal({
    nullable: true,
    description: 'Tỷ lệ tối đa (%) — the share of eligible recipients the act allows, where it gives one.',
    write: true,
  })
  quotaPercent!: string | null;

  @field.boolean({
    default: false,
    description: 'Chưa xác nhận — figures from secondary sources only: an administrator should check them.',
    write: true,
    filter: true,
  })
  unconfirmed!: boolean;
}
