/** Contests (organised by a bloc XOR a unit) and their prizes (to a unit XOR a person). */
import { Contest, ContestPrize } from '../entities/contests';
import { writableFields } from '../entities/field';
import { Person, Unit } from '../entities/organisation';
import type { RecordWrites } from './record-service';
import { refuse, UserErrorCode } from '../core/refusal';
import type { WriteScope } from './write-scope';

async function requireOrganiser(
  scope: WriteScope,
  contest: Pick<Contest, 'organiserBlocId' | 'organiserUnitId' | 'year'>,
): Promise<void> {
  if (contest.organiserBlocId) await scope.requireBloc(contest.organiserBlocId, contest.year, 'contests of this bloc');
  else await scope.requireUnit(contest.organiserUnitId ?? null, 'contests of this unit');
}

export const CONTEST_RECORDS: RecordWrites<Contest> = {
  entity: Contest,
  vietnamese: 'cuộc thi — contest',
  field: 'contest',
  fields: writableFields(Contest),
  scope: (scope, contest) => requireOrganiser(scope, contest),
  async rules(_w, contest) {
    if (!contest.organiserBlocId === !contest.organiserUnitId)
      refuse(UserErrorCode.EXACTLY_ONE_REQUIRED, 'A contest is organised by a bloc or by a unit: give exactly one', [
        'organiserBlocId',
      ]);
    if (contest.startsOn && contest.endsOn && contest.endsOn < contest.startsOn)
      refuse(UserErrorCode.INVALID_INPUT, 'endsOn cannot be before startsOn', ['endsOn']);
  },
};

export const CONTEST_PRIZE_RECORDS: RecordWrites<ContestPrize> = {
  entity: ContestPrize,
  vietnamese: 'giải thưởng cuộc thi — contest prize',
  field: 'prize',
  fields: writableFields(ContestPrize),
  async scope(scope, prize, w) {
    const contest = await w.manager.findOne(Contest, { where: { id: prize.contestId }, withDeleted: true });
    if (!contest) refuse(UserErrorCode.NOT_FOUND, 'No such contest', ['contestId']);
    await requireOrganiser(scope, contest);
  },
  async derive(w, prize) {
    if (prize.recipientNameSnapshot) return;
    if (prize.recipientUnitId)
      prize.recipientNameSnapshot = (await w.manager.findOneByOrFail(Unit, { id: prize.recipientUnitId })).name;
    else if (prize.recipientPersonId)
      prize.recipientNameSnapshot = (await w.manager.findOneByOrFail(Person, { id: prize.recipientPersonId })).fullName;
  },
  async rules(_w, prize) {
    if (!prize.recipientUnitId === !prize.recipientPersonId)
      refuse(UserErrorCode.EXACTLY_ONE_REQUIRED, 'A prize goes to a unit or to a person: give exactly one', [
        'recipientUnitId',
      ]);
  },
};
