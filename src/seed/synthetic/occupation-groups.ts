/** The occupation group the Ministry's forms count a synthetic person in. */
import { OccupationGroup } from '../../entities/enums';
import type { SyntheticRows } from './rows';

const LEADING_POSITIONS = ['Trưởng phòng', 'Phó Giám đốc', 'Giám đốc'];

/** A person's group: leaders by their post, the others mostly officials. */
export function occupationGroupOf(position: string, random: SyntheticRows['formRandom']): OccupationGroup {
  if (LEADING_POSITIONS.includes(position)) return OccupationGroup.LEADER;
  const draw = random.next();
  return draw < 0.85 ? OccupationGroup.CIVIL_SERVANT : draw < 0.95 ? OccupationGroup.OTHER : OccupationGroup.WORKER;
}
