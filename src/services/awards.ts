/**
 * Quyết định khen thưởng: a decision is written with its awards in one mutation, and every award
 * is checked against the domain's rules — subject type (1), one annual title per recipient and
 * year (2), the bloc's provincial flag quota and the first rank (3), the decision's level and its
 * unique number (8), the award type in force on the signing date (9). Prize money is derived from
 * the coefficient and the base salary in force on the signing date, never typed in. Decisions and
 * awards are revoked by a later decision, never deleted.
 */
import { annualTitleKeyOf, Award, AwardDecision, AwardType, BaseSalary, signedYearOf } from '../entities/awards';
import { EmulationBloc } from '../entities/blocs';
import { writableFields } from '../entities/field';
import { AwardLevel, AwardStatus, CommendationType, DecisionStatus, SubjectType } from '../entities/enums';
import { Movement } from '../entities/movements';
import { Person, Unit } from '../entities/organisation';
import { awardPricing } from './award-pricing';
import { prizeAmountVnd } from './prize-money';
import { databaseIdOf, referencedId, type RecordWrites, type WriteField } from './record-service';
import { insertRecord, loadLive } from './record-writer';
import { atLine, refuse, UserErrorCode } from '../core/refusal';
import type { WriteContext } from './write-context';
import {
  annualTitleTaken,
  decisionLevel,
  PROVINCIAL_FLAG_CODE,
  provincialFlagFindings,
  requireTypeFits,
  resolveRecipient,
} from './awards-eligibility';

export { PROVINCIAL_FLAG_CODE } from './awards-eligibility';

/** A new decision's header: every writable column of a decision. */
export const DECISION_FIELDS: Record<string, WriteField> = writableFields(AwardDecision);

/** One award line of a new decision: every writable column of an award (prize money is derived). */
export const AWARD_LINE_FIELDS: Record<string, WriteField> = writableFields(Award);

/** Header fields that may be corrected by an audited update (a typo): not the number's identity. */
export const DECISION_RECORDS: RecordWrites<AwardDecision> = {
  entity: AwardDecision,
  vietnamese: 'quyết định khen thưởng — award decision',
  field: 'decision',
  fields: writableFields(AwardDecision, ['decisionNo', 'signerName', 'signerTitle', 'summary', 'movementId']),
  unique: [
    {
      columns: ['issuingUnitId', 'decisionNo', 'signedYear'],
      field: 'decisionNo',
      message: 'The issuer already has a decision with this number this year (rule 8)',
    },
  ],
  scope: (scope, d) => scope.requireUnit(d.issuingUnitId, 'decisions of this issuer'),
};

export interface AwardLineInput {
  awardTypeId: string;
  subjectType: SubjectType;
  recipientUnitId?: string | null;
  recipientPersonId?: string | null;
  recipientHouseholdName?: string | null;
  recipientNameSnapshot?: string | null;
  achievementYear: number;
  movementId?: string | null;
  blocId?: string | null;
  prizeCoefficient?: string | null;
  flagOverrideReason?: string | null;
}

export interface CreateDecisionInput {
  decisionNo: string;
  signedOn: string;
  issuingUnitId: string;
  /** Derived from the issuer when omitted; when given, it must be the issuer's level. */
  level?: AwardLevel | null;
  signerName?: string | null;
  signerTitle?: string | null;
  summary?: string | null;
  commendationType: CommendationType;
  movementId?: string | null;
  isIllustrative?: boolean | null;
  awards: AwardLineInput[];
}

export async function createAwardDecision(w: WriteContext, input: CreateDecisionInput): Promise<AwardDecision> {
  const issuingUnitId = (await referencedId(w, Unit, input.issuingUnitId, ['issuingUnitId']))!;
  await w.scope.requireUnit(issuingUnitId, 'decisions of this issuer');
  const level = decisionLevel(await w.manager.findOneByOrFail(Unit, { id: issuingUnitId }), input.level);
  const decisionNo = input.decisionNo.trim();
  const signedYear = signedYearOf(input.signedOn);
  const clash = await w.manager.findOne(AwardDecision, { where: { issuingUnitId, decisionNo, signedYear } });
  if (clash)
    refuse(
      UserErrorCode.DUPLICATE,
      `The issuer already has decision ${decisionNo} in ${signedYear} (rule 8: numbers are unique per issuer and year)`,
      ['decisionNo'],
    );
  if (input.awards.length === 0)
    refuse(UserErrorCode.INVALID_INPUT, 'A decision confers at least one award', ['awards']);
  const decision = await insertRecord(w, AwardDecision, {
    decisionNo,
    signedOn: input.signedOn,
    issuingUnitId,
    level,
    signerName: input.signerName?.trim() || null,
    signerTitle: input.signerTitle?.trim() || null,
    summary: input.summary?.trim() || null,
    commendationType: input.commendationType,
    movementId: await referencedId(w, Movement, input.movementId, ['movementId']),
    status: DecisionStatus.IN_EFFECT,
    isIllustrative: input.isIllustrative ?? false,
  });
  const salary = await baseSalaryOn(w, input.signedOn);
  for (const [i, line] of input.awards.entries())
    await atLine(['awards', i], () => addAward(w, decision, line, salary));
  return decision;
}

