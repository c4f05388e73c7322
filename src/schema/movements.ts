import { MovementKind, MovementScope } from '../entities/enums';
import { Movement, MovementOutcome } from '../entities/movements';
import { declareList, type DeclaredList } from './define-list';
import { BLOCS } from './blocs';
import { CONTRIBUTIONS } from './contributions';

export const MOVEMENTS: DeclaredList<Movement> = declareList<Movement>({
  entity: Movement,
  typeName: 'Movement',
  vietnamese: 'phong trào',
  alias: 'mv',
  search: true,
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'Movement', description: 'Mã định danh — the movement itself.' },
    code: { kind: 'string', description: 'Mã phong trào — the code.' },
    name: { kind: 'string', description: 'Tên phong trào — the name, as stored (use `search` to ignore accents).' },
    kind: {
      kind: 'enum',
      enum: MovementKind,
      enumName: 'MovementKind',
      vietnamese: 'hình thức phong trào',
      description: 'Hình thức — the kind.',
    },
    scope: {
      kind: 'enum',
      enum: MovementScope,
      enumName: 'MovementScope',
      vietnamese: 'phạm vi phong trào',
      description: 'Phạm vi — the scope.',
    },
    launchedBy: { kind: 'string', description: 'Cơ quan phát động — the launching authority.' },
    launchDate: { kind: 'date', description: 'Ngày phát động — the launch date.' },
    periodStartYear: { kind: 'int', description: 'Năm bắt đầu — first year of the period.' },
    periodEndYear: { kind: 'int', description: 'Năm kết thúc — last year of the period.' },
    parent: {
      kind: 'toOne',
      column: 'parentId',
      list: () => MOVEMENTS,
      description: 'Phong trào cha — conditions on the parent movement.',
    },
    bloc: {
      kind: 'toOne',
      column: 'blocId',
      list: () => BLOCS,
      description: 'Khối tổ chức — conditions on the running bloc.',
    },
    contributions: {
      kind: 'toMany',
      foreignKey: 'movementId',
      list: () => CONTRIBUTIONS,
      description: 'Đóng góp — conditions on contributions under it (some / none).',
    },
  },
  order: {
    NAME: { column: 'name', description: 'Tên — by name.' },
    CODE: { column: 'code', description: 'Mã — by code.' },
    LAUNCH_DATE: { column: 'launchDate', description: 'Ngày phát động — by launch date.' },
    PERIOD_START_YEAR: { column: 'periodStartYear', description: 'Năm bắt đầu — by first year.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'name', direction: 'ASC' }],
});

export const OUTCOMES: DeclaredList<MovementOutcome> = declareList<MovementOutcome>({
  entity: MovementOutcome,
  typeName: 'MovementOutcome',
  vietnamese: 'kết quả phong trào',
  alias: 'mo',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'MovementOutcome', description: 'Mã định danh — the outcome itself.' },
    movementId: { kind: 'id', of: 'Movement', description: 'Phong trào — the movement, by ID.' },
    year: { kind: 'int', description: 'Năm — the year.' },
    indicator: { kind: 'string', description: 'Chỉ tiêu — the indicator code.' },
    value: { kind: 'decimal', description: 'Giá trị — the figure.' },
    movement: {
      kind: 'toOne',
      column: 'movementId',
      list: () => MOVEMENTS,
      description: 'Phong trào — conditions on the movement.',
    },
  },
  order: {
    YEAR: { column: 'year', description: 'Năm — by year.' },
    INDICATOR: { column: 'indicator', description: 'Chỉ tiêu — by indicator.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});
