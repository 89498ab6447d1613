import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { RequestActor } from './actor';

export type AssayRequest = Request & { actor?: RequestActor };

/** The HTTP request behind a GraphQL resolver or a controller. */
export function requestOf(context: ExecutionContext): AssayRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AssayRequest }>().req;
  }
  return context.switchToHttp().getRequest<AssayRequest>();
}
