import { getMetadataStorage } from 'class-validator';
import { resolve } from 'node:path';
import { AppConfig, CONFIG_KEYS, ConfigError, loadConfig } from './app-config';

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
    [{ ASSAY_METRICS: 'true' }, 'ASSAY_METRICS_TOKEN'],
    [{ ASSAY_METRICS: 'true', ASSAY_METRICS_TOKEN: 'short-token' }, 'ASSAY_METRICS_TOKEN'],
    [{ ASSAY_METRICS: 'maybe' }, 'ASSAY_METRICS'],
    [{ ASSAY_SHUTDOWN_TIMEOUT_MS: '-1' }, 'ASSAY_SHUTDOWN_TIMEOUT_MS'],
  ])('refuses %j, naming %s', (env, variable) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(`${variable}: `)).toBe(true);
  });

  it.each([
    [{ ASSAY_ADMIN_PASSWORD: 'hunter2' }, 'hunter2'],
    [{ ASSAY_JWT_SECRET: 'sekrit-value' }, 'sekrit-value'],
    [{ DATABASE_URL: 'mysql://assay:pa55word@db/assay' }, 'pa55word'],
    [{ ASSAY_SMTP_URL: 'imap://assay:pa55word@mail/' }, 'pa55word'],
    [{ ASSAY_METRICS: 'on', ASSAY_METRICS_TOKEN: 'scrape-me-please' }, 'scrape-me-please'],
  ])('never repeats a secret in its message: %j', (env, secret) => {
    const problems = problemsOf(env);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).not.toContain(secret);
    expect(problems.join('\n')).toContain('(hidden)');
  });

  it('serves metrics only with a token of at least 32 characters, and drains for 10 s by default', () => {
    const token = 'x'.repeat(32);
    expect(loadConfig({ ASSAY_METRICS: 'true', ASSAY_METRICS_TOKEN: token })).toMatchObject({
      ASSAY_METRICS: true,
      ASSAY_METRICS_TOKEN: token,
    });
    expect(loadConfig({}).ASSAY_METRICS).toBe(false);
    expect(loadConfig({}).ASSAY_SHUTDOWN_TIMEOUT_MS).toBe(10_000);
  });

  it('reports every problem at once', () => {
    expect(
      problemsOf({ PORT: 'x', ASSAY_LOG_LEVEL: 'loud', ASSAY_TYPO: '1' })
        .map((p) => p.split(':')[0])
        .sort(),
    ).toEqual(['ASSAY_LOG_LEVEL', 'ASSAY_TYPO', 'PORT']);
  });
});

