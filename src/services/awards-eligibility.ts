/**
 * Whether an award may be given: the rules a decision's award line and a dossier's item share. Each
 * check is a function of its own, so a decision refuses on any finding while a dossier's appraisal
 * can show the soft ones (the flag quota, the first rank) to the board as warnings. Rule numbers are
 * those of docs/domain.md.
 */
import { Award, AwardType } from '../entities/awards';
import { EmulationBloc } from '../entities/blocs';
import { AwardLevel, AwardStatus, SubjectType, UnitKind } from '../entities/enums';
import { Evaluation, EvaluationResult } from '../entities/evaluations';
import { Person, Unit } from '../entities/organisation';
import { refuse, UserErrorCode } from '../core/refusal';
import { lockBloc } from './blocs-membership';
import { referencedId } from './record-service';
import type { WriteContext } from './write-context';

/** The catalogue code of the provincial emulation flag (Cờ thi đua cấp tỉnh), which rule 3 limits. */
export const PROVINCIAL_FLAG_CODE = 'CO_THI_DUA_CAP_TINH';

/** A finding that does not by itself forbid the award: a reason can be stated, or the board decides. */
export interface EligibilityFinding {
  code: UserErrorCode;
  message: string;
  /** The input field it is about. */
  field: string;
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

/** The level of a unit's decisions, or null for a unit of a kind that states it (OTHER). */
export function issuerLevel(issuer: Pick<Unit, 'kind'>): AwardLevel | null {
  return ISSUER_LEVEL[issuer.kind] ?? null;
}

/** The decision's level: the issuer's, never another the caller names. */
export function decisionLevel(issuer: Unit, stated: AwardLevel | null | undefined): AwardLevel {
  const derived = issuerLevel(issuer);
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

/** Rules 9, 8 and 1: the type is in force on `date`, of the decision's level, and given to this subject. */
export function requireTypeFits(type: AwardType, date: string, level: AwardLevel, subjectType: SubjectType): void {
  // Rule 9: judged on the decision's date, not today.
  if ((type.effectiveFrom && date < type.effectiveFrom) || (type.effectiveTo && date > type.effectiveTo))
    refuse(UserErrorCode.NOT_IN_FORCE, `${type.name} is not in force on ${date}`, ['awardTypeId']);
  if (type.level !== level)
    refuse(
      UserErrorCode.LEVEL_MISMATCH,
      `${type.name} is a ${type.level} award; this decision is issued at ${level} level (rule 8)`,
      ['awardTypeId'],
    );
  if (!type.allowedSubjects.includes(subjectType))
    refuse(UserErrorCode.SUBJECT_NOT_ALLOWED, `${type.name} is not given to ${subjectType} recipients (rule 1)`, [
      'subjectType',
    ]);
}

/** Who receives an award, as a line or an item names it. */
export interface RecipientInput {
  subjectType: SubjectType;
  recipientUnitId?: string | null;
  recipientPersonId?: string | null;
  recipientHouseholdName?: string | null;
}

export interface Recipient {
  recipientUnitId: number | null;
  recipientPersonId: number | null;
  recipientHouseholdName: string | null;
}

/** The recipient's records, live and within the caller's scope; exactly the one field the subject type names. */
export async function resolveRecipient(w: WriteContext, line: RecipientInput): Promise<Recipient> {
  const recipientUnitId = await referencedId(w, Unit, line.recipientUnitId, ['recipientUnitId']);
  const recipientPersonId = await referencedId(w, Person, line.recipientPersonId, ['recipientPersonId']);
  // An EDITOR awards (and proposes) only units and persons within its own scope.
  if (recipientUnitId !== null) await w.scope.requireUnit(recipientUnitId, 'awards to this unit');
  if (recipientPersonId !== null) {
    const person = await w.manager.findOneByOrFail(Person, { id: recipientPersonId });
    await w.scope.requireUnit(person.unitId, 'awards to people of this unit');
  }
  const recipient = {
    recipientUnitId,
    recipientPersonId,
    recipientHouseholdName: line.recipientHouseholdName?.trim() || null,
  };
  requireOneRecipient(line.subjectType, recipient);
  return recipient;
}

/** Rule 1's other half: a collective names a unit, an individual a person, a household its name — and nothing else. */
export function requireOneRecipient(subjectType: SubjectType, recipient: Recipient): void {
  const expected = {
    [SubjectType.COLLECTIVE]: 'recipientUnitId',
    [SubjectType.INDIVIDUAL]: 'recipientPersonId',
    [SubjectType.HOUSEHOLD]: 'recipientHouseholdName',
  }[subjectType];
  const given = (Object.keys(recipient) as Array<keyof Recipient>).filter((key) => recipient[key] != null);
  if (given.length !== 1 || given[0] !== expected)
    refuse(
      UserErrorCode.EXACTLY_ONE_REQUIRED,
      `A ${subjectType} award names its recipient in ${expected}, and nothing else`,
      [expected],
    );
}

/** Rule 2: whether an ACTIVE award already holds this annual-title key. */
export async function annualTitleTaken(w: WriteContext, annualTitleKey: string | null): Promise<boolean> {
  return annualTitleKey !== null && (await w.manager.findOne(Award, { where: { annualTitleKey } })) !== null;
}

/**
 * Rule 3: the bloc's provincial flags for the year are within its quota, and go to the unit ranked
 * first. Returns what stands against the award (each overridable by a stated reason); the bloc is
 * locked, so that flags given concurrently in one bloc count one after the other.
 */
export async function provincialFlagFindings(
  w: WriteContext,
  blocId: number | null,
  unitId: number,
  year: number,
): Promise<EligibilityFinding[]> {
  if (blocId === null)
    refuse(UserErrorCode.INVALID_INPUT, 'A provincial emulation flag names the bloc it was earned in (blocId)', [
      'blocId',
    ]);
  await lockBloc(w.manager, blocId);
  const bloc = await w.manager.findOneByOrFail(EmulationBloc, { id: blocId });
  const flagType = await w.manager.findOneByOrFail(AwardType, { code: PROVINCIAL_FLAG_CODE });
  const findings: EligibilityFinding[] = [];
  const given = await w.manager.count(Award, {
    where: { blocId, achievementYear: year, awardTypeId: flagType.id, status: AwardStatus.ACTIVE },
  });
  if (given >= bloc.maxFlagsPerYear)
    findings.push({
      code: UserErrorCode.FLAG_QUOTA_EXCEEDED,
      message:
        `The bloc has used its ${bloc.maxFlagsPerYear} provincial flag(s) for ${year}; ` +
        'state flagOverrideReason to exceed it (rule 3)',
      field: 'flagOverrideReason',
    });
  const evaluation = await w.manager.findOne(Evaluation, { where: { blocId, year } });
  const result = evaluation
    ? await w.manager.findOne(EvaluationResult, { where: { evaluationId: evaluation.id, unitId } })
    : null;
  if (result?.rank !== 1)
    findings.push({
      code: UserErrorCode.FLAG_RECIPIENT_NOT_FIRST,
      message:
        `The unit did not rank first in the bloc's ${year} evaluation; ` +
        'state flagOverrideReason to award it anyway (rule 3)',
      field: 'recipientUnitId',
    });
  return findings;
}
