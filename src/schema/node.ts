/**
 * Global object identification: every record type implements Node, with an opaque `id` and the
 * table's integer key as `databaseId`.
 */
import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description: 'Nút — an object with a global, opaque ID that `node(id:)` can fetch again.',
  // Entity classes are named as their GraphQL types.
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Mã định danh toàn cục — the opaque global ID of this object. Do not parse it.' })
  nodeId!: string;
}
