/**
 * Pledges' lists and connections: pledges, signatories, targets. Filter fields and sort keys come
 * from the entities' field declarations; only relations to many, which no column of theirs holds,
 * are stated here.
 */
import { Pledge, PledgeSignatory, PledgeTarget } from '../entities/pledges';
import { declareList, type DeclaredList } from './define-list';
import { connectionType } from './page';

export const PLEDGES: DeclaredList<Pledge> = declareList<Pledge>({
  entity: Pledge,
  typeName: 'Pledge',
  vietnamese: 'giao ước thi đua',
  alias: 'pl',
  softDelete: true,
  fields: {
    signatories: {
      kind: 'toMany',
      foreignKey: 'pledgeId',
      list: () => PLEDGE_SIGNATORIES,
      description: 'Đơn vị ký — conditions on the signatories (some / none).',
    },
  },
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const PLEDGE_SIGNATORIES: DeclaredList<PledgeSignatory> = declareList<PledgeSignatory>({
  entity: PledgeSignatory,
  typeName: 'PledgeSignatory',
  vietnamese: 'đơn vị ký giao ước',
  alias: 'ps',
  softDelete: true,
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});

export const PLEDGE_TARGETS: DeclaredList<PledgeTarget> = declareList<PledgeTarget>({
  entity: PledgeTarget,
  typeName: 'PledgeTarget',
  vietnamese: 'chỉ tiêu giao ước',
  alias: 'pt',
  softDelete: true,
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});

export const PledgeConnection = connectionType(Pledge, 'Pledge', 'giao ước thi đua');
export const PledgeSignatoryConnection = connectionType(PledgeSignatory, 'PledgeSignatory', 'đơn vị ký giao ước');
export const PledgeTargetConnection = connectionType(PledgeTarget, 'PledgeTarget', 'chỉ tiêu giao ước');
