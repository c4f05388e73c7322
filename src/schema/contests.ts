/**
 * Contests' lists and connections: contests and prizes. Filter fields and sort keys come from the
 * entities' field declarations; only relations to many are stated here.
 */
import { Contest, ContestPrize } from '../entities/contests';
import { declareList, type DeclaredList } from './define-list';
import { connectionType } from './page';

export const CONTESTS: DeclaredList<Contest> = declareList<Contest>({
  entity: Contest,
  typeName: 'Contest',
  vietnamese: 'cuộc thi',
  alias: 'ct',
  search: true,
  softDelete: true,
  fields: {
    prizes: {
      kind: 'toMany',
      foreignKey: 'contestId',
      list: () => CONTEST_PRIZES,
      description: 'Giải thưởng — conditions on the prizes (some / none).',
    },
  },
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const CONTEST_PRIZES: DeclaredList<ContestPrize> = declareList<ContestPrize>({
  entity: ContestPrize,
  typeName: 'ContestPrize',
  vietnamese: 'giải thưởng cuộc thi',
  alias: 'cp',
  softDelete: true,
  // Rank codes do not sort by merit, so the default is the order the prizes were recorded in.
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});

export const ContestConnection = connectionType(Contest, 'Contest', 'cuộc thi');
export const ContestPrizeConnection = connectionType(ContestPrize, 'ContestPrize', 'giải thưởng cuộc thi');
