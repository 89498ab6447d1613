import helmet from 'helmet';
import { HELMET_OPTIONS, securityHeaders } from './security-headers';

/** A response that records its headers, as Node's would hold them. */
function response() {
  const headers = new Map<string, string>([['x-powered-by', 'Express']]);
  return {
    headers,
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  };
}

describe('securityHeaders', () => {
  it('sets exactly the headers helmet sets, and removes the ones it removes', () => {
    const byHelmet = response();
    const bySecurityHeaders = response();
    const next = jest.fn();
    helmet(HELMET_OPTIONS)({ headers: {}, method: 'GET', url: '/' } as never, byHelmet as never, next);
    securityHeaders()({} as never, bySecurityHeaders as never, next);
    expect(next).toHaveBeenCalledTimes(2);
    expect([...bySecurityHeaders.headers].sort()).toEqual([...byHelmet.headers].sort());
    expect(bySecurityHeaders.headers.get('x-powered-by')).toBeUndefined();
    expect(bySecurityHeaders.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    expect(bySecurityHeaders.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses a policy that would differ from one request to the next', () => {
    const perRequest = {
      contentSecurityPolicy: { directives: { scriptSrc: ["'self'", () => "'nonce-abc'"] } },
    };
    expect(() => securityHeaders(perRequest)).toThrow(/per request/);
  });
});
