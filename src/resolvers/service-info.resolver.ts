import { Authorized, Query, Resolver } from 'type-graphql';

@Resolver()
export class ServiceInfoResolver {
  @Authorized()
  @Query(() => String, { description: 'Phiên bản — the version of this API.' })
  apiVersion(): string {
    return '0.1.0';
  }
}
