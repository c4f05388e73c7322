import { EventKind } from '../entities/enums';
import { Event } from '../entities/event';
import { declareList, type DeclaredList } from './define-list';
import { BLOCS } from './blocs';

export const EVENTS: DeclaredList<Event> = declareList<Event>({
  entity: Event,
  typeName: 'Event',
  vietnamese: 'hội nghị',
  alias: 'evt',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'Event', description: 'Mã định danh — the event itself.' },
    blocId: { kind: 'id', of: 'EmulationBloc', description: 'Khối — the bloc, by ID.' },
    heldOn: { kind: 'date', description: 'Ngày tổ chức — the date.' },
    kind: {
      kind: 'enum',
      enum: EventKind,
      enumName: 'EventKind',
      vietnamese: 'loại hội nghị',
      description: 'Loại — the kind of meeting.',
    },
    title: { kind: 'string', description: 'Tiêu đề — the title.' },
    bloc: { kind: 'toOne', column: 'blocId', list: () => BLOCS, description: 'Khối — conditions on the bloc.' },
  },
  order: {
    HELD_ON: { column: 'heldOn', description: 'Ngày tổ chức — by date.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'heldOn', direction: 'DESC' }],
});
