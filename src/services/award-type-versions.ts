/**
 * Legal versions of award types (ADMIN only) and the version in force on a date. Periods of one type's
 * live versions never overlap, so at most one version is in force on any date; concurrent writes of
 * one type's versions are serialised by locking the award type's row before the overlap is read.
 */
import type { EntityManager } from 'typeorm';
import { AwardType, AwardTypeVersion } from '../entities/awards';
import { SubjectType } from '../entities/enums';
import { writableFields } from '../entities/field';
import { engineOf } from '../db/data-source';
import { refuse, UserErrorCode } from '../core/refusal';
import type { RecordWrites } from './record-service';

const COEFFICIENTS = ['individualCoefficient', 'collectiveCoefficient', 'householdCoefficient', 'quotaPercent'];

/** The coefficient column a recipient of this kind is paid by. */
export const COEFFICIENT_OF: Record<
  SubjectType,
  'individualCoefficient' | 'collectiveCoefficient' | 'householdCoefficient'
> = {
  [SubjectType.INDIVIDUAL]: 'individualCoefficient',
  [SubjectType.COLLECTIVE]: 'collectiveCoefficient',
  [SubjectType.HOUSEHOLD]: 'householdCoefficient',
};

async function lockAwardType(manager: EntityManager, awardTypeId: number): Promise<void> {
  // SQLite runs one write transaction at a time already.
  if (engineOf(manager.connection) === 'sqlite') return;
  await manager.query('SELECT id FROM award_types WHERE id = ? FOR UPDATE', [awardTypeId]);
}

/** The live version of the type in force on the date (inclusive at both ends), or null. */
export function versionInForce(manager: EntityManager, awardTypeId: number, date: string) {
  return manager
    .createQueryBuilder(AwardTypeVersion, 'v')
    .where('v.awardTypeId = :awardTypeId', { awardTypeId })
    .andWhere('v.effectiveFrom <= :date', { date })
    .andWhere('(v.effectiveTo IS NULL OR v.effectiveTo >= :date)', { date })
    .orderBy('v.effectiveFrom', 'DESC')
    .getOne();
}

/** Whether the type has any live version: types without one are still paid by their own coefficient. */
export async function hasVersions(manager: EntityManager, awardTypeId: number): Promise<boolean> {
  return (await manager.count(AwardTypeVersion, { where: { awardTypeId } })) > 0;
}

export const AWARD_TYPE_VERSION_RECORDS: RecordWrites<AwardTypeVersion> = {
  entity: AwardTypeVersion,
  vietnamese: 'phiên bản pháp lý của danh hiệu — award type version',
  field: 'awardTypeVersion',
  adminOnly: true,
  fields: writableFields(AwardTypeVersion),
  immutable: ['awardTypeId'],
  async lock(w, row) {
    await lockAwardType(w.manager, row.awardTypeId);
  },
  async rules(w, version) {
    await w.manager.findOneByOrFail(AwardType, { id: version.awardTypeId });
    if (!version.legalBasis?.trim())
      refuse(UserErrorCode.INVALID_INPUT, 'A version states its legal basis', ['legalBasis']);
    if (version.effectiveTo && version.effectiveTo < version.effectiveFrom)
      refuse(UserErrorCode.INVALID_INPUT, 'effectiveTo cannot be before effectiveFrom', ['effectiveTo']);
    for (const name of COEFFICIENTS) {
      const value = version[name as keyof AwardTypeVersion];
      if (typeof value === 'string' && Number(value) < 0)
        refuse(UserErrorCode.INVALID_INPUT, `${name} cannot be negative`, [name]);
    }
    if (
      version.roundingStepVnd !== null &&
      version.roundingStepVnd !== undefined &&
      BigInt(version.roundingStepVnd) <= 0n
    )
      refuse(UserErrorCode.INVALID_INPUT, 'roundingStepVnd must be positive', ['roundingStepVnd']);
    const query = w.manager
      .createQueryBuilder(AwardTypeVersion, 'v')
      .where('v.awardTypeId = :typeId', { typeId: version.awardTypeId })
      .andWhere('(v.effectiveTo IS NULL OR v.effectiveTo >= :from)', { from: version.effectiveFrom });
    if (version.effectiveTo) query.andWhere('v.effectiveFrom <= :to', { to: version.effectiveTo });
    if (version.id) query.andWhere('v.id <> :id', { id: version.id });
    const clash = await query.getOne();
    if (clash)
      refuse(
        UserErrorCode.OVERLAPPING_VERSION,
        `The period overlaps the version from ${clash.effectiveFrom}` +
          `${clash.effectiveTo ? ` to ${clash.effectiveTo}` : ''} (${clash.legalBasis}): end that one first`,
        ['effectiveFrom'],
      );
  },
};
