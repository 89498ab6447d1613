import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase())
      ? true
      : ['0', 'false', 'no', 'off'].includes(String(value).toLowerCase())
        ? false
        : value;
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting the API reads from its environment, validated once at boot.
 * A bad value stops the process with a message naming the variable.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @Transform(toInt)
  @Min(0)
  @Max(65535)
  @IsInt()
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** PostgreSQL server connection string. Unset: the embedded database in ASSAY_DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must start with postgres:// or postgresql://' })
  DATABASE_URL?: string;

  /** Where the embedded database (and, by default, uploaded files) live. */
  @IsString()
  ASSAY_DATA_DIR = './.assay/data';

  /**
   * The embedded database's own page cache (PostgreSQL's shared_buffers), in megabytes: memory the
   * process holds from the start. Pages beyond it are read again from the data directory, which the
   * operating system caches. Not used with DATABASE_URL (the server has its own setting).
   */
  @Transform(toInt)
  @Min(8)
  @Max(4096)
  @IsInt()
  ASSAY_DB_CACHE_MB = 32;

  /**
   * Where uploaded files are kept: `database` (in PostgreSQL, shared by every API process) or
   * `disk` (ASSAY_FILES_DIR). Unset: `database` on a server database, `disk` beside the embedded one.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['disk', 'database'], { message: 'ASSAY_FILES_STORE must be disk or database' })
  ASSAY_FILES_STORE?: 'disk' | 'database';

  /** Where uploaded files are kept on disk (ASSAY_FILES_STORE=disk). Unset: `files` in ASSAY_DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  ASSAY_FILES_DIR?: string;

  /** The largest file a person may upload, in megabytes (MiB). */
  @Transform(toInt)
  @Min(1)
  @Max(1024)
  @IsInt()
  ASSAY_MAX_UPLOAD_MB = 25;

  /** Seed demo data into an empty database. Defaults to on for the embedded database, off on a server. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  ASSAY_DEMO?: boolean;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({}, { message: 'ASSAY_ADMIN_EMAIL must be an e-mail address' })
  ASSAY_ADMIN_EMAIL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(12, { message: 'ASSAY_ADMIN_PASSWORD must be at least 12 characters long' })
  ASSAY_ADMIN_PASSWORD?: string;

  /** Key that signs session tokens; shared by every API process. Unset: generated once and kept in the database. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(32, { message: 'ASSAY_JWT_SECRET must be at least 32 characters long' })
  ASSAY_JWT_SECRET?: string;

  /** How long a sign-in lasts, in hours. */
  @Transform(toInt)
  @Min(1)
  @Max(24 * 30)
  @IsInt()
  ASSAY_SESSION_HOURS = 12;

  /** Sign-in attempts allowed per account in one window; a successful sign-in starts the count again. */
  @Transform(toInt)
  @Min(1)
  @IsInt()
  ASSAY_LOGIN_MAX_FAILURES = 10;

  /**
   * Failed sign-ins allowed per client address in one window, over all accounts (against one
   * address guessing many accounts). Much higher than the per-account limit: the staff of a
   * library often share one public address.
   */
  @Transform(toInt)
  @Min(1)
  @IsInt()
  ASSAY_LOGIN_MAX_FAILURES_PER_ADDRESS = 100;

  @Transform(toInt)
  @Min(1)
  @IsInt()
  ASSAY_LOGIN_WINDOW_MINUTES = 15;

  /** The built web app to serve on the same port. Unset: the build output beside the API. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  ASSAY_WEB_DIR?: string;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  ASSAY_LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /**
   * The address people use to reach Assay (e.g. `https://assay.example.org`). When it is https,
   * the session cookie is always `Secure`, even when a proxy in front talks plain HTTP to the API.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'ASSAY_PUBLIC_URL must be an http:// or https:// address, e.g. https://assay.example.org' },
  )
  ASSAY_PUBLIC_URL?: string;

  /**
   * The mail server notifications are also e-mailed through (`smtp://user:pass@host:587`, or
   * `smtps://…` for TLS from the start). Unset: notifications stay in the app only.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { protocols: ['smtp', 'smtps'], require_protocol: true, require_tld: false },
    {
      message: 'ASSAY_SMTP_URL must be an smtp:// or smtps:// address, e.g. smtp://user:password@mail.example.org:587',
    },
  )
  ASSAY_SMTP_URL?: string;

  /** Who the e-mails come from: an address, optionally with a name (`Assay <assay@example.org>`). */
  @Matches(/^([^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'ASSAY_SMTP_FROM must be an e-mail address, optionally with a name: Assay <assay@example.org>',
  })
  ASSAY_SMTP_FROM = 'Assay <assay@localhost>';

  /** Express "trust proxy" hops, so the client address behind a load balancer is the real one. */
  @Transform(toInt)
  @Min(0)
  @IsInt()
  ASSAY_TRUST_PROXY = 0;

  /** Serve Prometheus metrics at `/metrics` (needs ASSAY_METRICS_TOKEN). */
  @Transform(toBool)
  @IsBoolean()
  ASSAY_METRICS = false;

  /** The bearer token a Prometheus scraper sends to read `/metrics`; at least 32 characters. */
  @Transform(emptyToUndefined)
  @ValidateIf((config: AppConfig) => config.ASSAY_METRICS === true || config.ASSAY_METRICS_TOKEN !== undefined)
  @MinLength(32, { message: 'ASSAY_METRICS_TOKEN must be set, at least 32 characters long, when ASSAY_METRICS is on' })
  @IsString({ message: 'ASSAY_METRICS_TOKEN must be set, at least 32 characters long, when ASSAY_METRICS is on' })
  ASSAY_METRICS_TOKEN?: string;

  /** The administrator's personal API token `npm run backup -- --url …` sends; read by that command only. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  ASSAY_BACKUP_TOKEN?: string;

  /**
   * On SIGTERM or SIGINT, how long requests in flight may take to finish before the process
   * stops them and exits with an error, in milliseconds.
   */
  @Transform(toInt)
  @Min(0)
  @Max(10 * 60 * 1000)
  @IsInt()
  ASSAY_SHUTDOWN_TIMEOUT_MS = 10_000;

  get isDevelopment(): boolean {
    return this.NODE_ENV === 'development';
  }

  /** Whether people reach Assay over https (ASSAY_PUBLIC_URL), so cookies must be `Secure` whatever the API sees. */
  get publicUrlIsHttps(): boolean {
    return this.ASSAY_PUBLIC_URL?.toLowerCase().startsWith('https://') ?? false;
  }

  /** The address links in e-mails start with: ASSAY_PUBLIC_URL, else this process's own port on localhost. */
  get publicUrl(): string {
    return (this.ASSAY_PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  get usesEmbeddedDatabase(): boolean {
    return !this.DATABASE_URL;
  }

  get demoEnabled(): boolean {
    return this.ASSAY_DEMO ?? this.usesEmbeddedDatabase;
  }

  /** Absolute data directory, or `memory://` for a throwaway in-memory database. */
  get dataDir(): string {
    return this.ASSAY_DATA_DIR.startsWith('memory://') ? this.ASSAY_DATA_DIR : resolve(this.ASSAY_DATA_DIR);
  }

  /**
   * Absolute directory for uploaded files. With an in-memory database the files are as
   * throwaway as the data, so they go to a directory of this process's own under the system's
   * temp directory.
   */
  get filesDir(): string {
    if (this.ASSAY_FILES_DIR) return resolve(this.ASSAY_FILES_DIR);
    if (this.ASSAY_DATA_DIR.startsWith('memory://')) return join(tmpdir(), `assay-files-${process.pid}`);
    return join(resolve(this.ASSAY_DATA_DIR), 'files');
  }

  /** Whether filesDir is a throwaway directory that may be removed at shutdown. */
  get filesDirIsTemporary(): boolean {
    return !this.ASSAY_FILES_DIR && this.ASSAY_DATA_DIR.startsWith('memory://');
  }

  /** Which file store is in use: ASSAY_FILES_STORE, else the database on a server and the disk beside the embedded one. */
  get filesStore(): 'disk' | 'database' {
    return this.ASSAY_FILES_STORE ?? (this.usesEmbeddedDatabase ? 'disk' : 'database');
  }

  get maxUploadBytes(): number {
    return this.ASSAY_MAX_UPLOAD_MB * 1024 * 1024;
  }
}

/** The variables AppConfig reads; any other ASSAY_* variable is a typo and refused. */
export const CONFIG_KEYS = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'ASSAY_DATA_DIR',
  'ASSAY_DB_CACHE_MB',
  'ASSAY_FILES_STORE',
  'ASSAY_FILES_DIR',
  'ASSAY_MAX_UPLOAD_MB',
  'ASSAY_DEMO',
  'ASSAY_ADMIN_EMAIL',
  'ASSAY_ADMIN_PASSWORD',
  'ASSAY_JWT_SECRET',
  'ASSAY_SESSION_HOURS',
  'ASSAY_LOGIN_MAX_FAILURES',
  'ASSAY_LOGIN_MAX_FAILURES_PER_ADDRESS',
  'ASSAY_LOGIN_WINDOW_MINUTES',
  'ASSAY_WEB_DIR',
  'ASSAY_LOG_LEVEL',
  'ASSAY_TRUST_PROXY',
  'ASSAY_PUBLIC_URL',
  'ASSAY_SMTP_URL',
  'ASSAY_SMTP_FROM',
  'ASSAY_METRICS',
  'ASSAY_METRICS_TOKEN',
  'ASSAY_BACKUP_TOKEN',
  'ASSAY_SHUTDOWN_TIMEOUT_MS',
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // An empty variable (`PORT=` in a compose or .env file) means unset: the default applies.
  const source = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => value !== undefined && value !== '' && (CONFIG_KEYS as readonly string[]).includes(key),
    ),
  );
  const config = plainToInstance(AppConfig, source, { exposeDefaultValues: true });
  // One message per variable: the first rule it breaks (type rules sit nearest the property, so run first).
  const errors = validateSync(config, { forbidUnknownValues: true, stopAtFirstError: true });
  const problems = errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => {
      const shown = /SECRET|PASSWORD|TOKEN|DATABASE_URL|SMTP_URL/.test(error.property)
        ? '(hidden)'
        : JSON.stringify(error.value);
      return `${error.property}: ${message} (got ${shown})`;
    }),
  );
  const unknown = Object.keys(env).filter(
    (key) => key.startsWith('ASSAY_') && !(CONFIG_KEYS as readonly string[]).includes(key),
  );
  problems.push(...unknown.map((key) => `${key}: unknown setting (check the spelling; see README "Configuration")`));
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}
