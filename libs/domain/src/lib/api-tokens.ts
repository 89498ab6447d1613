/**
 * Personal API tokens: the rules both the API (which enforces them) and the web app (which offers
 * them in its form) follow.
 */

/** Every token starts with this, so a Bearer value is recognised as one (and so are leaked tokens, by secret scanners). */
export const API_TOKEN_PREFIX = 'assay_pat_';
/** How many characters of a token lists show: the prefix and the first characters of the secret. */
export const API_TOKEN_SHOWN_LENGTH = API_TOKEN_PREFIX.length + 6;
/** A person holds at most this many live (neither revoked nor expired) tokens. */
export const API_TOKEN_MAX_LIVE = 50;
export const API_TOKEN_NAME_MAX_LENGTH = 100;
export const API_TOKEN_MIN_DAYS = 1;
export const API_TOKEN_MAX_DAYS = 366;
export const API_TOKEN_DEFAULT_DAYS = 90;

/** A token is the prefix and 43 base64url characters (32 random bytes). */
const TOKEN_SHAPE = /^assay_pat_[A-Za-z0-9_-]{43}$/;

/** Whether a Bearer value claims to be a personal API token (rather than a session token). */
export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(API_TOKEN_PREFIX);
}

/** Whether a value has exactly the shape of a token this API issues. */
export function isWellFormedApiToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/** What a list shows of a token: enough to recognise it, far too little to use it. */
export function apiTokenShownPart(token: string): string {
  return token.slice(0, API_TOKEN_SHOWN_LENGTH);
}

/** Problems with a proposed lifetime in days, as sentences; empty when acceptable. */
export function apiTokenDaysProblems(days: number): string[] {
  if (!Number.isInteger(days)) return ['Choose a whole number of days.'];
  if (days < API_TOKEN_MIN_DAYS || days > API_TOKEN_MAX_DAYS) {
    return [`A token lasts from ${API_TOKEN_MIN_DAYS} to ${API_TOKEN_MAX_DAYS} days.`];
  }
  return [];
}

/**
 * The lifetime in days that makes a token last until the end of `date` (a calendar date,
 * `YYYY-MM-DD`) counted from `today` (also a calendar date): the day after today is 1. Null
 * for anything that is not a real date.
 */
export function apiTokenDaysUntil(date: string, today: string): number | null {
  const day = (text: string): number | null => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return null;
    const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, dayOfMonth);
    const back = new Date(time);
    // Date.UTC rolls 2026-02-30 over into March: such a date is not real.
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== dayOfMonth) {
      return null;
    }
    return time / 86_400_000;
  };
  const to = day(date);
  const from = day(today);
  return to === null || from === null ? null : to - from;
}