async function baseSalaryOn(w: WriteContext, date: string): Promise<BaseSalary | null> {
  return w.manager
    .createQueryBuilder(BaseSalary, 'bs')
    .where('bs.effectiveFrom <= :date', { date })
    .orderBy('bs.effectiveFrom', 'DESC')
    .getOne();
}

async function addAward(
  w: WriteContext,
  decision: AwardDecision,
  line: AwardLineInput,
  salary: BaseSalary | null,
): Promise<Award> {
  const type = await loadLive(w.manager, AwardType, databaseIdOf(line.awardTypeId, 'AwardType', ['awardTypeId']), [
    'awardTypeId',
  ]);
  requireTypeFits(type, decision.signedOn, decision.level, line.subjectType);
  const { recipientUnitId, recipientPersonId, recipientHouseholdName: household } = await resolveRecipient(w, line);

  const blocId = await referencedId(w, EmulationBloc, line.blocId, ['blocId']);
  const flagOverrideReason = line.flagOverrideReason?.trim() || null;
  if (type.code === PROVINCIAL_FLAG_CODE) {
    const [finding] = await provincialFlagFindings(w, blocId, recipientUnitId!, line.achievementYear);
    if (finding && !flagOverrideReason) refuse(finding.code, finding.message, [finding.field]);
  }

  const pricing = await awardPricing(w, type, line.subjectType, decision.signedOn, line.prizeCoefficient);
  const coefficient = pricing.coefficient;
  if (coefficient !== null && !salary)
    refuse(
      UserErrorCode.NO_BASE_SALARY,
      `No base salary is in force on ${decision.signedOn}: record it before awarding prize money`,
      ['awardTypeId'],
    );
  const award: Partial<Award> = {
    decisionId: decision.id,
    awardTypeId: type.id,
    subjectType: line.subjectType,
    recipientUnitId,
    recipientPersonId,
    recipientHouseholdName: household,
    recipientNameSnapshot:
      line.recipientNameSnapshot?.trim() || (await recipientName(w, recipientUnitId, recipientPersonId, household)),
    achievementYear: line.achievementYear,
    movementId: await referencedId(w, Movement, line.movementId, ['movementId']),
    blocId,
    awardTypeVersionId: pricing.versionId,
    prizeCoefficient: coefficient,
    baseSalaryVnd: coefficient !== null ? salary!.amountVnd : null,
    prizeAmountVnd:
      coefficient !== null
        ? prizeAmountVnd(coefficient, salary!.amountVnd, pricing.roundingStepVnd ?? salary!.roundingStepVnd)
        : null,
    flagOverrideReason,
    status: AwardStatus.ACTIVE,
  };
  // Rule 2: the key is unique among ACTIVE annual titles (checked here for a clear message; the index
  // holds under races).
  award.annualTitleKey = annualTitleKeyOf(award as Award, type.isAnnual);
  if (await annualTitleTaken(w, award.annualTitleKey)) {
    refuse(
      UserErrorCode.ANNUAL_TITLE_TAKEN,
      `The recipient already holds ${type.name} for ${line.achievementYear} (rule 2)`,
      ['awardTypeId'],
    );
  }
  return insertRecord(w, Award, award);
}

async function recipientName(
  w: WriteContext,
  unitId: number | null,
  personId: number | null,
  household: string | null,
): Promise<string> {
  if (unitId !== null) return (await w.manager.findOneByOrFail(Unit, { id: unitId })).name;
  if (personId !== null) return (await w.manager.findOneByOrFail(Person, { id: personId })).fullName;
  return household!;
}
