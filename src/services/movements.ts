/**
 * Movements, their locality outcomes, and meetings. Province-wide ones are ADMIN's; a bloc-run
 * movement, its outcomes and a bloc's meetings are kept by the bloc's managing or leading unit.
 */
import { EmulationBloc } from '../entities/blocs';
import { EventKind, MovementKind, MovementScope } from '../entities/enums';
import { Event } from '../entities/event';
import { Movement, MovementOutcome } from '../entities/movements';
import type { RecordWrites } from './record-service';
import { refuse, UserErrorCode } from '../core/refusal';

export const MOVEMENT_RECORDS: RecordWrites<Movement> = {
  entity: Movement,
  vietnamese: 'phong trào thi đua — emulation movement',
  field: 'movement',
  fields: {
    code: { kind: 'string', max: 64, required: true, description: 'Mã phong trào — the stable code, unique.' },
    name: { kind: 'string', max: 500, required: true, description: 'Tên phong trào — the name as written.' },
    kind: {
      kind: 'enum',
      enum: MovementKind,
      required: true,
      description: 'Hình thức — regular, thematic or campaign.',
    },
    scope: {
      kind: 'enum',
      enum: MovementScope,
      required: true,
      description: 'Phạm vi — national, provincial, bloc or unit.',
    },
    launchedBy: { kind: 'string', max: 255, description: 'Cơ quan phát động — the launching authority, as written.' },
    launchDocumentNo: {
      kind: 'string',
      max: 100,
      description: "Số văn bản phát động — the launching document's number.",
    },
    launchDate: { kind: 'date', description: 'Ngày phát động — the launch date.' },
    periodStartYear: { kind: 'year', description: "Năm bắt đầu giai đoạn — the period's first year." },
    periodEndYear: { kind: 'year', description: "Năm kết thúc giai đoạn — the period's last year." },
    parentId: { kind: 'ref', of: () => Movement, description: 'Phong trào cha — the movement this one belongs to.' },
    blocId: {
      kind: 'ref',
      of: () => EmulationBloc,
      description: 'Khối — the bloc that runs it, for bloc-run movements.',
    },
  },
  unique: [{ columns: ['code'], field: 'code', message: 'A movement with this code already exists' }],
  async scope(scope, movement) {
    if (movement.blocId === null || movement.blocId === undefined) scope.requireAdmin('province-wide movements');
    else await scope.requireBloc(movement.blocId, null, 'movements of this bloc');
  },
  async rules(_w, movement) {
    const { periodStartYear: start, periodEndYear: end } = movement;
    if (start !== null && start !== undefined && end !== null && end !== undefined && end < start)
      refuse(UserErrorCode.INVALID_INPUT, 'periodEndYear cannot be before periodStartYear', ['periodEndYear']);
    if (movement.id !== undefined && movement.parentId === movement.id)
      refuse(UserErrorCode.INVALID_INPUT, 'A movement cannot be its own parent', ['parentId']);
  },
};

export const OUTCOME_RECORDS: RecordWrites<MovementOutcome> = {
  entity: MovementOutcome,
  vietnamese: 'kết quả phong trào — movement outcome',
  field: 'outcome',
  fields: {
    movementId: { kind: 'ref', of: () => Movement, required: true, description: 'Phong trào — the movement.' },
    year: { kind: 'year', required: true, description: 'Năm — the year of the result.' },
    indicator: {
      kind: 'string',
      max: 64,
      required: true,
      description: "Chỉ tiêu — the indicator's code (e.g. HUYEN_DAT_CHUAN_NTM).",
    },
    value: { kind: 'decimal', description: 'Giá trị — the figure reached.' },
    unitOfMeasure: { kind: 'string', max: 64, description: 'Đơn vị tính — what the value counts.' },
    note: { kind: 'text', description: 'Ghi chú — a note.' },
    sourceRef: { kind: 'string', max: 500, description: 'Nguồn — where the figure comes from.' },
  },
  async scope(scope, outcome, w) {
    const movement = await w.manager.findOne(Movement, { where: { id: outcome.movementId }, withDeleted: true });
    if (!movement?.blocId) scope.requireAdmin('outcomes of province-wide movements');
    else await scope.requireBloc(movement.blocId, outcome.year, "outcomes of this bloc's movement");
  },
};

export const EVENT_RECORDS: RecordWrites<Event> = {
  entity: Event,
  vietnamese: 'hội nghị — meeting',
  field: 'event',
  fields: {
    blocId: { kind: 'ref', of: () => EmulationBloc, description: 'Khối — the bloc that held it.' },
    heldOn: { kind: 'date', required: true, description: 'Ngày tổ chức — the date held.' },
    kind: { kind: 'enum', enum: EventKind, required: true, description: 'Loại — what kind of meeting.' },
    title: { kind: 'string', max: 500, required: true, description: 'Tiêu đề — the title.' },
    place: { kind: 'string', max: 255, description: 'Địa điểm — where.' },
    sourceUrl: { kind: 'string', max: 1000, description: 'Nguồn — a link to a report of it.' },
  },
  async scope(scope, event) {
    if (event.blocId === null || event.blocId === undefined) scope.requireAdmin('province-wide meetings');
    else await scope.requireBloc(event.blocId, Number(event.heldOn.slice(0, 4)), 'meetings of this bloc');
  },
};
