/** Contests (organised by a bloc XOR a unit) and their prizes (to a unit XOR a person). */
import { EmulationBloc } from '../entities/blocs';
import { Contest, ContestPrize } from '../entities/contests';
import { PrizeRank } from '../entities/enums';
import { Event } from '../entities/movements';
import { Movement } from '../entities/movements';
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
  fields: {
    name: { kind: 'string', max: 500, required: true, description: 'Tên cuộc thi — the name.' },
    year: { kind: 'year', required: true, description: 'Năm — the year it was held.' },
    organiserBlocId: {
      kind: 'ref',
      of: () => EmulationBloc,
      description: 'Khối tổ chức — the organising bloc (or give organiserUnitId).',
    },
    organiserUnitId: {
      kind: 'ref',
      of: () => Unit,
      description: 'Đơn vị tổ chức — the organising unit (or give organiserBlocId).',
    },
    movementId: { kind: 'ref', of: () => Movement, description: 'Phong trào — the movement it served.' },
    topic: { kind: 'string', max: 500, description: 'Chủ đề — the topic.' },
    startsOn: { kind: 'date', description: 'Ngày bắt đầu — the first day.' },
    endsOn: { kind: 'date', description: 'Ngày kết thúc — the last day.' },
    awardEventId: { kind: 'ref', of: () => Event, description: 'Lễ trao giải — the meeting where prizes were given.' },
  },
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
  fields: {
    contestId: { kind: 'ref', of: () => Contest, required: true, description: 'Cuộc thi — the contest.' },
    rank: { kind: 'enum', enum: PrizeRank, required: true, description: 'Hạng giải — the prize tier.' },
    recipientUnitId: {
      kind: 'ref',
      of: () => Unit,
      description: 'Đơn vị nhận — a collective recipient (or give recipientPersonId).',
    },
    recipientPersonId: {
      kind: 'ref',
      of: () => Person,
      description: 'Cá nhân nhận — an individual recipient (or give recipientUnitId).',
    },
    recipientNameSnapshot: {
      kind: 'string',
      max: 255,
      description: 'Tên người/đơn vị nhận — the name at the time; taken from the recipient when omitted.',
    },
    amountVnd: { kind: 'vnd', description: 'Tiền thưởng — the prize money in VND.' },
    isIllustrative: { kind: 'boolean', description: 'Dữ liệu minh họa — the row is invented to illustrate.' },
  },
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
