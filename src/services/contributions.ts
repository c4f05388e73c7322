/**
 * Contributions (rule 6: a unit XOR a bloc; quantity and amount never negative) and, for rule 5,
 * a unit counted toward a bloc — through the bloc's movement or the bloc's fund — must be one of
 * the bloc's members that year.
 */
import { Contribution, ContributionKind, Fund } from '../entities/contributions';
import { Movement } from '../entities/movements';
import { requireMember } from './blocs-membership';
import { createRecord, type InputValues, type RecordWrites } from './record-service';
import { writableFields } from '../entities/field';
import { atLine, refuse, UserErrorCode } from '../core/refusal';
import type { WriteContext } from './write-context';

export const CONTRIBUTION_RECORDS: RecordWrites<Contribution> = {
  entity: Contribution,
  vietnamese: 'đóng góp — contribution',
  field: 'contribution',
  fields: writableFields(Contribution),
  async scope(scope, c) {
    if (c.unitId) await scope.requireUnit(c.unitId, 'contributions of this unit');
    else await scope.requireBloc(c.blocId ?? null, c.year, 'contributions of this bloc');
  },
  rules: (w, c) => checkContribution(w, c),
};

export const CONTRIBUTION_KIND_RECORDS: RecordWrites<ContributionKind> = {
  entity: ContributionKind,
  vietnamese: 'loại đóng góp — contribution kind',
  field: 'contributionKind',
  fields: writableFields(ContributionKind),
  adminOnly: true,
  unique: [{ columns: ['code'], field: 'code', message: 'A contribution kind with this code already exists' }],
};

export const FUND_RECORDS: RecordWrites<Fund> = {
  entity: Fund,
  vietnamese: 'quỹ — fund',
  field: 'fund',
  fields: writableFields(Fund),
  unique: [{ columns: ['code'], field: 'code', message: 'A fund with this code already exists' }],
  async scope(scope, fund) {
    if (fund.ownerBlocId) await scope.requireBloc(fund.ownerBlocId, fund.establishedYear ?? null, 'funds of this bloc');
    else await scope.requireUnit(fund.ownerUnitId ?? null, 'funds of this unit');
  },
  async rules(_w, fund) {
    if (!fund.ownerBlocId === !fund.ownerUnitId)
      refuse(
        UserErrorCode.EXACTLY_ONE_REQUIRED,
        'A fund is owned by a bloc or by a unit: give exactly one of ownerBlocId and ownerUnitId',
        ['ownerBlocId'],
      );
  },
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
export async function createContributions(w: WriteContext, lines: InputValues[]): Promise<Contribution[]> {
  if (lines.length === 0) refuse(UserErrorCode.INVALID_INPUT, 'The batch is empty', ['contributions']);
  const created: Contribution[] = [];
  for (const [i, line] of lines.entries())
    created.push(await atLine(['contributions', i], () => createRecord(w, CONTRIBUTION_RECORDS, line)));
  return created;
}
