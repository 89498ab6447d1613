import type { Response } from 'express';
import { AssayRequest } from '../auth/request-of';
import { RequestLoaders } from './request-loaders';

export interface GraphQLContext {
  req: AssayRequest;
  res: Response;
  loaders: RequestLoaders;
}
