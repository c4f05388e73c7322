/**
 * Blocs' lists and connections: blocs, memberships, leaderships. Filter fields and sort keys come
 * from the entities' field declarations; only relations to many, which no column of theirs holds,
 * are stated here.
 */
import { BlocLeadership, BlocMembership, EmulationBloc } from '../entities/blocs';
import { declareList, type DeclaredList } from './define-list';
import { CONTRIBUTIONS } from './contributions';
import { connectionType } from './page';

export const BLOCS: DeclaredList<EmulationBloc> = declareList<EmulationBloc>({
  entity: EmulationBloc,
  typeName: 'EmulationBloc',
  vietnamese: 'khối thi đua',
  alias: 'b',
  search: true,
  softDelete: true,
  // Relations to many: the other tables' blocId points here.
  fields: {
    contributions: {
      kind: 'toMany',
      foreignKey: 'blocId',
      list: () => CONTRIBUTIONS,
      description: "Đóng góp của khối — conditions on the bloc's own contributions (some / none).",
    },
    memberships: {
      kind: 'toMany',
      foreignKey: 'blocId',
      list: () => MEMBERSHIPS,
      description: "Thành viên — conditions on the bloc's memberships (some / none).",
    },
  },
  defaultOrder: [{ column: 'name', direction: 'ASC' }],
});

export const MEMBERSHIPS: DeclaredList<BlocMembership> = declareList<BlocMembership>({
  entity: BlocMembership,
  typeName: 'BlocMembership',
  vietnamese: 'thành viên khối',
  alias: 'bm',
  softDelete: true,
  defaultOrder: [{ column: 'fromYear', direction: 'ASC' }],
});

export const LEADERSHIPS: DeclaredList<BlocLeadership> = declareList<BlocLeadership>({
  entity: BlocLeadership,
  typeName: 'BlocLeadership',
  vietnamese: 'trưởng, phó khối',
  alias: 'bl',
  softDelete: true,
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const EmulationBlocConnection = connectionType(EmulationBloc, 'EmulationBloc', 'khối thi đua');
export const BlocMembershipConnection = connectionType(BlocMembership, 'BlocMembership', 'thành viên khối');
export const BlocLeadershipConnection = connectionType(BlocLeadership, 'BlocLeadership', 'trưởng, phó khối');
