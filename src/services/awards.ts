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
import { AwardLevel, AwardStatus, CommendationType, DecisionStatus, SubjectType, UnitKind } from '../entities/enums';
import { Evaluation, EvaluationResult } from '../entities/evaluations';
import { Movement } from '../entities/movements';
import { Person, Unit } from '../entities/organisation';
import { prizeAmountVnd } from './prize-money';
import { databaseIdOf, referencedId, type RecordWrites, type WriteField } from './record-service';
import { insertRecord, loadLive } from './record-writer';
import { atLine, refuse, UserErrorCode } from '../core/refusal';
import type { WriteContext } from './write-context';
import { lockBloc } from './blocs-membership';

/** The catalogue code of the provincial emulation flag (Cờ thi đua cấp tỉnh), which rule 3 limits. */
export const PROVINCIAL_FLAG_CODE = 'CO_THI_DUA_CAP_TINH';

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

/**
 * The level a unit issues decisions at (rule 8): a Provincial People's Committee at PROVINCE level, a
 * department or agency at DEPARTMENT level, and so on. Null for units of another kind (the Government,
 * the State's offices and the like are kept as OTHER): their decisions state the level.
 */
const ISSUER_LEVEL: Partial<Record<UnitKind, AwardLevel>> = {
  [UnitKind.PROVINCIAL_COMMITTEE]: AwardLevel.PROVINCE,
  [UnitKind.DEPARTMENT]: AwardLevel.DEPARTMENT,
  [UnitKind.AGENCY]: AwardLevel.DEPARTMENT,
  [UnitKind.BROADCASTER]: AwardLevel.DEPARTMENT,
  [UnitKind.DISTRICT]: AwardLevel.DISTRICT,
  [UnitKind.COMMUNE]: AwardLevel.COMMUNE,
  [UnitKind.ENTERPRISE]: AwardLevel.UNIT,
};

