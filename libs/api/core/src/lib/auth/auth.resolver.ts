import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../config/app-config';
import { GraphQLContext } from '../graphql/graphql-context';
import { User } from '../people/people.types';
import { RequestActor } from './actor';
import { SESSION_COOKIE } from './auth.guard';
import { AuthPayload, ChangePasswordInput, LoginInput } from './auth.inputs';
import { AuthService } from './auth.service';
import { AllowWhilePasswordChangeRequired, CurrentActor, Public, RequireSignInSession } from './decorators';
import { UserSession } from './session.types';
import { TokenService } from './token.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Signs in. Also sets the httpOnly session cookie that the web app uses.',
  })
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    const payload = await this.auth.login(input, ctx.req.ip ?? 'unknown', ctx.req.headers['user-agent']);
    this.setSessionCookie(ctx, payload.accessToken);
    return payload;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Signs out: ends this session on the server (its token stops working) and clears the session cookie.',
  })
  async logout(@Context() ctx: GraphQLContext): Promise<boolean> {
    // Public: someone whose session already ended may still clear the cookie.
    if (ctx.req.actor) await this.auth.logout(ctx.req.actor);
    this.clearSessionCookie(ctx);
    return true;
  }

  @RequireSignInSession()
  @AllowWhilePasswordChangeRequired()
  @Mutation(() => Int, {
    description: 'Signs out everywhere: ends every session of yours, this one included. Returns how many ended.',
  })
  async logoutEverywhere(@CurrentActor() actor: RequestActor, @Context() ctx: GraphQLContext): Promise<number> {
    const ended = await this.auth.logoutEverywhere(actor);
    this.clearSessionCookie(ctx);
    return ended;
  }

  @RequireSignInSession()
  @Query(() => [UserSession], {
    description: 'Where you are signed in: your sessions that have not ended, most recently used first.',
  })
  mySessions(@CurrentActor() actor: RequestActor): Promise<UserSession[]> {
    return this.auth.mySessions(actor);
  }

  @RequireSignInSession()
  @Mutation(() => Boolean, {
    description: "Ends one of your sessions (signs that browser or client out). Anyone else's session is NOT_FOUND.",
  })
  async endSession(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    if ((await this.auth.endSession(actor, id)).current) this.clearSessionCookie(ctx);
    return true;
  }

  @AllowWhilePasswordChangeRequired()
  @Query(() => User, { description: 'The signed-in person.' })
  me(@CurrentActor() actor: RequestActor): Promise<User> {
    return this.auth.me(actor);
  }

  @RequireSignInSession()
  @AllowWhilePasswordChangeRequired()
  @Mutation(() => AuthPayload, { description: 'Changes your own password. Other sessions end.' })
  async changePassword(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    const payload = await this.auth.changePassword(actor, input);
    this.setSessionCookie(ctx, payload.accessToken);
    return payload;
  }

  private setSessionCookie(ctx: GraphQLContext, token: string): void {
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secureCookie(ctx),
      path: '/',
      maxAge: this.tokens.ttlSeconds * 1000,
    });
  }

  private clearSessionCookie(ctx: GraphQLContext): void {
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.secureCookie(ctx) });
  }

  /** Always Secure when people reach Assay over https (ASSAY_PUBLIC_URL), even if a proxy talks plain HTTP to the API. */
  private secureCookie(ctx: GraphQLContext): boolean {
    return this.config.publicUrlIsHttps || ctx.req.secure;
  }
}
