import type { NextFunction, Request, Response } from 'express';
import helmet, { HelmetOptions } from 'helmet';

/** Helmet's settings for Assay: its defaults, with the content security policy the web app needs. */
export const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // Angular writes component styles into <style> elements.
      styleSrc: ["'self'", "'unsafe-inline'"],
      fontSrc: ["'self'", 'data:'],
      imgSrc: ["'self'", 'data:', 'blob:'],
      upgradeInsecureRequests: null,
    },
  },
};

/**
 * The headers helmet sets with `options` (and the ones it removes), worked out once by running it
 * on a stand-in response. With no per-request setting (no nonce), they are the same for every
 * response.
 */
export function helmetHeaders(options: Readonly<HelmetOptions> = HELMET_OPTIONS): {
  set: [string, string][];
  removed: string[];
} {
  const csp = options.contentSecurityPolicy;
  const directives = typeof csp === 'object' && csp.directives ? Object.values(csp.directives) : [];
  if (
    directives.some(
      (value) => typeof value === 'function' || (Array.isArray(value) && value.some((v) => typeof v === 'function')),
    )
  ) {
    throw new Error(
      'A content security policy worked out per request (a nonce) cannot be set from a list made at start.',
    );
  }
  const set = new Map<string, string>();
  const removed: string[] = [];
  const stand = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      set.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    },
    removeHeader: (name: string) => {
      set.delete(name);
      removed.push(name);
    },
    getHeader: (name: string) => set.get(name),
  };
  let finished = false;
  helmet(options)({ headers: {}, method: 'GET', url: '/' } as never, stand as never, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('helmet did not finish at once: its headers cannot be worked out in advance.');
  return { set: [...set], removed };
}

/**
 * Helmet's headers on every response, set by one middleware from the list worked out at start
 * rather than by helmet's thirteen middlewares on each request.
 */
export function securityHeaders(
  options: Readonly<HelmetOptions> = HELMET_OPTIONS,
): (req: Request, res: Response, next: NextFunction) => void {
  const { set, removed } = helmetHeaders(options);
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
