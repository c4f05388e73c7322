/** The legal versions of an award type: all of them, the one in force on a date, and the one an award used. */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Award, AwardType, AwardTypeVersion } from '../entities/awards';
import { DateScalar } from '../core/scalars';
import { versionInForce } from '../services/award-type-versions';
import type { RequestContext } from './context';

@Resolver(() => AwardType)
export class AwardTypeVersionsResolver {
  @FieldResolver(() => [AwardTypeVersion], {
    description: 'Phiên bản pháp lý — the live legal versions of this type, oldest first.',
  })
  versions(@Root() type: AwardType, @Ctx() ctx: RequestContext): Promise<AwardTypeVersion[]> {
    return ctx.dataSource.manager.find(AwardTypeVersion, {
      where: { awardTypeId: type.id },
      order: { effectiveFrom: 'ASC' },
    });
  }

  @FieldResolver(() => AwardTypeVersion, {
    nullable: true,
    description:
      'Phiên bản áp dụng — the version in force on a signing date; null when none is (the figure is missing).',
  })
  versionOn(
    @Root() type: AwardType,
    @Arg('date', () => DateScalar, { description: 'Ngày ký — the signing date.' }) date: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AwardTypeVersion | null> {
    return versionInForce(ctx.dataSource.manager, type.id, date);
  }
}

@Resolver(() => AwardTypeVersion)
export class AwardTypeVersionResolver {
  @FieldResolver(() => AwardType, { nullable: true, description: 'Danh hiệu — the award type it versions.' })
  awardType(@Root() version: AwardTypeVersion, @Ctx() ctx: RequestContext): Promise<AwardType | null> {
    return ctx.loaders.optional(AwardType, version.awardTypeId);
  }
}

@Resolver(() => Award)
export class AwardVersionResolver {
  @FieldResolver(() => AwardTypeVersion, {
    nullable: true,
    description: 'Phiên bản pháp lý — the version that set its coefficient; null for awards recorded before versions.',
  })
  awardTypeVersion(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<AwardTypeVersion | null> {
    return ctx.loaders.optional(AwardTypeVersion, award.awardTypeVersionId);
  }
}
