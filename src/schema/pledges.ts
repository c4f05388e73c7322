import { Pledge, PledgeSignatory, PledgeTarget } from '../entities/pledges';
import { declareList, type DeclaredList } from './define-list';
import { BLOCS } from './blocs';
import { CONTRIBUTION_KINDS } from './contributions';
import { UNITS } from './organisation';

export const PLEDGES: DeclaredList<Pledge> = declareList<Pledge>({
  entity: Pledge,
  typeName: 'Pledge',
  vietnamese: 'giao ước thi đua',
  alias: 'pl',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'Pledge', description: 'Mã định danh — the pledge itself.' },
    blocId: { kind: 'id', of: 'EmulationBloc', description: 'Khối — the bloc, by ID.' },
    year: { kind: 'int', description: 'Năm giao ước — the year the pledge governs.' },
    signedOn: { kind: 'date', description: 'Ngày ký — the signing date.' },
    bloc: { kind: 'toOne', column: 'blocId', list: () => BLOCS, description: 'Khối — conditions on the bloc.' },
    signatories: {
      kind: 'toMany',
      foreignKey: 'pledgeId',
      list: () => PLEDGE_SIGNATORIES,
      description: 'Đơn vị ký — conditions on the signatories (some / none).',
    },
  },
  order: {
    YEAR: { column: 'year', description: 'Năm — by year.' },
    SIGNED_ON: { column: 'signedOn', description: 'Ngày ký — by signing date.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const PLEDGE_SIGNATORIES: DeclaredList<PledgeSignatory> = declareList<PledgeSignatory>({
  entity: PledgeSignatory,
  typeName: 'PledgeSignatory',
  vietnamese: 'đơn vị ký giao ước',
  alias: 'ps',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'PledgeSignatory', description: 'Mã định danh — the signature itself.' },
    pledgeId: { kind: 'id', of: 'Pledge', description: 'Giao ước — the pledge, by ID.' },
    unitId: { kind: 'id', of: 'Unit', description: 'Đơn vị — the signing unit, by ID.' },
    unit: {
      kind: 'toOne',
      column: 'unitId',
      list: () => UNITS,
      description: 'Đơn vị — conditions on the signing unit.',
    },
    pledge: {
      kind: 'toOne',
      column: 'pledgeId',
      list: () => PLEDGES,
      description: 'Giao ước — conditions on the pledge.',
    },
  },
  order: {
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});

export const PLEDGE_TARGETS: DeclaredList<PledgeTarget> = declareList<PledgeTarget>({
  entity: PledgeTarget,
  typeName: 'PledgeTarget',
  vietnamese: 'chỉ tiêu giao ước',
  alias: 'pt',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'PledgeTarget', description: 'Mã định danh — the target itself.' },
    pledgeId: { kind: 'id', of: 'Pledge', description: 'Giao ước — the pledge, by ID.' },
    unitId: {
      kind: 'id',
      of: 'Unit',
      description: 'Đơn vị — the unit the target is for, by ID (isNull: true for whole-bloc targets).',
    },
    movementId: { kind: 'id', of: 'Movement', description: 'Phong trào — the movement, by ID.' },
    kindId: { kind: 'id', of: 'ContributionKind', description: 'Loại đóng góp — the kind, by ID.' },
    targetQuantity: { kind: 'int', description: 'Chỉ tiêu số lượng — the target quantity.' },
    targetAmountVnd: { kind: 'vnd', description: 'Chỉ tiêu số tiền — the target amount in VND.' },
    isIllustrative: { kind: 'boolean', description: 'Dữ liệu minh họa — illustrative rows only (or none).' },
    pledge: {
      kind: 'toOne',
      column: 'pledgeId',
      list: () => PLEDGES,
      description: 'Giao ước — conditions on the pledge.',
    },
    kind: {
      kind: 'toOne',
      column: 'kindId',
      list: () => CONTRIBUTION_KINDS,
      description: 'Loại đóng góp — conditions on the kind.',
    },
  },
  order: {
    TARGET_QUANTITY: { column: 'targetQuantity', description: 'Chỉ tiêu số lượng — by target quantity.' },
    TARGET_AMOUNT_VND: { column: 'targetAmountVnd', description: 'Chỉ tiêu số tiền — by target amount.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});
