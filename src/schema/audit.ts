import { AuditEvent } from '../entities/audit';
import { declareList, type DeclaredList } from './define-list';

export const AUDIT_EVENTS: DeclaredList<AuditEvent> = declareList<AuditEvent>({
  entity: AuditEvent,
  typeName: 'AuditEvent',
  vietnamese: 'nhật ký thao tác',
  alias: 'ae',
  fields: {
    operation: { kind: 'string', description: "Thao tác — the mutation's name." },
    actorKeyId: { kind: 'string', description: 'Khóa API — the public id of the key.' },
    actorRole: { kind: 'string', description: "Vai trò — the key's role." },
    requestId: { kind: 'string', description: 'Mã yêu cầu — the request id.' },
  },
  order: {
    ID: { column: 'id', description: 'Thứ tự — by sequence (the order mutations committed in).' },
  },
  defaultOrder: [{ column: 'id', direction: 'DESC' }],
});
