/**
 * Relay connection shapes: PageInfo, and a factory for each node type's Connection and Edge.
 * `totalCount` runs its COUNT only when the client selects it.
 */
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { requestedProperties, type RequestedProperties } from '../platform/requested-properties';

@ObjectType('PageInfo', { description: 'Thông tin trang — where this page sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'Còn trang sau — true when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Còn trang trước — true when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Con trỏ đầu — the cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Con trỏ cuối — the cursor of the last item on this page.' })
  endCursor!: string | null;
}

export interface EdgeShape<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Array<EdgeShape<T>>;
  nodes: T[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
  /** The items, read with (at least) these of their properties; null: all of them. */
  nodesWith?: (properties: RequestedProperties) => Promise<T[]>;
  edgesWith?: (properties: RequestedProperties) => Promise<Array<EdgeShape<T>>>;
  /**
   * The rows the connection ranges over (filter, search, parent), before paging: what aggregates
   * over the same list start from. Set by list connections.
   */
  source?: unknown;
}

export interface ConnectionClass<T> {
  new (): ConnectionShape<T>;
}

/** Builds `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionType<T extends object>(
  nodeType: ClassType<T>,
  name: string,
  vietnamese: string,
): ConnectionClass<T> {
  @ObjectType(`${name}Edge`, { description: `Cạnh — one ${name} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Con trỏ — an opaque cursor for paging from this item.' })
    cursor!: string;

    @Field(() => nodeType, { description: `Nút — the ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `Danh sách ${vietnamese} — a page of ${name} items (Relay connection).`,
  })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'Các cạnh — the items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'Các nút — the items of this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Thông tin trang — paging information.' })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, {
      description: 'Tổng số — how many items match the filter, over all pages (counted only when asked for).',
    })
    totalCount(): Promise<number> {
      return this.count();
    }
  }

  return Connection;
}

/**
 * Every connection's `nodes` and `edges` ask their page for the properties the request reads of
 * the items (a page of 10,000 contributions read for four fields reads four columns, not twenty).
 */
export function readPagesBySelection(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
    const { nodes, edges } = type.getFields();
    if (!nodes || !edges) continue;
    const readNodes: GraphQLFieldResolver<ConnectionShape<unknown>, unknown> = (root, _args, _ctx, info) =>
      root.nodesWith ? root.nodesWith(requestedProperties(info, 'nodes')) : root.nodes;
    const readEdges: GraphQLFieldResolver<ConnectionShape<unknown>, unknown> = (root, _args, _ctx, info) =>
      root.edgesWith ? root.edgesWith(requestedProperties(info, 'edges')) : root.edges;
    nodes.resolve = readNodes as GraphQLFieldResolver<unknown, unknown>;
    edges.resolve = readEdges as GraphQLFieldResolver<unknown, unknown>;
  }
}