/** The decision's level: the issuer's, never another the caller names. */
function decisionLevel(issuer: Unit, stated: AwardLevel | null | undefined): AwardLevel {
  const derived = ISSUER_LEVEL[issuer.kind];
  if (derived && stated && stated !== derived)
    refuse(
      UserErrorCode.LEVEL_MISMATCH,
      `${issuer.name} issues decisions at ${derived} level, not ${stated} (rule 8)`,
      ['level'],
    );
  const level = derived ?? stated;
  if (!level) refuse(UserErrorCode.INVALID_INPUT, `State the level of a decision issued by ${issuer.name}`, ['level']);
  return level;
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
  // Rule 9: judged on the decision's date, not today.
  if (
    (type.effectiveFrom && decision.signedOn < type.effectiveFrom) ||
    (type.effectiveTo && decision.signedOn > type.effectiveTo)
  ) {
    refuse(UserErrorCode.NOT_IN_FORCE, `${type.name} is not in force on ${decision.signedOn}`, ['awardTypeId']);
  }
  if (type.level !== decision.level)
    refuse(
      UserErrorCode.LEVEL_MISMATCH,
      `${type.name} is a ${type.level} award; this decision is issued at ${decision.level} level (rule 8)`,
      ['awardTypeId'],
    );
  if (!type.allowedSubjects.includes(line.subjectType))
    refuse(UserErrorCode.SUBJECT_NOT_ALLOWED, `${type.name} is not given to ${line.subjectType} recipients (rule 1)`, [
      'subjectType',
    ]);

  const recipientUnitId = await referencedId(w, Unit, line.recipientUnitId, ['recipientUnitId']);
  const recipientPersonId = await referencedId(w, Person, line.recipientPersonId, ['recipientPersonId']);
  // An EDITOR awards only units and persons within its own scope.
  if (recipientUnitId !== null) await w.scope.requireUnit(recipientUnitId, 'awards to this unit');
  if (recipientPersonId !== null) {
    const person = await w.manager.findOneByOrFail(Person, { id: recipientPersonId });
    await w.scope.requireUnit(person.unitId, 'awards to people of this unit');
  }
  const household = line.recipientHouseholdName?.trim() || null;
  const expected = {
    [SubjectType.COLLECTIVE]: 'recipientUnitId',
    [SubjectType.INDIVIDUAL]: 'recipientPersonId',
    [SubjectType.HOUSEHOLD]: 'recipientHouseholdName',
  }[line.subjectType];
  const given = [
    recipientUnitId !== null && 'recipientUnitId',
    recipientPersonId !== null && 'recipientPersonId',
    household !== null && 'recipientHouseholdName',
  ].filter(Boolean);
  if (given.length !== 1 || given[0] !== expected)
    refuse(
      UserErrorCode.EXACTLY_ONE_REQUIRED,
      `A ${line.subjectType} award names its recipient in ${expected}, and nothing else`,
      [expected],
    );

  const blocId = await referencedId(w, EmulationBloc, line.blocId, ['blocId']);
  const flagOverrideReason = line.flagOverrideReason?.trim() || null;
  if (type.code === PROVINCIAL_FLAG_CODE)
    await checkProvincialFlag(w, blocId, recipientUnitId!, line.achievementYear, flagOverrideReason);

  const coefficient = line.prizeCoefficient ?? type.prizeCoefficient;
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
    prizeCoefficient: coefficient,
    baseSalaryVnd: coefficient !== null ? salary!.amountVnd : null,
    prizeAmountVnd:
      coefficient !== null ? prizeAmountVnd(coefficient, salary!.amountVnd, salary!.roundingStepVnd) : null,
    flagOverrideReason,
    status: AwardStatus.ACTIVE,
  };
  // Rule 2: the key is unique among ACTIVE annual titles (checked here for a clear message; the index
  // holds under races).
  award.annualTitleKey = annualTitleKeyOf(award as Award, type.isAnnual);
  if (award.annualTitleKey && (await w.manager.findOne(Award, { where: { annualTitleKey: award.annualTitleKey } }))) {
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

/** Rule 3: within the bloc's yearly quota, to the unit ranked first — or with a stated reason. */
async function checkProvincialFlag(
  w: WriteContext,
  blocId: number | null,
  unitId: number,
  year: number,
  overrideReason: string | null,
): Promise<void> {
  if (blocId === null)
    refuse(UserErrorCode.INVALID_INPUT, 'A provincial emulation flag names the bloc it was earned in (blocId)', [
      'blocId',
    ]);
  // Flags given concurrently in the same bloc count one after the other.
  await lockBloc(w.manager, blocId);
  const bloc = await w.manager.findOneByOrFail(EmulationBloc, { id: blocId });
  const flagType = await w.manager.findOneByOrFail(AwardType, { code: PROVINCIAL_FLAG_CODE });
  const given = await w.manager.count(Award, {
    where: { blocId, achievementYear: year, awardTypeId: flagType.id, status: AwardStatus.ACTIVE },
  });
  if (given >= bloc.maxFlagsPerYear && !overrideReason) {
    refuse(
      UserErrorCode.FLAG_QUOTA_EXCEEDED,
      `The bloc has used its ${bloc.maxFlagsPerYear} provincial flag(s) for ${year}; ` +
        'state flagOverrideReason to exceed it (rule 3)',
      ['flagOverrideReason'],
    );
  }
  const evaluation = await w.manager.findOne(Evaluation, { where: { blocId, year } });
  const result = evaluation
    ? await w.manager.findOne(EvaluationResult, { where: { evaluationId: evaluation.id, unitId } })
    : null;
  if (result?.rank !== 1 && !overrideReason) {
    refuse(
      UserErrorCode.FLAG_RECIPIENT_NOT_FIRST,
      `The unit did not rank first in the bloc's ${year} evaluation; ` +
        'state flagOverrideReason to award it anyway (rule 3)',
      ['recipientUnitId'],
    );
  }
}
