/** Bloc membership in a year: the fact rules 4 and 5 rest on. */
import type { EntityManager } from 'typeorm';
import { BlocMembership } from '../entities/blocs';
import { refuse, UserErrorCode } from '../core/refusal';

export async function isMember(manager: EntityManager, blocId: number, unitId: number, year: number): Promise<boolean> {
  const found = await manager
    .createQueryBuilder(BlocMembership, 'bm')
    .select('bm.id')
    .where(
      'bm.blocId = :blocId AND bm.unitId = :unitId AND bm.fromYear <= :year AND (bm.toYear IS NULL OR bm.toYear >= :year)',
      { blocId, unitId, year },
    )
    .getOne();
  return found !== null;
}

export async function requireMember(
  manager: EntityManager,
  blocId: number,
  unitId: number,
  year: number,
  what: string,
  field: ReadonlyArray<string | number>,
): Promise<void> {
  if (!(await isMember(manager, blocId, unitId, year)))
    refuse(UserErrorCode.NOT_A_MEMBER, `${what} must be a member of the bloc in ${year}`, field);
}
