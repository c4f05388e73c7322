/** Every record written through the shared create/update/delete/restore path. */
import type { RecordWrites } from './record-service';
import type { WritableRecord } from './record-writer';
import { BLOC_RECORDS, LEADERSHIP_RECORDS, MEMBERSHIP_RECORDS } from './blocs';
import { AWARD_TYPE_RECORDS, BASE_SALARY_RECORDS, CONTRIBUTION_KIND_RECORDS, FUND_RECORDS } from './catalogue';
import { CONTEST_PRIZE_RECORDS, CONTEST_RECORDS } from './contests';
import { CONTRIBUTION_RECORDS } from './contributions';
import { EVENT_RECORDS, MOVEMENT_RECORDS, OUTCOME_RECORDS } from './movements';
import { PERSON_RECORDS, UNIT_RECORDS } from './organisation';

export const MAINTAINED_RECORDS: ReadonlyArray<RecordWrites<WritableRecord>> = [
  UNIT_RECORDS,
  PERSON_RECORDS,
  BLOC_RECORDS,
  MEMBERSHIP_RECORDS,
  LEADERSHIP_RECORDS,
  MOVEMENT_RECORDS,
  OUTCOME_RECORDS,
  EVENT_RECORDS,
  CONTRIBUTION_KIND_RECORDS,
  AWARD_TYPE_RECORDS,
  BASE_SALARY_RECORDS,
  FUND_RECORDS,
  CONTRIBUTION_RECORDS,
  CONTEST_RECORDS,
  CONTEST_PRIZE_RECORDS,
] as unknown as ReadonlyArray<RecordWrites<WritableRecord>>;
