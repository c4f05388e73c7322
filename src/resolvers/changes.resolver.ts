import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { entities } from '../entities';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/paging';
import { decodeFeedCursor } from '../loaders/changes-cursor';
import { readFeedPage, type ChangeOperation, type ChangeRow } from '../loaders/changes-feed';
import type { EntityClass } from '../loaders/record-loaders';
import { toGlobalId } from '../core/global-id';
import { Node } from '../core/node';
import { PageInfo } from '../schema/page';
import { DateTimeScalar } from '../core/scalars';
import { badUserInput } from '../core/request-errors';
import type { RequestContext } from './context';

enum ChangeOperationEnum {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  RESTORE = 'RESTORE',
  PURGE = 'PURGE',
}

registerEnumType(ChangeOperationEnum, {
  name: 'ChangeOperation',
  description: 'Loại thay đổi — what happened to a record.',
  valuesConfig: {
    CREATE: { description: 'Tạo mới — the record was created.' },
    UPDATE: { description: 'Cập nhật — the record was changed (revocations of decisions and awards included).' },
    DELETE: {
      description: 'Xóa mềm — the record was soft-deleted: a tombstone; `record` still shows it with deletedAt set.',
    },
    RESTORE: { description: 'Khôi phục — a soft-deleted record was restored.' },
    PURGE: { description: 'Xóa hẳn — the row was removed from the database (not done by the API); `record` is null.' },
  },
});

@ObjectType('Change', { description: 'Thay đổi — one committed change to one record, in feed order.' })
class Change {
  row!: ChangeRow;

  @Field(() => String, { description: 'Loại bản ghi — the GraphQL type of the changed record (e.g. "Contribution").' })
  get typeName(): string {
    return this.row.entity;
  }

  @Field(() => ID, { description: 'Mã định danh — the global ID of the changed record.' })
  get recordId(): string {
    return toGlobalId(this.row.entity, this.row.entityId);
  }

  @Field(() => Int, { description: "Khóa cơ sở dữ liệu — the record's integer key." })
  get databaseId(): number {
    return this.row.entityId;
  }

  @Field(() => ChangeOperationEnum, { description: 'Loại thay đổi — create, update, soft delete, restore or purge.' })
  get operation(): ChangeOperation {
    return this.row.operation;
  }

  @Field(() => DateTimeScalar, { description: 'Thời điểm — when the change was written (UTC).' })
  get changedAt(): Date {
    return this.row.changedAt;
  }
}

@ObjectType('ChangeEdge', { description: 'Cạnh — one change with its cursor.' })
class ChangeEdge {
  @Field({ description: 'Con trỏ — pass it as `after` to continue from this change.' })
  cursor!: string;

  @Field(() => Change, { description: 'Nút — the change.' })
  node!: Change;
}

@ObjectType('ChangeConnection', { description: 'Nhật ký thay đổi — a page of the change feed.' })
class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'Các cạnh — the changes of this page with their cursors.' })
  edges!: ChangeEdge[];

  @Field(() => [Change], { description: 'Các nút — the changes of this page.' })
  nodes!: Change[];

  @Field(() => PageInfo, {
    description: 'Thông tin trang — endCursor is where to continue; keep it even when the page is empty.',
  })
  pageInfo!: PageInfo;
}

@ArgsType()
class ChangesArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Sau con trỏ — continue after this cursor (the last endCursor you received); omit to start from the ' +
      'beginning. A cursor this feed cannot vouch for is refused (BAD_USER_INPUT with reason FEED_CURSOR_INVALID, ' +
      'or FEED_RESET when the feed was recreated): then resynchronise from the beginning.',
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Số mục — how many changes to return (default 50, at most 100).' })
  first?: number | null;
}

/** Feed types by GraphQL name: entity classes are named as their types. */
const ENTITY_BY_TYPE = new Map(entities.map((e) => [e.name, e as EntityClass<{ id: number }>]));

@Resolver(() => Change)
export class ChangeResolver {
  @Authorized()
  @Query(() => ChangeConnection, {
    description:
      'Nhật ký thay đổi — every committed create, update, soft delete (tombstone), restore and purge of every ' +
      'record, in a stable order, for keeping a copy in step. Poll with the last endCursor; no committed change ' +
      'is ever skipped, even when transactions commit out of order.',
  })
  async changes(@Args() args: ChangesArgs, @Ctx() ctx: RequestContext): Promise<ChangeConnection> {
    const size = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)
      throw badUserInput(`"first" must be a whole number from 0 to ${MAX_PAGE_SIZE}`, 'first');
    const after = args.after == null ? null : decodeFeedCursor(args.after);
    const { rows, hasNextPage, cursorOf, endCursor } = await readFeedPage(ctx.dataSource, after, size);
    const page = rows.map((row) => Object.assign(new Change(), { row }));
    const edges = page.map((node) => ({ node, cursor: cursorOf(node.row) }));
    return {
      edges,
      nodes: page,
      pageInfo: { hasNextPage, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor },
    };
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'Bản ghi — the record as it is now (a soft-deleted one too, with deletedAt set); null once purged.',
  })
  async record(@Root() change: Change, @Ctx() ctx: RequestContext): Promise<object | null> {
    const entity = ENTITY_BY_TYPE.get(change.row.entity);
    return entity ? ctx.loaders.byId(entity).load(change.row.entityId) : null;
  }
}
