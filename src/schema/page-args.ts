import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Số mục đầu — how many items to return from the start (default 50, at most 100).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Sau con trỏ — return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Số mục cuối — how many items to return from the end (at most 100).',
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Trước con trỏ — return items before this cursor.' })
  before?: string | null;
}

@ArgsType()
export class SearchPageArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Tìm kiếm — matches names without regard to accents or case, the Vietnamese way ("so y te" finds "Sở Y ' +
      'tế", đ matches d).',
  })
  search?: string | null;
}
