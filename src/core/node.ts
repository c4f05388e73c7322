/**
 * Global object identification: every record type implements Node, with an opaque `id` and the
 * table's integer key as `databaseId`.
 */
import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  // Its resolveType is set in build-schema (the class name is the type name).
  description: 'Nút — an object with a global, opaque ID that `node(id:)` can fetch again.',
})
export abstract class Node {
  @Field(() => ID, {
    name: 'id',
    description: 'Mã định danh toàn cục — the opaque global ID of this object. Do not parse it.',
  })
  nodeId!: string;
}
