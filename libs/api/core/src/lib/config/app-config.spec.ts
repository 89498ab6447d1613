import { ConfigError, loadConfig } from './app-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs with no configuration at all: embedded database with demo data, port 3000, production', () => {
    const sut = loadConfig({});
    expect(sut.PORT).toBe(3000);
    expect(sut.NODE_ENV).toBe('production');
    expect(sut.usesEmbeddedDatabase).toBe(true);
    expect(sut.demoEnabled).toBe(true);
    expect(sut.dataDir).toMatch(/\.assay[/\\]data$/);
    expect(sut.ASSAY_LOGIN_MAX_FAILURES).toBe(10);
  });

  it('turns demo data off by default on a PostgreSQL server, and on when asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/assay' }).demoEnabled).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/assay', ASSAY_DEMO: 'true' }).demoEnabled).toBe(true);
    expect(loadConfig({ ASSAY_DEMO: 'false' }).demoEnabled).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_URL: 'mysql://db/assay' }, 'DATABASE_URL'],
    [{ ASSAY_LOG_LEVEL: 'loud' }, 'ASSAY_LOG_LEVEL'],
    [{ ASSAY_LOGIN_MAX_FAILURES: '0' }, 'ASSAY_LOGIN_MAX_FAILURES'],
    [{ ASSAY_ADMIN_EMAIL: 'not-an-address' }, 'ASSAY_ADMIN_EMAIL'],
    [{ ASSAY_ADMIN_PASSWORD: 'short' }, 'ASSAY_ADMIN_PASSWORD'],
    [{ ASSAY_JWT_SECRET: 'too-short' }, 'ASSAY_JWT_SECRET'],
    [{ ASSAY_DATADIR: './data' }, 'ASSAY_DATADIR'],
  ])('refuses %j, naming %s', (env, variable) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(`${variable}: `)).toBe(true);
  });

  it.each([
    [{ ASSAY_ADMIN_PASSWORD: 'hunter2' }, 'hunter2'],
    [{ ASSAY_JWT_SECRET: 'sekrit-value' }, 'sekrit-value'],
    [{ DATABASE_URL: 'mysql://assay:pa55word@db/assay' }, 'pa55word'],
  ])('never repeats a secret in its message: %j', (env, secret) => {
    const problems = problemsOf(env);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).not.toContain(secret);
    expect(problems.join('\n')).toContain('(hidden)');
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ PORT: 'x', ASSAY_LOG_LEVEL: 'loud', ASSAY_TYPO: '1' }).map((p) => p.split(':')[0]).sort()).toEqual(['ASSAY_LOG_LEVEL', 'ASSAY_TYPO', 'PORT']);
  });
});
