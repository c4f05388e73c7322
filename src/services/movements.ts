/**
 * Movements, their locality outcomes, and meetings. Province-wide ones are ADMIN's; a bloc-run
 * movement, its outcomes and a bloc's meetings are kept by the bloc's managing or leading unit.
 */
import { writableFields } from '../entities/field';
import { Event, Movement, MovementOutcome } from '../entities/movements';
import type { RecordWrites } from './record-service';
import { refuse, UserErrorCode } from '../core/refusal';

export const MOVEMENT_RECORDS: RecordWrites<Movement> = {
  entity: Movement,
  vietnamese: 'phong trào thi đua — emulation movement',
  field: 'movement',
  fields: writableFields(Movement),
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
  fields: writableFields(MovementOutcome),
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
  fields: writableFields(Event),
  async scope(scope, event) {
    if (event.blocId === null || event.blocId === undefined) scope.requireAdmin('province-wide meetings');
    else await scope.requireBloc(event.blocId, Number(event.heldOn.slice(0, 4)), 'meetings of this bloc');
  },
};
