/** The writes of units and persons. */
import { PERSON_RECORDS, UNIT_RECORDS } from '../services/organisation';
import { recordMutations } from './record-mutations';

export const OrganisationMutations: Function[] = [
  ...recordMutations(UNIT_RECORDS, {
    create: 'createUnit',
    update: 'updateUnit',
    delete: 'deleteUnit',
    restore: 'restoreUnit',
  }),
  ...recordMutations(PERSON_RECORDS, {
    create: 'createPerson',
    update: 'updatePerson',
    delete: 'deletePerson',
    restore: 'restorePerson',
  }),
];
