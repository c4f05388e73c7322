/**
 * Pledges (giao ước): a bloc's pact for a year, written with its signatories and targets in one
 * mutation. Signatories — and units named by a target — are the bloc's members in the pledge's
 * year (rule 5). Kept by the bloc's managing unit or that year's leader.
 */
import { writableFields } from '../entities/field';
import { Pledge, PledgeSignatory, PledgeTarget } from '../entities/pledges';
import { toGlobalId } from '../core/global-id';
import { isMember, lockBloc, requireMember } from './blocs-membership';
import { createRecord, type InputValues, type RecordWrites } from './record-service';
import { loadLive } from './record-writer';
import { atLine, refuse, UserErrorCode } from '../core/refusal';
import type { WriteContext } from './write-context';
import type { WriteScope } from './write-scope';

export const PLEDGE_RECORDS: RecordWrites<Pledge> = {
  entity: Pledge,
  vietnamese: 'giao ước thi đua — pledge',
  field: 'pledge',
  fields: writableFields(Pledge),
  unique: [{ columns: ['blocId', 'year'], field: 'year', message: 'The bloc already has a pledge for this year' }],
  scope: (scope, pledge) => scope.requireBloc(pledge.blocId, pledge.year, 'pledges of this bloc'),
  lock: (w, pledge, before) => lockBloc(w.manager, pledge.blocId, before?.blocId ?? pledge.blocId),
  async rules(w, pledge, before) {
    // Moved to another bloc or year, or back from deletion: its signatories and units with their
    // own targets must be members there and then (rule 5), as when they were written.
    const moved = before !== null && (before.blocId !== pledge.blocId || before.year !== pledge.year);
    if (before === null || !(moved || before === pledge)) return;
    const units: Array<{ unitId: number }> = await w.manager.query(
      'SELECT unitId FROM pledge_signatories WHERE pledgeId = ? AND deletedAt IS NULL UNION ' +
        'SELECT unitId FROM pledge_targets WHERE pledgeId = ? AND unitId IS NOT NULL AND deletedAt IS NULL',
      [pledge.id, pledge.id],
    );
    for (const { unitId } of units)
      if (!(await isMember(w.manager, pledge.blocId, Number(unitId), pledge.year)))
        refuse(
          UserErrorCode.NOT_A_MEMBER,
          `A unit that signed the pledge or has a target in it is not a member of the bloc in ${pledge.year} (rule 5)`,
          [before.blocId !== pledge.blocId ? 'blocId' : 'year'],
        );
  },
};

async function pledgeScope(scope: WriteScope, pledgeId: number, w: WriteContext): Promise<void> {
  const pledge = await w.manager.findOne(Pledge, { where: { id: pledgeId }, withDeleted: true });
  await scope.requireBloc(pledge?.blocId ?? null, pledge?.year ?? null, 'pledges of this bloc');
}

async function requirePledgeMember(
  w: WriteContext,
  pledgeId: number,
  unitId: number,
  what: string,
  field: string,
): Promise<void> {
  const pledge = await loadLive(w.manager, Pledge, pledgeId, ['pledgeId']);
  await requireMember(w.manager, pledge.blocId, unitId, pledge.year, what, [field]);
}

export const SIGNATORY_RECORDS: RecordWrites<PledgeSignatory> = {
  entity: PledgeSignatory,
  vietnamese: 'đơn vị ký giao ước — pledge signatory',
  field: 'signatory',
  fields: writableFields(PledgeSignatory),
  unique: [{ columns: ['pledgeId', 'unitId'], field: 'unitId', message: 'This unit has already signed the pledge' }],
  scope: (scope, s, w) => pledgeScope(scope, s.pledgeId, w),
  rules: (w, s) => requirePledgeMember(w, s.pledgeId, s.unitId, 'A signatory', 'unitId'),
};

export const TARGET_RECORDS: RecordWrites<PledgeTarget> = {
  entity: PledgeTarget,
  vietnamese: 'chỉ tiêu giao ước — pledge target',
  field: 'target',
  fields: writableFields(PledgeTarget),
  scope: (scope, t, w) => pledgeScope(scope, t.pledgeId, w),
  async rules(w, t) {
    if (t.unitId) await requirePledgeMember(w, t.pledgeId, t.unitId, 'A unit with its own target', 'unitId');
  },
};

export interface PledgeLines extends InputValues {
  signatories: object[];
  targets: object[];
}

/** The pledge, its signatories and its targets: all written, or none. */
export async function createPledge(w: WriteContext, input: PledgeLines): Promise<Pledge> {
  const pledge = await createRecord(w, PLEDGE_RECORDS, input);
  const pledgeId = toGlobalId('Pledge', pledge.id);
  if (input.signatories.length === 0)
    refuse(UserErrorCode.INVALID_INPUT, 'A pledge has at least one signatory', ['signatories']);
  for (const [i, line] of input.signatories.entries())
    await atLine(['signatories', i], () => createRecord(w, SIGNATORY_RECORDS, { ...line, pledgeId }));
  for (const [i, line] of input.targets.entries())
    await atLine(['targets', i], () => createRecord(w, TARGET_RECORDS, { ...line, pledgeId }));
  return pledge;
}
