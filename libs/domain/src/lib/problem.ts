import { ErrorCode } from './error-codes';

/** What went wrong, in the shape the pages show: a message, a code and per-field problems. */
export interface Problem {
  code: ErrorCode | 'NETWORK' | string;
  message: string;
  fields: Record<string, string[]>;
  /** Someone else saved a newer version of what was being edited: reloading is the way on. */
  stale: boolean;
}

/** Whether loading the data again is the way on: someone else saved first, or the change conflicts with theirs. */
export function needsReload(problem: Problem): boolean {
  return problem.stale || problem.code === ErrorCode.Conflict;
}

/**
 * The words for a field's first validation error (the keys Angular's validators use, and
 * `server` for what the server said about the field).
 */
export function validationMessage(errors: Record<string, unknown>): string {
  const limit = (key: string, name: string): unknown => (errors[key] as Record<string, unknown>)[name];
  if (errors['server']) return String(errors['server']);
  if (errors['required']) return 'This is required.';
  if (errors['email']) return 'Enter a valid e-mail address.';
  if (errors['minlength']) return `At least ${limit('minlength', 'requiredLength')} characters.`;
  if (errors['maxlength']) return `At most ${limit('maxlength', 'requiredLength')} characters.`;
  if (errors['min']) return `At least ${limit('min', 'min')}.`;
  if (errors['max']) return `At most ${limit('max', 'max')}.`;
  if (errors['url']) return 'Enter a full web address starting with https:// or http://.';
  if (errors['pattern']) return 'Check the format of this value.';
  return 'Check this value.';
}
