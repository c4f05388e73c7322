/**
 * One declaration per field: in the areas converted to `field.*`, every column an entity maps is
 * declared once next to its property (storage, GraphQL type, description, write/filter/sort), so
 * the object type, inputs, filters and orders derived from the declarations leave none out.
 */
import { ApiKey, AuditEvent, entities, IdempotencyKey, StoredFile } from '../src/entities';
import { declaredFields } from '../src/entities/field';
import { describeEachEngine } from './helpers/engines';

/**
 * Every domain entity; the bookkeeping tables (audit trail, API keys, idempotency keys, the register
 * of kept files) are the service's own.
 */
const DECLARED: Function[] = entities.filter(
  (entity) => !([AuditEvent, ApiKey, IdempotencyKey, StoredFile] as Function[]).includes(entity),
);

/**
 * Columns every record has (base.ts), and keys the service derives for an index that no user reads or
 * writes: the folded search key, the annual-title key.
 */
const NOT_DECLARED = new Set(['id', 'createdAt', 'updatedAt', 'version', 'deletedAt', 'searchKey', 'annualTitleKey']);

describeEachEngine('entities declare every column once', (ctx) => {
  it('maps no column in a converted area without a field declaration, and declares none twice', () => {
    const problems: string[] = [];
    for (const entity of DECLARED) {
      const declared = declaredFields(entity).map((d) => d.property);
      const duplicates = declared.filter((p, i) => declared.indexOf(p) !== i);
      if (duplicates.length) problems.push(`${entity.name}: declared twice: ${duplicates.join(', ')}`);
      for (const column of ctx.dataSource.getMetadata(entity).columns) {
        if (!NOT_DECLARED.has(column.propertyName) && !declared.includes(column.propertyName))
          problems.push(`${entity.name}.${column.propertyName}: mapped without a field declaration`);
      }
    }
    expect(problems).toEqual([]);
  });
});
