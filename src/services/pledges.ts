/**
 * Pledges (giao ước): a bloc's pact for a year, written with its signatories and targets in one
 * mutation. Signatories — and units named by a target — are the bloc's members in the pledge's
 * year (rule 5). Kept by the bloc's managing unit or that year's leader.
 */
import { EmulationBloc } from '../entities/blocs';
import { ContributionKind } from '../entities/contributions';
import { Event } from '../entities/movements';
import { Movement } from '../entities/movements';
import { Pledge, PledgeSignatory, PledgeTarget } from '../entities/pledges';
import { Unit } from '../entities/organisation';
import { toGlobalId } from '../core/global-id';
import { requireMember } from './blocs-membership';
import { createRecord, type InputValues, type RecordWrites } from './record-service';
import { loadLive } from './record-writer';
import { atLine, refuse, UserErrorCode } from '../core/refusal';
import type { WriteContext } from './write-context';
import type { WriteScope } from './write-scope';

export const PLEDGE_RECORDS: RecordWrites<Pledge> = {
  entity: Pledge,
  vietnamese: 'giao ước thi đua — pledge',
  field: 'pledge',
  fields: {
    blocId: {
      kind: 'ref',
      of: () => EmulationBloc,
      required: true,
      description: 'Khối — the bloc whose members sign.',
    },
    year: {
      kind: 'year',
      required: true,
      description: 'Năm giao ước — the year it governs (the 2023 pledge was signed in 2022).',
    },
    signedOn: { kind: 'date', description: 'Ngày ký — the signing date.' },
    place: { kind: 'string', max: 255, description: 'Địa điểm — where it was signed.' },
    content: { kind: 'text', description: 'Nội dung — the text or summary.' },
    eventId: { kind: 'ref', of: () => Event, description: 'Hội nghị — the meeting where it was signed.' },
  },
  unique: [{ columns: ['blocId', 'year'], field: 'year', message: 'The bloc already has a pledge for this year' }],
  scope: (scope, pledge) => scope.requireBloc(pledge.blocId, pledge.year, 'pledges of this bloc'),
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
  fields: {
    pledgeId: { kind: 'ref', of: () => Pledge, required: true, description: 'Giao ước — the pledge.' },
    unitId: {
      kind: 'ref',
      of: () => Unit,
      required: true,
      description: 'Đơn vị — the signing unit; a member of the bloc that year (rule 5).',
    },
    signerName: { kind: 'string', max: 255, description: 'Người ký — who signed for the unit.' },
    signerTitle: { kind: 'string', max: 255, description: "Chức vụ người ký — the signer's title." },
  },
  unique: [{ columns: ['pledgeId', 'unitId'], field: 'unitId', message: 'This unit has already signed the pledge' }],
  scope: (scope, s, w) => pledgeScope(scope, s.pledgeId, w),
  rules: (w, s) => requirePledgeMember(w, s.pledgeId, s.unitId, 'A signatory', 'unitId'),
};

export const TARGET_RECORDS: RecordWrites<PledgeTarget> = {
  entity: PledgeTarget,
  vietnamese: 'chỉ tiêu giao ước — pledge target',
  field: 'target',
  fields: {
    pledgeId: { kind: 'ref', of: () => Pledge, required: true, description: 'Giao ước — the pledge.' },
    unitId: {
      kind: 'ref',
      of: () => Unit,
      description: 'Đơn vị — the unit the target binds; omit for the bloc as a whole.',
    },
    movementId: { kind: 'ref', of: () => Movement, description: 'Phong trào — the movement the target counts under.' },
    kindId: {
      kind: 'ref',
      of: () => ContributionKind,
      required: true,
      description: 'Loại — what is counted (houses, students, money…).',
    },
    targetQuantity: {
      kind: 'int',
      min: 0,
      max: 2_000_000_000,
      description: 'Chỉ tiêu số lượng — the target quantity.',
    },
    targetAmountVnd: { kind: 'vnd', description: 'Chỉ tiêu số tiền — the target amount in VND.' },
    description: { kind: 'text', description: 'Mô tả — the target as written.' },
    isIllustrative: { kind: 'boolean', description: 'Dữ liệu minh họa — the row is invented to illustrate.' },
  },
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
