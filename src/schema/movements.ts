/**
 * Movements' lists and connections: movements, their outcomes, and meetings (events). Filter
 * fields and sort keys come from the entities' field declarations; only relations to many, which
 * no column of theirs holds, are stated here.
 */
import { Event, Movement, MovementOutcome } from '../entities/movements';
import { declareList, type DeclaredList } from './define-list';
import { CONTRIBUTIONS } from './contributions';
import { connectionType } from './page';

export const MOVEMENTS: DeclaredList<Movement> = declareList<Movement>({
  entity: Movement,
  typeName: 'Movement',
  vietnamese: 'phong trào',
  alias: 'mv',
  search: true,
  softDelete: true,
  fields: {
    // The contributions' movementId points here: a relation to many, not a column of movements.
    contributions: {
      kind: 'toMany',
      foreignKey: 'movementId',
      list: () => CONTRIBUTIONS,
      description: 'Đóng góp — conditions on contributions under it (some / none).',
    },
  },
  defaultOrder: [{ column: 'name', direction: 'ASC' }],
});

export const OUTCOMES: DeclaredList<MovementOutcome> = declareList<MovementOutcome>({
  entity: MovementOutcome,
  typeName: 'MovementOutcome',
  vietnamese: 'kết quả phong trào',
  alias: 'mo',
  softDelete: true,
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const EVENTS: DeclaredList<Event> = declareList<Event>({
  entity: Event,
  typeName: 'Event',
  vietnamese: 'hội nghị',
  alias: 'evt',
  softDelete: true,
  defaultOrder: [{ column: 'heldOn', direction: 'DESC' }],
});

export const MovementConnection = connectionType(Movement, 'Movement', 'phong trào thi đua');
export const MovementOutcomeConnection = connectionType(MovementOutcome, 'MovementOutcome', 'kết quả phong trào');
export const EventConnection = connectionType(Event, 'Event', 'hội nghị');
