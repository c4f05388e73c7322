/** The writes of movements, their locality outcomes and meetings. */
import { EVENT_RECORDS, MOVEMENT_RECORDS, OUTCOME_RECORDS } from '../services/movements';
import { recordMutations } from './record-mutations';

export const MovementMutations: Function[] = [
  ...recordMutations(MOVEMENT_RECORDS, {
    create: 'createMovement',
    update: 'updateMovement',
    delete: 'deleteMovement',
    restore: 'restoreMovement',
  }),
  ...recordMutations(OUTCOME_RECORDS, {
    create: 'createMovementOutcome',
    update: 'updateMovementOutcome',
    delete: 'deleteMovementOutcome',
    restore: 'restoreMovementOutcome',
  }),
  ...recordMutations(EVENT_RECORDS, {
    create: 'createEvent',
    update: 'updateEvent',
    delete: 'deleteEvent',
    restore: 'restoreEvent',
  }),
];
