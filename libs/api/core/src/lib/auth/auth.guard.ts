import { ErrorCode, GlobalRole, looksLikeApiToken } from '@assay/domain';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, forbidden, unauthenticated } from '../errors/app-error';
import { RequestActor } from './actor';
import { ApiTokenService, sessionRequired } from './api-token.service';
import { ALLOW_PENDING_PASSWORD_KEY, GLOBAL_ROLE_KEY, PUBLIC_KEY, SESSION_ONLY_KEY } from './decorators';
import { AssayRequest, requestOf } from './request-of';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

export const SESSION_COOKIE = 'assay_session';

/**
 * Runs before every resolver and controller: identifies the person from the session cookie
 * (web app) or an `Authorization: Bearer` token (API clients) whose session is still live
 * (SessionService), or a personal API token (`Bearer assay_pat_…`, ApiTokenService) that is live,
 * refuses anonymous calls to non-public operations, keeps tokens away from @RequireSignInSession
 * operations and checks @RequireGlobalRole.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    if (request.actor === undefined) {
      request.actor = (await this.identify(request)) ?? undefined;
    }
    if (isPublic) {
      return true;
    }
    const actor = request.actor;
    if (!actor) {
      throw unauthenticated();
    }
    if (actor.apiTokenId && this.reflector.getAllAndOverride<boolean>(SESSION_ONLY_KEY, targets)) {
      throw sessionRequired();
    }
    if (actor.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_PASSWORD_KEY, targets)) {
      throw new AppError(ErrorCode.Forbidden, 'Choose a new password before continuing.', {
        reason: 'PASSWORD_CHANGE_REQUIRED',
      });
    }
    const role = this.reflector.getAllAndOverride<GlobalRole | undefined>(GLOBAL_ROLE_KEY, targets);
    if (role && actor.globalRole !== role) {
      throw forbidden(
        role === GlobalRole.Admin ? 'Only an administrator may do that.' : 'You do not have permission to do that.',
      );
    }
    return true;
  }

  private async identify(request: AssayRequest): Promise<RequestActor | null> {
    const token = tokenFrom(request);
    if (!token) {
      return null;
    }
    if (looksLikeApiToken(token)) {
      // Personal API tokens travel only in the Authorization header: the cookie is the web app's session.
      return request.headers.authorization ? this.apiTokens.check(token) : null;
    }
    const claims = await this.tokens.verify(token);
    if (!claims) {
      return null;
    }
    return this.sessions.check(claims);
  }
}

function tokenFrom(request: AssayRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    return header.slice('Bearer '.length).trim() || null;
  }
  const cookies = (request as { cookies?: Record<string, string> }).cookies;
  return cookies?.[SESSION_COOKIE] ?? null;
}
