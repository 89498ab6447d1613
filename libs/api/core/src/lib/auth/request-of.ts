import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { unauthenticated } from '../errors/app-error';
import { RequestActor } from './actor';

export type AssayRequest = Request & { actor?: RequestActor };

/** The HTTP request behind a GraphQL resolver or a controller. */
export function requestOf(context: ExecutionContext): AssayRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AssayRequest }>().req;
  }
  return context.switchToHttp().getRequest<AssayRequest>();
}

/**
 * The signed-in person of a request that passed AuthGuard. On every operation that is not @Public
 * the guard has attached one (or refused the request), so this throws only if that is not so.
 */
export function actorOf(request: AssayRequest): RequestActor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
