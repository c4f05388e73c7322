/**
 * Awards' lists and connections: award types, base salaries, decisions and awards. Filter fields and
 * sort keys come from the entities' field declarations; only relations to many are stated here.
 */
import { Award, AwardDecision, AwardType, BaseSalary } from '../entities/awards';
import { declareList, type DeclaredList } from './define-list';
import { connectionType } from './page';

export const AWARD_TYPES: DeclaredList<AwardType> = declareList<AwardType>({
  entity: AwardType,
  typeName: 'AwardType',
  vietnamese: 'danh hiệu, hình thức khen thưởng',
  alias: 'at',
  softDelete: true,
  defaultOrder: [{ column: 'code', direction: 'ASC' }],
});

export const BASE_SALARIES: DeclaredList<BaseSalary> = declareList<BaseSalary>({
  entity: BaseSalary,
  typeName: 'BaseSalary',
  vietnamese: 'mức lương cơ sở',
  alias: 'bs',
  softDelete: true,
  defaultOrder: [{ column: 'effectiveFrom', direction: 'DESC' }],
});

export const AWARD_DECISIONS: DeclaredList<AwardDecision> = declareList<AwardDecision>({
  entity: AwardDecision,
  typeName: 'AwardDecision',
  vietnamese: 'quyết định khen thưởng',
  alias: 'ad',
  fields: {
    awards: {
      kind: 'toMany',
      foreignKey: 'decisionId',
      list: () => AWARDS,
      description: 'Khen thưởng — conditions on its awards (some / none).',
    },
  },
  defaultOrder: [{ column: 'signedOn', direction: 'DESC' }],
});

export const AWARDS: DeclaredList<Award> = declareList<Award>({
  entity: Award,
  typeName: 'Award',
  vietnamese: 'khen thưởng',
  alias: 'aw',
  defaultOrder: [{ column: 'achievementYear', direction: 'DESC' }],
});

export const AwardTypeConnection = connectionType(AwardType, 'AwardType', 'danh hiệu, hình thức khen thưởng');
export const BaseSalaryConnection = connectionType(BaseSalary, 'BaseSalary', 'mức lương cơ sở');
export const AwardDecisionConnection = connectionType(AwardDecision, 'AwardDecision', 'quyết định khen thưởng');
export const AwardConnection = connectionType(Award, 'Award', 'khen thưởng');
