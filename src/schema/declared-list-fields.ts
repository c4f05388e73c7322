/**
 * The filter fields and sort keys a list offers, derived from the entity's field declarations
 * (src/entities/field.ts): every filterable column becomes a filter field of its kind, a foreign
 * key also a relation filter on the referenced record's fields, and every sortable column an
 * order value. The id filter and the ID order come with every list.
 */
import { enumInfo } from '../core/enum';
import { declaredFields } from '../entities/field';
import type { DeclaredList, FilterFieldDeclaration } from './list-declaration';

const listsByEntity = new Map<Function, DeclaredList<object>>();

export function registerList(entity: Function, list: DeclaredList<object>): void {
  listsByEntity.set(entity, list);
}

/** The list declared for an entity (looked up lazily: lists refer to each other in cycles). */
export function listOf(entity: Function): DeclaredList<object> {
  const list = listsByEntity.get(entity);
  if (!list) throw new Error(`no list is declared for ${entity.name}`);
  return list;
}

export function declaredFilterFields(entity: Function, typeName: string): Record<string, FilterFieldDeclaration> {
  const fields: Record<string, FilterFieldDeclaration> = {
    id: { kind: 'id', of: typeName, description: `Mã định danh — the ${typeName}'s own global ID.` },
  };
  for (const { property, description, filter } of declaredFields(entity)) {
    if (!filter) continue;
    if (filter.kind === 'enum') {
      const info = enumInfo(filter.enum);
      fields[property] = {
        kind: 'enum',
        enum: filter.enum,
        enumName: info.name,
        vietnamese: info.vietnamese,
        description,
      };
    } else if (filter.kind === 'ref') {
      const of = filter.of;
      fields[property] = { kind: 'id', of: of().name, description: `${description} (by global ID)` };
      if (filter.relation) {
        fields[filter.relation] = {
          kind: 'toOne',
          column: property,
          list: () => listOf(of()),
          description: `${description} (conditions on its fields)`,
        };
      }
    } else {
      fields[property] = { kind: filter.kind, description };
    }
  }
  return fields;
}

export function declaredOrder(entity: Function): Record<string, { column: string; description: string }> {
  const order: Record<string, { column: string; description: string }> = {};
  for (const { property, description, sort } of declaredFields(entity)) {
    if (sort) order[sort] = { column: property, description };
  }
  order.ID = { column: 'id', description: 'Mã — by creation order.' };
  return order;
}
