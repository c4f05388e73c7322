/** Contributions' lists and connections: kinds, funds and contributions, derived from the entities. */
import { Contribution, ContributionKind, Fund } from '../entities/contributions';
import { declareList, type DeclaredList } from './define-list';
import { connectionType } from './page';

export const CONTRIBUTIONS: DeclaredList<Contribution> = declareList<Contribution>({
  entity: Contribution,
  typeName: 'Contribution',
  vietnamese: 'đóng góp',
  alias: 'c',
  softDelete: true,
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const CONTRIBUTION_KINDS: DeclaredList<ContributionKind> = declareList<ContributionKind>({
  entity: ContributionKind,
  typeName: 'ContributionKind',
  vietnamese: 'loại đóng góp',
  alias: 'ck',
  softDelete: true,
  defaultOrder: [{ column: 'code', direction: 'ASC' }],
});

export const FUNDS: DeclaredList<Fund> = declareList<Fund>({
  entity: Fund,
  typeName: 'Fund',
  vietnamese: 'quỹ',
  alias: 'fd',
  search: true,
  softDelete: true,
  defaultOrder: [{ column: 'name', direction: 'ASC' }],
});

export const ContributionConnection = connectionType(Contribution, 'Contribution', 'đóng góp');
export const ContributionKindConnection = connectionType(ContributionKind, 'ContributionKind', 'loại đóng góp');
export const FundConnection = connectionType(Fund, 'Fund', 'quỹ');
