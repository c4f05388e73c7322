/**
 * A closed value set declared once: its GraphQL name, its description and every value's
 * description together. The result is a plain object of string values (usable as a TypeScript
 * value and, through `EnumValue`, as a type), registered with the schema as it is declared.
 */
import { registerEnumType } from 'type-graphql';

export type EnumValue<E> = E[keyof E];

export interface EnumInfo {
  name: string;
  description: string;
  /** The Vietnamese term of the description (before " — "), for derived descriptions. */
  vietnamese: string;
}

const infoByEnum = new WeakMap<object, EnumInfo>();

export function declareEnum<const K extends string>(
  name: string,
  description: string,
  values: Record<K, string>,
): { readonly [P in K]: P } {
  const keys = Object.keys(values) as K[];
  const enumObject = Object.freeze(Object.fromEntries(keys.map((key) => [key, key]))) as { readonly [P in K]: P };
  const valuesConfig: Partial<Record<K, { description: string }>> = {};
  for (const key of keys) valuesConfig[key] = { description: values[key] };
  registerEnumType(enumObject, { name, description, valuesConfig });
  const vietnamese = description.split(' — ')[0].toLocaleLowerCase('vi');
  infoByEnum.set(enumObject, { name, description, vietnamese });
  return enumObject;
}

/** The declaration of an enum made by `declareEnum`. */
export function enumInfo(enumObject: object): EnumInfo {
  const info = infoByEnum.get(enumObject);
  if (!info) throw new Error('enum not declared with declareEnum');
  return info;
}
