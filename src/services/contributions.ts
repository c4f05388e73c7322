/**
 * Contributions (rule 6: a unit XOR a bloc; quantity and amount never negative) and, for rule 5,
 * a unit counted toward a bloc — through the bloc's movement or the bloc's fund — must be one of
 * the bloc's members that year.
 */
import { EmulationBloc } from '../entities/blocs';
import { Contribution, ContributionKind, Fund } from '../entities/contributions';
import { Movement } from '../entities/movements';
import { Unit } from '../entities/organisation';
import { requireMember } from './membership';
import { createRecord, type RecordWrites } from './record-service';
import { atLine, refuse, UserErrorCode } from '../core/refusal';
import type { WriteContext } from './write-context';

export const CONTRIBUTION_RECORDS: RecordWrites<Contribution> = {
  entity: Contribution,
  vietnamese: 'đóng góp — contribution',
  field: 'contribution',
  fields: {
    movementId: {
      kind: 'ref',
      of: () => Movement,
      required: true,
      description: 'Phong trào — the movement it counts under.',
    },
    year: { kind: 'year', required: true, description: 'Năm — the year it belongs to.' },
    unitId: {
      kind: 'ref',
      of: () => Unit,
      description: 'Đơn vị — the contributing unit (or give blocId, never both).',
    },
    blocId: {
      kind: 'ref',
      of: () => EmulationBloc,
      description: 'Khối — the bloc as a whole (or give unitId, never both).',
    },
    kindId: {
      kind: 'ref',
      of: () => ContributionKind,
      required: true,
      description: 'Loại — what it measures (houses, students, money…).',
    },
    quantity: {
      kind: 'int',
      min: 0,
      max: 2_000_000_000,
      description: "Số lượng — the quantity, ≥ 0, in the kind's unit of measure.",
    },
    amountVnd: { kind: 'vnd', description: 'Giá trị — the money value in VND, ≥ 0.' },
    fundId: { kind: 'ref', of: () => Fund, description: 'Quỹ — the fund it went through.' },
    occurredOn: { kind: 'date', description: 'Ngày thực hiện — when it happened.' },
    beneficiaryNote: { kind: 'text', description: 'Đối tượng thụ hưởng — who benefited, as written.' },
    sourceRef: { kind: 'string', max: 500, description: 'Nguồn — where the figure comes from.' },
  },
  async scope(scope, c) {
    if (c.unitId) await scope.requireUnit(c.unitId, 'contributions of this unit');
    else await scope.requireBloc(c.blocId ?? null, c.year, 'contributions of this bloc');
  },
  rules: (w, c) => checkContribution(w, c),
};

async function checkContribution(w: WriteContext, c: Contribution): Promise<void> {
  if (!c.unitId === !c.blocId)
    refuse(
      UserErrorCode.EXACTLY_ONE_REQUIRED,
      'The contributor is a unit or a bloc as a whole: give exactly one of unitId and blocId',
      ['unitId'],
    );
  if (!c.unitId) return;
  const movement = await w.manager.findOne(Movement, {
    where: { id: c.movementId },
    select: { id: true, blocId: true },
    withDeleted: true,
  });
  if (movement?.blocId)
    await requireMember(w.manager, movement.blocId, c.unitId, c.year, 'A unit contributing to a bloc-run movement', [
      'unitId',
    ]);
  if (c.fundId) {
    const fund = await w.manager.findOne(Fund, {
      where: { id: c.fundId },
      select: { id: true, ownerBlocId: true },
      withDeleted: true,
    });
    if (fund?.ownerBlocId)
      await requireMember(w.manager, fund.ownerBlocId, c.unitId, c.year, "A unit contributing through a bloc's fund", [
        'unitId',
      ]);
  }
}

/** Many contributions in one transaction and one audit event: all recorded, or none. */
export async function createContributions(w: WriteContext, lines: object[]): Promise<Contribution[]> {
  if (lines.length === 0) refuse(UserErrorCode.INVALID_INPUT, 'The batch is empty', ['contributions']);
  const created: Contribution[] = [];
  for (const [i, line] of lines.entries())
    created.push(await atLine(['contributions', i], () => createRecord(w, CONTRIBUTION_RECORDS, line)));
  return created;
}
