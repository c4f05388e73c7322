/**
 * Blocs, their memberships and yearly leadership. A bloc is created by ADMIN and then kept by its
 * managing unit; memberships and leadership by the managing unit or that year's leader.
 */
import { Brackets } from 'typeorm';
import { BlocLeadership, BlocMembership, EmulationBloc } from '../entities/blocs';
import { writableFields } from '../entities/field';
import { lockBloc, requireMember, requireNothingRestsOn } from './blocs-membership';
import type { RecordWrites } from './record-service';
import { refuse, UserErrorCode } from '../core/refusal';

export const BLOC_RECORDS: RecordWrites<EmulationBloc> = {
  entity: EmulationBloc,
  vietnamese: 'khối thi đua — emulation bloc',
  field: 'bloc',
  fields: writableFields(EmulationBloc),
  unique: [{ columns: ['code'], field: 'code', message: 'A bloc with this code already exists' }],
  async scope(scope, bloc) {
    // Creating a bloc is the province's act; the managing unit keeps it afterwards.
    if (bloc.id === undefined) scope.requireAdmin('new blocs');
    else await scope.requireBloc(bloc.id, null, 'this bloc');
  },
  async rules(_w, bloc) {
    if (bloc.validFrom && bloc.validTo && bloc.validTo < bloc.validFrom)
      refuse(UserErrorCode.INVALID_INPUT, 'validTo cannot be before validFrom', ['validTo']);
  },
};

export const MEMBERSHIP_RECORDS: RecordWrites<BlocMembership> = {
  entity: BlocMembership,
  vietnamese: 'thành viên khối — bloc membership',
  field: 'membership',
  fields: writableFields(BlocMembership),
  scope: (scope, m) => scope.requireBloc(m.blocId, m.fromYear, 'memberships of this bloc'),
  lock: (w, m, before) => lockBloc(w.manager, m.blocId, before?.blocId ?? m.blocId),
  async rules(w, m, before) {
    if (m.toYear !== null && m.toYear !== undefined && m.toYear < m.fromYear)
      refuse(UserErrorCode.INVALID_INPUT, 'toYear cannot be before fromYear', ['toYear']);
    const query = w.manager
      .createQueryBuilder(BlocMembership, 'bm')
      .select('bm.id')
      .where('bm.blocId = :blocId AND bm.unitId = :unitId', { blocId: m.blocId, unitId: m.unitId })
      .andWhere(new Brackets((q) => q.where('bm.toYear IS NULL OR bm.toYear >= :from', { from: m.fromYear })));
    if (m.toYear !== null && m.toYear !== undefined) query.andWhere('bm.fromYear <= :to', { to: m.toYear });
    if (m.id !== undefined) query.andWhere('bm.id <> :id', { id: m.id });
    if (await query.getOne())
      refuse(UserErrorCode.OVERLAPPING_MEMBERSHIP, 'The unit is already a member of this bloc in some of these years', [
        'fromYear',
      ]);
    if (before) await requireNothingRestsOn(w.manager, spanOf(before), spanOf(m));
  },
  async beforeDelete(w, m) {
    await requireNothingRestsOn(w.manager, spanOf(m), null);
  },
};

function spanOf(m: BlocMembership) {
  return { blocId: m.blocId, unitId: m.unitId, from: m.fromYear, to: m.toYear ?? null };
}

export const LEADERSHIP_RECORDS: RecordWrites<BlocLeadership> = {
  entity: BlocLeadership,
  vietnamese: 'trưởng/phó khối — bloc leadership',
  field: 'leadership',
  fields: writableFields(BlocLeadership),
  scope: (scope, l) => scope.requireBloc(l.blocId, l.year, 'the leadership of this bloc'),
  lock: (w, l) => lockBloc(w.manager, l.blocId),
  unique: [
    {
      columns: ['blocId', 'year', 'role'],
      field: 'role',
      code: UserErrorCode.LEADERSHIP_TAKEN,
      message: 'The bloc already has a unit in this role that year (rule 4: one leader, at most one deputy)',
    },
    {
      // A unit is leader or deputy, not both; the database's unique key settles a race between the two.
      columns: ['blocId', 'year', 'unitId'],
      field: 'unitId',
      code: UserErrorCode.LEADERSHIP_TAKEN,
      message: 'The unit already holds a role in this bloc that year (rule 4)',
    },
  ],
  async rules(w, l) {
    await requireMember(w.manager, l.blocId, l.unitId, l.year, 'The leading unit', ['unitId']);
  },
};
