/**
 * Whether a dossier's items may be granted, checked when the dossier is submitted and again when the
 * board approves an item — with the same rules a decision's awards obey (awards-eligibility.ts), judged
 * on the day of the check. Hard rules refuse (the type's subjects, level and validity, its legal
 * version, an annual title already held); soft findings (the flag quota and first rank, the same
 * title asked for in another open dossier) are kept on the item as warnings for the board.
 */
import { In } from 'typeorm';
import { toGlobalId } from '../core/global-id';
import { Refusal, refuse, UserErrorCode } from '../core/refusal';
import { annualTitleKeyOf, AwardType } from '../entities/awards';
import { AwardStatus, ProposalDocumentKind, ProposalItemOutcome, ProposalState } from '../entities/enums';
import { Unit } from '../entities/organisation';
import { Proposal, ProposalItem } from '../entities/proposals';
import { ProposalDocument, ProposalDocumentRequirement } from '../entities/proposals-documents';
import { awardPricing } from './award-pricing';
import {
  annualTitleTaken,
  issuerLevel,
  PROVINCIAL_FLAG_CODE,
  provincialFlagFindings,
  requireTypeFits,
  type EligibilityFinding,
} from './awards-eligibility';
import type { WriteContext } from './write-context';

/** States of a dossier still open: an item in one of them may yet become an award. */
const OPEN_STATES = [
  ProposalState.DRAFT,
  ProposalState.SUBMITTED,
  ProposalState.UNDER_APPRAISAL,
  ProposalState.RETURNED,
  ProposalState.COUNCIL_REVIEW,
];

/** Runs a check of one item; a refusal names the item, since items are not part of the mutation's input. */
async function forItem<T>(item: ProposalItem, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const id = toGlobalId('ProposalItem', item.id);
    throw new Refusal(error.errors.map((e) => ({ ...e, message: `Item ${id}: ${e.message}`, field: null })));
  }
}

/** Checks one item on `date`: refuses on a hard rule, returns the soft findings. */
export async function checkItem(
  w: WriteContext,
  proposal: Proposal,
  item: ProposalItem,
  date: string,
): Promise<EligibilityFinding[]> {
  return forItem(item, async () => {
    const type = await w.manager.findOneBy(AwardType, { id: item.awardTypeId });
    if (!type || type.deletedAt)
      refuse(UserErrorCode.NOT_FOUND, 'The award type asked for is deleted from the catalogue');
    const addressed = await w.manager.findOneByOrFail(Unit, { id: proposal.addressedUnitId });
    requireTypeFits(type, date, issuerLevel(addressed) ?? type.level, item.subjectType);
    await awardPricing(w, type, item.subjectType, date, null);
    const key = annualTitleKeyOf(
      { ...item, achievementYear: proposal.year, status: AwardStatus.ACTIVE },
      type.isAnnual,
    );
    if (await annualTitleTaken(w, key))
      refuse(
        UserErrorCode.ANNUAL_TITLE_TAKEN,
        `The recipient already holds ${type.name} for ${proposal.year} (rule 2)`,
      );
    const findings: EligibilityFinding[] = [];
    if (type.code === PROVINCIAL_FLAG_CODE)
      findings.push(...(await provincialFlagFindings(w, item.blocId, item.recipientUnitId!, proposal.year)));
    if (key !== null) findings.push(...(await askedElsewhere(w, proposal, item, type)));
    return findings;
  });
}

/** The same annual title for the same recipient and year, asked for in another open dossier. */
async function askedElsewhere(
  w: WriteContext,
  proposal: Proposal,
  item: ProposalItem,
  type: AwardType,
): Promise<EligibilityFinding[]> {
  const others = await w.manager
    .createQueryBuilder(ProposalItem, 'pi')
    .innerJoin(Proposal, 'p', 'p.id = pi.proposalId')
    .where('pi.awardTypeId = :type AND pi.subjectType = :subject', {
      type: item.awardTypeId,
      subject: item.subjectType,
    })
    .andWhere('pi.id <> :id AND p.year = :year', { id: item.id, year: proposal.year })
    .andWhere('p.state IN (:...open)', { open: OPEN_STATES })
    .andWhere('pi.outcome <> :rejected', { rejected: ProposalItemOutcome.REJECTED })
    .andWhere(
      '(pi.recipientUnitId = :unit OR pi.recipientPersonId = :person OR pi.recipientHouseholdName = :household)',
      {
        unit: item.recipientUnitId ?? -1,
        person: item.recipientPersonId ?? -1,
        household: item.recipientHouseholdName ?? '',
      },
    )
    .select('pi.proposalId', 'proposalId')
    .getRawMany<{ proposalId: number }>();
  return others.map(({ proposalId }) => ({
    code: UserErrorCode.ANNUAL_TITLE_TAKEN,
    message:
      `${type.name} for ${proposal.year} is also asked for this recipient in dossier ` +
      `${toGlobalId('Proposal', Number(proposalId))}: only one can be granted (rule 2)`,
    field: 'awardTypeId',
  }));
}

/**
 * The kinds of document the catalogue requires of this dossier and that it lacks: a requirement
 * applies when its category, award type and commendation type (each, where given) match an item.
 */
export async function missingDocuments(
  w: WriteContext,
  proposal: Proposal,
  items: ProposalItem[],
): Promise<Array<{ kind: ProposalDocumentKind; legalBasis: string }>> {
  const [requirements, documents, types] = await Promise.all([
    w.manager.find(ProposalDocumentRequirement),
    w.manager.find(ProposalDocument, { where: { proposalId: proposal.id }, select: { id: true, kind: true } }),
    w.manager.find(AwardType, { where: { id: In(items.map((i) => i.awardTypeId)) }, withDeleted: true }),
  ]);
  const held = new Set(documents.map((d) => d.kind));
  const missing = new Map<ProposalDocumentKind, string>();
  for (const requirement of requirements) {
    if (held.has(requirement.documentKind) || missing.has(requirement.documentKind)) continue;
    if (requirement.commendationType !== null && requirement.commendationType !== proposal.commendationType) continue;
    const applies = types.some(
      (type) =>
        (requirement.awardCategory === null || requirement.awardCategory === type.category) &&
        (requirement.awardTypeId === null || requirement.awardTypeId === type.id),
    );
    if (applies) missing.set(requirement.documentKind, requirement.legalBasis);
  }
  return [...missing].map(([kind, legalBasis]) => ({ kind, legalBasis }));
}

/** The dossier's live items, in the order they were added. */
export function itemsOf(w: WriteContext, proposalId: number): Promise<ProposalItem[]> {
  return w.manager.find(ProposalItem, { where: { proposalId }, order: { id: 'ASC' } });
}
