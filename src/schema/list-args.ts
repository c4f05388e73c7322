/**
 * The arguments of a plural connection: filter, orderBy, paging, and where they apply, `search`
 * (accent-insensitive) and `includeDeleted` (soft-deleted rows, hidden by default).
 */
import { ArgsType, type ClassType, Field } from 'type-graphql';
import type { ListArgs } from '../core/paging';

export type { ListArgs } from '../core/paging';
import { PageArgs } from './page-args';

export interface ListArgsOptions {
  search?: boolean;
  includeDeleted?: boolean;
}

export function listArgsType<F extends object, O extends object>(
  filter: ClassType<F>,
  order: ClassType<O>,
  options: ListArgsOptions = {},
): ClassType<ListArgs<F, O>> {
  @ArgsType()
  class Args extends PageArgs implements ListArgs<F, O> {
    @Field(() => filter, { nullable: true, description: 'Bộ lọc — which items to list.' })
    filter?: F | null;

    @Field(() => [order], {
      nullable: true,
      description: 'Sắp xếp — sort keys, applied in order; the ID breaks remaining ties.',
    })
    orderBy?: O[] | null;

    search?: string | null;
    includeDeleted?: boolean | null;
  }
  if (options.search) {
    Field(() => String, {
      nullable: true,
      description:
        'Tìm kiếm — matches names without regard to accents or case, the Vietnamese way ("so y te" finds "Sở Y ' +
        'tế", đ matches d).',
    })(Args.prototype, 'search');
  }
  if (options.includeDeleted) {
    Field(() => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Gồm bản ghi đã xóa — also list soft-deleted records (false by default).',
    })(Args.prototype, 'includeDeleted');
  }
  return Args;
}
