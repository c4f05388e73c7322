import { Contribution, ContributionKind, Fund } from '../entities/contributions';
import { FundPurpose } from '../entities/enums';
import { declareList, type DeclaredList } from './define-list';
import './enums';
import { BLOCS } from './blocs';
import { MOVEMENTS } from './movements';
import { UNITS } from './organisation';

export const CONTRIBUTIONS: DeclaredList<Contribution> = declareList<Contribution>({
  entity: Contribution,
  typeName: 'Contribution',
  vietnamese: 'đóng góp',
  alias: 'c',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'Contribution', description: 'Mã định danh — the contribution itself.' },
    year: { kind: 'int', description: 'Năm — the year.' },
    movementId: { kind: 'id', of: 'Movement', description: 'Phong trào — the movement, by ID.' },
    blocId: {
      kind: 'id',
      of: 'EmulationBloc',
      description: 'Khối đóng góp — the bloc as a whole as contributor, by ID.',
    },
    unitId: { kind: 'id', of: 'Unit', description: 'Đơn vị đóng góp — the unit as contributor, by ID.' },
    kindId: { kind: 'id', of: 'ContributionKind', description: 'Loại đóng góp — the contribution kind, by ID.' },
    fundId: { kind: 'id', of: 'Fund', description: 'Quỹ — the fund, by ID.' },
    quantity: { kind: 'int', description: 'Số lượng — the quantity.' },
    amountVnd: { kind: 'vnd', description: 'Giá trị (VND) — the amount in đồng.' },
    occurredOn: { kind: 'date', description: 'Ngày thực hiện — the date it happened.' },
    movement: {
      kind: 'toOne',
      column: 'movementId',
      list: () => MOVEMENTS,
      description: 'Phong trào — conditions on the movement.',
    },
    unit: {
      kind: 'toOne',
      column: 'unitId',
      list: () => UNITS,
      description: 'Đơn vị đóng góp — conditions on the contributing unit.',
    },
    bloc: {
      kind: 'toOne',
      column: 'blocId',
      list: () => BLOCS,
      description: 'Khối đóng góp — conditions on the contributing bloc.',
    },
    kind: {
      kind: 'toOne',
      column: 'kindId',
      list: () => CONTRIBUTION_KINDS,
      description: 'Loại đóng góp — conditions on the kind (e.g. its code).',
    },
  },
  order: {
    YEAR: { column: 'year', description: 'Năm — by year.' },
    QUANTITY: { column: 'quantity', description: 'Số lượng — by quantity.' },
    AMOUNT_VND: { column: 'amountVnd', description: 'Giá trị (VND) — by amount.' },
    OCCURRED_ON: { column: 'occurredOn', description: 'Ngày thực hiện — by date.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const CONTRIBUTION_KINDS: DeclaredList<ContributionKind> = declareList<ContributionKind>({
  entity: ContributionKind,
  typeName: 'ContributionKind',
  vietnamese: 'loại đóng góp',
  alias: 'ck',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'ContributionKind', description: 'Mã định danh — the kind itself.' },
    code: { kind: 'string', description: 'Mã loại — the catalogue code (e.g. HOUSE).' },
    name: { kind: 'string', description: 'Tên loại — the name.' },
    unitOfMeasure: { kind: 'string', description: 'Đơn vị tính — the unit of measure.' },
  },
  order: {
    CODE: { column: 'code', description: 'Mã — by code.' },
    NAME: { column: 'name', description: 'Tên — by name.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'code', direction: 'ASC' }],
});

export const FUNDS: DeclaredList<Fund> = declareList<Fund>({
  entity: Fund,
  typeName: 'Fund',
  vietnamese: 'quỹ',
  alias: 'fd',
  search: true,
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'Fund', description: 'Mã định danh — the fund itself.' },
    code: { kind: 'string', description: 'Mã quỹ — the code.' },
    name: { kind: 'string', description: 'Tên quỹ — the name, as stored (use `search` to ignore accents).' },
    purpose: {
      kind: 'enum',
      enum: FundPurpose,
      enumName: 'FundPurpose',
      vietnamese: 'mục đích quỹ',
      description: "Mục đích — the fund's purpose.",
    },
    ownerBlocId: { kind: 'id', of: 'EmulationBloc', description: 'Khối sở hữu — the owning bloc, by ID.' },
    ownerUnitId: { kind: 'id', of: 'Unit', description: 'Đơn vị sở hữu — the owning unit, by ID.' },
    establishedYear: { kind: 'int', description: 'Năm thành lập — the year it was set up.' },
  },
  order: {
    NAME: { column: 'name', description: 'Tên — by name.' },
    CODE: { column: 'code', description: 'Mã — by code.' },
    ESTABLISHED_YEAR: { column: 'establishedYear', description: 'Năm thành lập — by year set up.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'name', direction: 'ASC' }],
});

/** Names the reporting code and older modules use. */
export const CONTRIBUTION_LIST = CONTRIBUTIONS.definition;
export const CONTRIBUTION_FILTER = CONTRIBUTIONS.definition.filter;
export const ContributionListArgs = CONTRIBUTIONS.argsType;
export const ContributionFilter = CONTRIBUTIONS.filterType;
