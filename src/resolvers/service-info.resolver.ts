import { Query, Resolver } from 'type-graphql';

@Resolver()
export class ServiceInfoResolver {
  @Query(() => String, { description: 'Phiên bản — the version of this API.' })
  apiVersion(): string {
    return '0.1.0';
  }
}
