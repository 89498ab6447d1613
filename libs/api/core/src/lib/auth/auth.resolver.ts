import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../graphql/graphql-context';
import { User } from '../people/people.types';
import { RequestActor } from './actor';
import { SESSION_COOKIE } from './auth.guard';
import { AuthPayload, ChangePasswordInput, LoginInput } from './auth.inputs';
import { AuthService } from './auth.service';
import { AllowWhilePasswordChangeRequired, CurrentActor, Public } from './decorators';
import { TokenService } from './token.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokenService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in. Also sets the httpOnly session cookie that the web app uses.' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    const payload = await this.auth.login(input, ctx.req.ip ?? 'unknown');
    this.setSessionCookie(ctx, payload.accessToken);
    return payload;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Signs out of this browser (clears the session cookie).' })
  logout(@Context() ctx: GraphQLContext): boolean {
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.req.secure });
    return true;
  }

  @AllowWhilePasswordChangeRequired()
  @Query(() => User, { description: 'The signed-in person.' })
  me(@CurrentActor() actor: RequestActor): Promise<User> {
    return this.auth.me(actor);
  }

  @AllowWhilePasswordChangeRequired()
  @Mutation(() => AuthPayload, { description: 'Changes your own password. Other sessions end.' })
  async changePassword(@CurrentActor() actor: RequestActor, @Args('input') input: ChangePasswordInput, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    const payload = await this.auth.changePassword(actor, input);
    this.setSessionCookie(ctx, payload.accessToken);
    return payload;
  }

  private setSessionCookie(ctx: GraphQLContext, token: string): void {
    ctx.res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: ctx.req.secure, path: '/', maxAge: this.tokens.ttlSeconds * 1000 });
  }
}
