import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { RequestActor } from './actor';

export type AssayRequest = Request & { actor?: RequestActor };

/** The HTTP request behind a GraphQL resolver or a controller. */
export function requestOf(context: ExecutionContext): AssayRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AssayRequest }>().req;
  }
  return context.switchToHttp().getRequest<AssayRequest>();
}

export function responseOf(context: ExecutionContext): Response {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ res: Response }>().res;
  }
  return context.switchToHttp().getResponse<Response>();
}
