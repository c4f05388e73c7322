/**
 * Replaces: type-graphql's resolver for a plain field (a column, a getter), which runs the field's
 * middleware chain around `root[property]` even when there is no middleware to run; a large answer
 * pays that for every value. Fields without middlewares, roles or a field resolver read the property
 * directly. A field that is a column of the same name has no resolver at all: the compiled executor
 * (graphql-jit) then reads the property inline, where a resolver costs a call with its own resolve
 * info and error handling per value — most of the work of a large answer. Other plain fields (getters
 * such as `id`, properties that may hold a promise) keep a one-line resolver, since only a resolver's
 * result may be a promise.
 * Checked against: type-graphql 2.0.0-rc.4 (test/platform-assumptions.test.ts fails on another).
 */
import { isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';

export const PLAIN_FIELD_READS_CHECKED_WITH = { package: 'type-graphql', version: '2.0.0-rc.4' };

/** The property each plain field reads (a column, or a getter); fields not here have resolvers of their own. */
const plainProperties = new WeakMap<GraphQLField<unknown, unknown>, string>();

/** The property a field reads from its parent object, when it does nothing else. */
export function plainPropertyOf(field: GraphQLField<unknown, unknown>): string | undefined {
  return plainProperties.get(field);
}

export function readPlainFieldsDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  // A method of a resolver class, or a method of the object's own class (a getter is read as a property).
  const isGetter = (target: Function, name: string) =>
    typeof Object.getOwnPropertyDescriptor(target.prototype, name)?.get === 'function';
  const resolvedElsewhere = (target: Function, name: string) =>
    storage.fieldResolvers.some(
      (r) =>
        r.getObjectType?.() === target && r.methodName === name && !(r.kind === 'internal' && isGetter(target, name)),
    );
  /** A class's own fields and those it inherits from decorated classes above it (BaseRecord's id…). */
  const fieldsOf = (target: Function): NonNullable<(typeof storage.objectTypes)[number]['fields']> => {
    const own = storage.objectTypes.find((o) => o.target === target)?.fields ?? [];
    const parent = Object.getPrototypeOf(target) as Function | null;
    return parent && parent !== Function.prototype ? [...own, ...fieldsOf(parent)] : own;
  };
  // A TypeORM column holds data (never a getter, never a promise).
  const columns = getMetadataArgsStorage().columns;
  const isColumn = (target: Function, property: string): boolean =>
    columns.some((c) => c.propertyName === property && typeof c.target === 'function' && isAncestor(c.target, target));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of fieldsOf(objectType.target)) {
      const graphqlField = fields[field.schemaName];
      // The subclass's own declaration of a name comes first and wins.
      if (!graphqlField || plainProperties.has(graphqlField as GraphQLField<unknown, unknown>)) continue;
      if (field.middlewares?.length || field.roles || resolvedElsewhere(field.target, field.name)) continue;
      const property = field.name;
      const read: GraphQLFieldResolver<Record<string, unknown>, unknown> = (root) => root[property];
      graphqlField.resolve = property === field.schemaName && isColumn(objectType.target, property) ? undefined : read;
      plainProperties.set(graphqlField as GraphQLField<unknown, unknown>, property);
    }
  }
}

/** Whether `ancestor` is `target` or a class it extends. */
function isAncestor(ancestor: Function, target: Function): boolean {
  for (let at: Function | null = target; at && at !== Function.prototype; at = Object.getPrototypeOf(at) as Function)
    if (at === ancestor) return true;
  return false;
}
