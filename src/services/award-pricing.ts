/**
 * Which coefficient an award is paid by: the legal version of its type in force on the decision's
 * signing date, for the recipient's kind. A type with no version at all (an operator's own catalogue
 * row) is still paid by its own coefficient. Prize money is then coefficient × base salary, rounded.
 */
import { AwardType } from '../entities/awards';
import { SubjectType } from '../entities/enums';
import { refuse, UserErrorCode } from '../core/refusal';
import { COEFFICIENT_OF, hasVersions, versionInForce } from './award-type-versions';
import type { WriteContext } from './write-context';

export interface AwardPricing {
  versionId: number | null;
  coefficient: string | null;
  /** The version's rounding step, when it sets one; otherwise the base salary's. */
  roundingStepVnd: string | null;
}

export async function awardPricing(
  w: WriteContext,
  type: AwardType,
  subject: SubjectType,
  signedOn: string,
  typedCoefficient: string | null | undefined,
): Promise<AwardPricing> {
  if (!(await hasVersions(w.manager, type.id)))
    return { versionId: null, coefficient: typedCoefficient ?? type.prizeCoefficient, roundingStepVnd: null };
  const version = await versionInForce(w.manager, type.id, signedOn);
  if (!version)
    refuse(
      UserErrorCode.NO_AWARD_VERSION,
      `No legal version of ${type.name} (${type.code}) is in force on ${signedOn}: ` +
        'an administrator adds it (createAwardTypeVersion) before this decision can be recorded',
      ['awardTypeId'],
    );
  const coefficient = version[COEFFICIENT_OF[subject]];
  if (coefficient === null)
    refuse(
      UserErrorCode.NO_AWARD_VERSION,
      `The version of ${type.name} (${type.code}) in force on ${signedOn} (${version.legalBasis}, from ` +
        `${version.effectiveFrom}) gives no coefficient for ${subject} recipients: an administrator corrects it first`,
      ['subjectType'],
    );
  if (typedCoefficient != null && Number(typedCoefficient) !== Number(coefficient))
    refuse(
      UserErrorCode.INVALID_INPUT,
      `The coefficient is ${coefficient} by ${version.legalBasis}; it is derived, not typed in`,
      ['prizeCoefficient'],
    );
  return { versionId: version.id, coefficient, roundingStepVnd: version.roundingStepVnd };
}
