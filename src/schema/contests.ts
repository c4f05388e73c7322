import { Contest, ContestPrize } from '../entities/contests';
import { PrizeRank } from '../entities/enums';
import { declareList, type DeclaredList } from './define-list';
import { BLOCS } from './blocs';
import { UNITS } from './organisation';

export const CONTESTS: DeclaredList<Contest> = declareList<Contest>({
  entity: Contest,
  typeName: 'Contest',
  vietnamese: 'cuộc thi',
  alias: 'ct',
  search: true,
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'Contest', description: 'Mã định danh — the contest itself.' },
    name: { kind: 'string', description: 'Tên cuộc thi — the name, as stored (use `search` to ignore accents).' },
    year: { kind: 'int', description: 'Năm — the year.' },
    organiserBlocId: { kind: 'id', of: 'EmulationBloc', description: 'Khối tổ chức — the organising bloc, by ID.' },
    organiserUnitId: { kind: 'id', of: 'Unit', description: 'Đơn vị tổ chức — the organising unit, by ID.' },
    movementId: { kind: 'id', of: 'Movement', description: 'Phong trào — the movement, by ID.' },
    startsOn: { kind: 'date', description: 'Ngày bắt đầu — the first day.' },
    organiserBloc: {
      kind: 'toOne',
      column: 'organiserBlocId',
      list: () => BLOCS,
      description: 'Khối tổ chức — conditions on the organising bloc.',
    },
    organiserUnit: {
      kind: 'toOne',
      column: 'organiserUnitId',
      list: () => UNITS,
      description: 'Đơn vị tổ chức — conditions on the organising unit.',
    },
    prizes: {
      kind: 'toMany',
      foreignKey: 'contestId',
      list: () => CONTEST_PRIZES,
      description: 'Giải thưởng — conditions on the prizes (some / none).',
    },
  },
  order: {
    YEAR: { column: 'year', description: 'Năm — by year.' },
    NAME: { column: 'name', description: 'Tên — by name.' },
    STARTS_ON: { column: 'startsOn', description: 'Ngày bắt đầu — by first day.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const CONTEST_PRIZES: DeclaredList<ContestPrize> = declareList<ContestPrize>({
  entity: ContestPrize,
  typeName: 'ContestPrize',
  vietnamese: 'giải thưởng cuộc thi',
  alias: 'cp',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'ContestPrize', description: 'Mã định danh — the prize itself.' },
    contestId: { kind: 'id', of: 'Contest', description: 'Cuộc thi — the contest, by ID.' },
    rank: {
      kind: 'enum',
      enum: PrizeRank,
      enumName: 'PrizeRank',
      vietnamese: 'hạng giải',
      description: 'Hạng giải — the prize rank.',
    },
    recipientUnitId: { kind: 'id', of: 'Unit', description: 'Đơn vị nhận — the receiving unit, by ID.' },
    recipientPersonId: { kind: 'id', of: 'Person', description: 'Cá nhân nhận — the receiving person, by ID.' },
    recipientNameSnapshot: { kind: 'string', description: "Tên người/đơn vị nhận — the recipient's name as given." },
    amountVnd: { kind: 'vnd', description: 'Tiền thưởng — the prize money in VND.' },
    isIllustrative: { kind: 'boolean', description: 'Dữ liệu minh họa — illustrative rows only (or none).' },
    contest: {
      kind: 'toOne',
      column: 'contestId',
      list: () => CONTESTS,
      description: 'Cuộc thi — conditions on the contest.',
    },
  },
  order: {
    AMOUNT_VND: { column: 'amountVnd', description: 'Tiền thưởng — by amount.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  // Rank codes do not sort by merit, so the default is the order the prizes were recorded in.
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});