describe('loadConfig, setting by setting', () => {
  /** The ConfigError loadConfig throws for `env`; fails the test if it accepts it. */
  function refusal(env: Record<string, string | undefined>): ConfigError {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return error as ConfigError;
    }
    throw new Error(`loadConfig accepted ${JSON.stringify(Object.keys(env))}`);
  }

  it.each([
    ['NODE_ENV', 'production'],
    ['PORT', 3000],
    ['HOST', '0.0.0.0'],
    ['DATABASE_URL', undefined],
    ['ASSAY_DATA_DIR', './.assay/data'],
    ['ASSAY_DEMO', undefined],
    ['ASSAY_ADMIN_EMAIL', undefined],
    ['ASSAY_ADMIN_PASSWORD', undefined],
    ['ASSAY_JWT_SECRET', undefined],
    ['ASSAY_SESSION_HOURS', 12],
    ['ASSAY_LOGIN_MAX_FAILURES', 10],
    ['ASSAY_LOGIN_WINDOW_MINUTES', 15],
    ['ASSAY_WEB_DIR', undefined],
    ['ASSAY_LOG_LEVEL', 'log'],
    ['ASSAY_TRUST_PROXY', 0],
  ] as const)('with an empty environment %s is %j', (key, expected) => {
    expect(loadConfig({})[key]).toBe(expected);
  });

  it.each([
    ['PORT', 3000],
    ['NODE_ENV', 'production'],
    ['ASSAY_DATA_DIR', './.assay/data'],
    ['ASSAY_SESSION_HOURS', 12],
    ['ASSAY_LOG_LEVEL', 'log'],
    ['ASSAY_TRUST_PROXY', 0],
  ] as const)('takes an empty %s (`%s=` in a compose file) as unset: %j', (key, expected) => {
    expect(loadConfig({ [key]: '' })[key]).toBe(expected);
  });

  it.each([
    ['embedded database, ASSAY_DEMO unset', {}, true, true],
    ['embedded database, ASSAY_DEMO=0', { ASSAY_DEMO: '0' }, true, false],
    ['embedded database, ASSAY_DEMO=off', { ASSAY_DEMO: 'off' }, true, false],
    ['embedded database, ASSAY_DEMO empty', { ASSAY_DEMO: '' }, true, true],
    ['server, ASSAY_DEMO unset', { DATABASE_URL: 'postgresql://assay:pw@db/assay' }, false, false],
    ['server, ASSAY_DEMO=YES', { DATABASE_URL: 'postgresql://db/assay', ASSAY_DEMO: 'YES' }, false, true],
    ['server, ASSAY_DEMO=1', { DATABASE_URL: 'postgres://db/assay', ASSAY_DEMO: '1' }, false, true],
    ['an empty DATABASE_URL is the embedded database', { DATABASE_URL: '' }, true, true],
  ])('%s → embedded %s, demo %s', (_label, env, embedded, demo) => {
    const sut = loadConfig(env);
    expect(sut.usesEmbeddedDatabase).toBe(embedded);
    expect(sut.demoEnabled).toBe(demo);
  });

  it.each([
    ['the default, made absolute', {}, resolve('.assay/data')],
    ['a relative directory, made absolute', { ASSAY_DATA_DIR: 'var/assay' }, resolve('var/assay')],
    ['an absolute directory', { ASSAY_DATA_DIR: '/srv/assay' }, '/srv/assay'],
    ['memory://, kept as it is', { ASSAY_DATA_DIR: 'memory://' }, 'memory://'],
  ])('dataDir: %s', (_label, env, expected) => {
    expect(loadConfig(env).dataDir).toBe(expected);
  });

  it.each([
    ['PORT', '0', 0],
    ['PORT', '65535', 65535],
    ['ASSAY_SESSION_HOURS', '720', 720],
    ['ASSAY_LOGIN_MAX_FAILURES', '1', 1],
    ['ASSAY_TRUST_PROXY', '2', 2],
    ['NODE_ENV', 'development', 'development'],
    ['ASSAY_LOG_LEVEL', 'verbose', 'verbose'],
  ] as const)('accepts %s=%j as %j', (key, value, expected) => {
    expect(loadConfig({ [key]: value })[key]).toBe(expected);
  });

  it.each([
    ['PORT', '80.5'],
    ['PORT', '-1'],
    ['PORT', '65536'],
    ['PORT', '0x50'],
    ['DATABASE_URL', 'db.example.org:5432'],
    ['ASSAY_DEMO', 'maybe'],
    ['ASSAY_ADMIN_EMAIL', 'chief@'],
    ['ASSAY_SESSION_HOURS', '0'],
    ['ASSAY_SESSION_HOURS', '721'],
    ['ASSAY_LOGIN_MAX_FAILURES', 'ten'],
    ['ASSAY_LOGIN_MAX_FAILURES', '-3'],
    ['ASSAY_LOGIN_WINDOW_MINUTES', '0'],
    ['ASSAY_LOG_LEVEL', 'info'],
    ['ASSAY_TRUST_PROXY', '-1'],
    ['ASSAY_TRUST_PROXY', 'true'],
    ['ASSAY_LOGIN_MAX_FAILURES_PER_ADDRESS', '0'],
    ['ASSAY_PUBLIC_URL', 'assay.example.org'],
    ['ASSAY_PUBLIC_URL', 'ftp://assay.example.org'],
    ['ASSAY_SMTP_URL', 'mail.example.org:587'],
    ['ASSAY_SMTP_URL', 'https://mail.example.org'],
    ['ASSAY_SMTP_FROM', 'Assay'],
    ['ASSAY_SMTP_FROM', 'Assay <assay>'],
  ])('refuses %s=%j with one message naming the variable', (key, value) => {
    const error = refusal({ [key]: value });
    expect(error.problems).toEqual([expect.stringMatching(new RegExp(`^${key}: ${key} `))]);
    expect(error.message).toContain(`- ${key}: `);
  });

  it.each([['ASSAY_DATADIR'], ['ASSAY_DEMO_DATA'], ['ASSAY_ADMIN_PASSWORD_FILE'], ['ASSAY_JWT_SECRET_KEY']])(
    'refuses the unknown setting %s, naming it but not its value',
    (key) => {
      const error = refusal({ [key]: 'value-of-the-typo-1234' });
      expect(error.problems).toEqual([expect.stringMatching(new RegExp(`^${key}: unknown setting`))]);
      expect(error.message).not.toContain('value-of-the-typo-1234');
    },
  );

  it.each([
    [undefined, false],
    ['https://assay.example.org', true],
    ['HTTPS://assay.example.org/evaluations/', true],
    ['http://assay.internal:3000', false],
  ])('ASSAY_PUBLIC_URL=%j: cookies always Secure %s', (value, secure) => {
    const sut = loadConfig(value === undefined ? {} : { ASSAY_PUBLIC_URL: value });
    expect(sut.ASSAY_PUBLIC_URL).toBe(value);
    expect(sut.publicUrlIsHttps).toBe(secure);
  });

  it('mails nothing without ASSAY_SMTP_URL; links to ASSAY_PUBLIC_URL, else to its own port', () => {
    expect(loadConfig({}).ASSAY_SMTP_URL).toBeUndefined();
    expect(loadConfig({}).ASSAY_SMTP_FROM).toBe('Assay <assay@localhost>');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ ASSAY_PUBLIC_URL: 'https://assay.example.org/' }).publicUrl).toBe('https://assay.example.org');
    const sut = loadConfig({
      ASSAY_SMTP_URL: 'smtps://assay:secret@mail.example.org:465',
      ASSAY_SMTP_FROM: 'Riverbend Assay <assay@riverbend.example>',
    });
    expect(sut.ASSAY_SMTP_URL).toBe('smtps://assay:secret@mail.example.org:465');
    expect(sut.ASSAY_SMTP_FROM).toBe('Riverbend Assay <assay@riverbend.example>');
    expect(loadConfig({ ASSAY_SMTP_URL: 'smtp://mail:25' }).ASSAY_SMTP_URL).toBe('smtp://mail:25');
  });

  it('allows 100 failed sign-ins per address in a window unless told otherwise', () => {
    expect(loadConfig({}).ASSAY_LOGIN_MAX_FAILURES_PER_ADDRESS).toBe(100);
    expect(loadConfig({ ASSAY_LOGIN_MAX_FAILURES_PER_ADDRESS: '400' }).ASSAY_LOGIN_MAX_FAILURES_PER_ADDRESS).toBe(400);
  });

  it('leaves alone variables outside its ASSAY_ namespace', () => {
    expect(() =>
      loadConfig({ PATH: '/usr/bin', ASSAYDATA: 'x', MY_ASSAY_THING: 'y', DATABASE_URI: 'z' }),
    ).not.toThrow();
  });

  it('lists in CONFIG_KEYS exactly the settings it validates, once each', () => {
    const validated = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(AppConfig, '', true, false)
        .map((rule) => rule.propertyName),
    );
    expect([...CONFIG_KEYS].sort()).toEqual([...validated].sort());
    expect(new Set(CONFIG_KEYS).size).toBe(CONFIG_KEYS.length);
  });

  describe('never shows a secret in an error', () => {
    const secret = 'hunter2-xyz';
    it.each([
      ['a short ASSAY_ADMIN_PASSWORD', { ASSAY_ADMIN_PASSWORD: secret }, 'ASSAY_ADMIN_PASSWORD'],
      ['a short ASSAY_JWT_SECRET', { ASSAY_JWT_SECRET: secret }, 'ASSAY_JWT_SECRET'],
      ['a DATABASE_URL without a scheme', { DATABASE_URL: `assay:${secret}@db:5432/assay` }, 'DATABASE_URL'],
      [
        'valid secrets beside another bad value',
        {
          ASSAY_ADMIN_PASSWORD: `${secret}-long-enough`,
          ASSAY_JWT_SECRET: `${secret}-${'k'.repeat(32)}`,
          DATABASE_URL: `postgres://a:${secret}@db/a`,
          PORT: 'x',
        },
        'PORT',
      ],
    ])('%s', (_label, env, named) => {
      const error = refusal(env);
      expect(error.message).toContain(named);
      expect(error.message).not.toContain(secret);
    });
  });
});
