import { AppError, conflict } from './app-error';

/** PostgreSQL's SQLSTATE for a broken unique rule (PGlite reports the same). */
export const UNIQUE_VIOLATION = '23505';

interface UniqueRule {
  /** The input field that holds the taken value. */
  field: string;
  /** The message, given the value the person entered (or, without it, the one the database names). */
  message: (value: string) => string;
}

/**
 * Each unique constraint or index of the schema, by name, with what a person is told when a save
 * breaks it. The services check first, so these messages are the same as theirs; this table
 * catches the saves that pass the check at the same moment and only meet in the database.
 */
const UNIQUE_RULES: Readonly<Record<string, UniqueRule>> = {
  uq_app_user_email: {
    field: 'email',
    message: (email) => `A user with the e-mail address ${email} already exists.`,
  },
  uq_member_library_code: {
    field: 'code',
    message: (code) => `Another member library already uses the code ${code}.`,
  },
  uq_department_code: { field: 'code', message: (code) => `Another department already uses the code ${code}.` },
  uq_vendor_name: { field: 'name', message: (name) => `Another vendor already has the name ${name}.` },
  uq_product_name: { field: 'name', message: (name) => `Another product already has the name ${name}.` },
  uq_product_version_name: {
    field: 'name',
    message: (name) => `Another product version already has the name ${name}.`,
  },
  uq_requirement_code: { field: 'code', message: (code) => `Another requirement already has the code ${code}.` },
  uq_test_case_key: { field: 'key', message: (key) => `Another test case of this plan already has the key ${key}.` },
  uq_candidate: {
    field: 'productVersionId',
    message: () => 'That product version is already a candidate in this evaluation.',
  },
  uq_acceptance_sign_off: {
    field: 'role',
    message: () => 'You have already signed this candidate’s verdict in that role.',
  },
};

interface DriverError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** The database's own error inside what TypeORM (or GraphQL) wrapped around it. */
function driverErrorOf(error: unknown): DriverError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth++) {
    const candidate = current as DriverError & { driverError?: unknown; originalError?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.driverError ?? candidate.originalError;
  }
  return null;
}

/** The last value of PostgreSQL's "Key (a, b)=(x, y) already exists." (the part a person typed). */
function valueFromDetail(detail: string | undefined): string | null {
  const match = /^Key \(.*\)=\((.*)\) already exists\.$/.exec(detail ?? '');
  return match ? (match[1].split(', ').at(-1) ?? null) : null;
}

/**
 * The CONFLICT for a save that broke a unique rule, or null for any other error. `values` (the
 * row being saved) names the value as the person entered it; without them the database's own
 * copy is used (which an index on lower(name) holds in lower case).
 */
export function uniqueViolation(error: unknown, values?: object): AppError | null {
  const driver = driverErrorOf(error);
  if (driver?.code !== UNIQUE_VIOLATION) return null;
  const rule = driver.constraint ? UNIQUE_RULES[driver.constraint] : undefined;
  if (!rule) return conflict('Another record already has that value; choose another.');
  const entered = (values as Record<string, unknown> | undefined)?.[rule.field];
  const value = typeof entered === 'string' ? entered : (valueFromDetail(driver.detail) ?? '');
  return conflict(rule.message(value), { field: rule.field });
}
