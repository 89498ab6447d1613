import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What is remembered for one request and forgotten with it (membership reads, for one). Each
 * request runs in a scope of its own (RequestScopeMiddleware), found again through
 * AsyncLocalStorage, so providers stay singletons and nothing crosses from one request, or
 * person, to another. Outside a request there is no scope and nothing is remembered.
 */
export class RequestScope {
  private static readonly storage = new AsyncLocalStorage<RequestScope>();
  private readonly values = new Map<string, unknown>();

  /** Runs `work` (and everything it starts) in a new, empty scope. */
  static run<T>(work: () => T): T {
    return RequestScope.storage.run(new RequestScope(), work);
  }

  /** The scope of the request being handled, if any. */
  static current(): RequestScope | undefined {
    return RequestScope.storage.getStore();
  }

  /**
   * The value remembered under `key` in the current request, made by `make` the first time; made
   * afresh every time outside a request. A promise that fails is forgotten, so the next call retries.
   */
  static remember<T>(key: string, make: () => Promise<T>): Promise<T> {
    const scope = RequestScope.current();
    if (!scope) return make();
    const known = scope.values.get(key) as Promise<T> | undefined;
    if (known) return known;
    const made = make();
    scope.values.set(key, made);
    made.catch(() => scope.values.get(key) === made && scope.values.delete(key));
    return made;
  }

  /** Forgets what the current request remembered under keys starting with `prefix`. */
  static forget(prefix: string): void {
    const scope = RequestScope.current();
    for (const key of [...(scope?.values.keys() ?? [])]) {
      if (key.startsWith(prefix)) scope?.values.delete(key);
    }
  }
}

/** Gives every HTTP request (GraphQL and plain endpoints) its RequestScope. */
@Injectable()
export class RequestScopeMiddleware implements NestMiddleware {
  use(_req: Request, _res: Response, next: NextFunction): void {
    RequestScope.run(next);
  }
}
