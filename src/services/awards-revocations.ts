/**
 * Revocations: an award or a whole decision is revoked by a later decision — never deleted. The
 * revoking decision must be in effect, signed no earlier than what it revokes, and issued by the same
 * authority or a higher one (rule 8); the revocation date cannot precede the revoked decision.
 */
import { Award, AwardDecision } from '../entities/awards';
import { AwardLevel, AwardStatus, DecisionStatus } from '../entities/enums';
import { databaseIdOf, referencedId } from './record-service';
import { loadLive, updateRecord } from './record-writer';
import { refuse, UserErrorCode } from '../core/refusal';
import type { WriteContext } from './write-context';

/** Levels from the highest authority down: a decision may be revoked by its issuer or a higher one. */
const AUTHORITY: readonly AwardLevel[] = [
  AwardLevel.STATE,
  AwardLevel.GOVERNMENT,
  AwardLevel.PROVINCE,
  AwardLevel.DEPARTMENT,
  AwardLevel.DISTRICT,
  AwardLevel.COMMUNE,
  AwardLevel.UNIT,
];

export interface RevocationInput {
  id: string;
  expectedVersion: number;
  revokedByDecisionId: string;
  revokedOn: string;
  reason: string;
}

async function revocation(
  w: WriteContext,
  revoked: AwardDecision,
  input: RevocationInput,
): Promise<Pick<Award, 'revokedByDecisionId' | 'revokedOn' | 'revocationReason'>> {
  const revokedByDecisionId = (await referencedId(w, AwardDecision, input.revokedByDecisionId, [
    'revokedByDecisionId',
  ]))!;
  const revoking = await w.manager.findOneByOrFail(AwardDecision, { id: revokedByDecisionId });
  if (revoking.id === revoked.id)
    refuse(UserErrorCode.INVALID_INPUT, 'A decision cannot revoke itself', ['revokedByDecisionId']);
  if (revoking.status === DecisionStatus.REVOKED)
    refuse(UserErrorCode.INVALID_INPUT, 'The revoking decision is itself revoked', ['revokedByDecisionId']);
  if (revoking.signedOn < revoked.signedOn)
    refuse(UserErrorCode.INVALID_INPUT, 'The revoking decision is older than the one it revokes', [
      'revokedByDecisionId',
    ]);
  const competent =
    revoking.issuingUnitId === revoked.issuingUnitId ||
    AUTHORITY.indexOf(revoking.level) < AUTHORITY.indexOf(revoked.level);
  if (!competent)
    refuse(
      UserErrorCode.LEVEL_MISMATCH,
      'Only the issuer of a decision, or a higher authority, may revoke it (rule 8)',
      ['revokedByDecisionId'],
    );
  if (input.revokedOn < revoked.signedOn)
    refuse(UserErrorCode.INVALID_INPUT, 'revokedOn cannot precede the revoked decision', ['revokedOn']);
  const reason = input.reason.trim();
  if (!reason) refuse(UserErrorCode.INVALID_INPUT, 'A revocation states its reason', ['reason']);
  return { revokedByDecisionId, revokedOn: input.revokedOn, revocationReason: reason };
}

const REVOKED = { status: AwardStatus.REVOKED, annualTitleKey: null };

/** Revokes every active award of a decision, and the decision itself. */
export async function revokeAwardDecision(w: WriteContext, input: RevocationInput): Promise<AwardDecision> {
  const decision = await loadLive(w.manager, AwardDecision, databaseIdOf(input.id, 'AwardDecision', ['id']), ['id']);
  await w.scope.requireUnit(decision.issuingUnitId, 'decisions of this issuer');
  if (decision.status === DecisionStatus.REVOKED)
    refuse(UserErrorCode.ALREADY_REVOKED, 'The decision is already revoked', ['id']);
  const how = await revocation(w, decision, input);
  const revoked = await updateRecord(
    w,
    AwardDecision,
    decision,
    input.expectedVersion,
    { status: DecisionStatus.REVOKED },
    'revoke',
  );
  for (const award of await w.manager.find(Award, { where: { decisionId: decision.id, status: AwardStatus.ACTIVE } })) {
    await updateRecord(w, Award, award, award.version, { ...REVOKED, ...how }, 'revoke');
  }
  return revoked;
}

/** Revokes one award; its decision becomes partially (or, with the last one, wholly) revoked. */
export async function revokeAward(w: WriteContext, input: RevocationInput): Promise<Award> {
  const award = await loadLive(w.manager, Award, databaseIdOf(input.id, 'Award', ['id']), ['id']);
  const decision = await w.manager.findOneByOrFail(AwardDecision, { id: award.decisionId });
  await w.scope.requireUnit(decision.issuingUnitId, 'awards of this issuer');
  if (award.status === AwardStatus.REVOKED)
    refuse(UserErrorCode.ALREADY_REVOKED, 'The award is already revoked', ['id']);
  const how = await revocation(w, decision, input);
  const revoked = await updateRecord(w, Award, award, input.expectedVersion, { ...REVOKED, ...how }, 'revoke');
  const stillActive = await w.manager.count(Award, { where: { decisionId: decision.id, status: AwardStatus.ACTIVE } });
  const status = stillActive === 0 ? DecisionStatus.REVOKED : DecisionStatus.PARTIALLY_REVOKED;
  if (decision.status !== status)
    await updateRecord(w, AwardDecision, decision, decision.version, { status }, 'revoke');
  return revoked;
}
