import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestActor } from './actor';
import { CreateApiTokenInput } from './api-token.inputs';
import { ApiTokenService } from './api-token.service';
import { ApiToken, CreatedApiToken } from './api-token.types';
import { CurrentActor, RequireSignInSession } from './decorators';

@Resolver()
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @RequireSignInSession()
  @Query(() => [ApiToken], {
    description:
      'Your personal API tokens that are not revoked, newest first (expired ones for 30 days, marked). Needs a sign-in, not a token.',
  })
  myApiTokens(@CurrentActor() actor: RequestActor): Promise<ApiToken[]> {
    return this.tokens.list(actor);
  }

  @RequireSignInSession()
  @Mutation(() => CreatedApiToken, {
    description:
      'Creates a personal API token; the result is the only time its secret is returned. Needs a sign-in, not a token.',
  })
  createApiToken(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    return this.tokens.create(actor, input);
  }

  @RequireSignInSession()
  @Mutation(() => Boolean, {
    description:
      "Revokes one of your API tokens: it stops working within seconds. Anyone else's token is NOT_FOUND. Needs a sign-in, not a token.",
  })
  revokeApiToken(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.tokens.revoke(actor, id);
  }
}
