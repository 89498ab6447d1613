export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Trims and lower-cases an e-mail address so that one person has one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isPlausibleEmail(email: string): boolean {
  return email.length <= 254 && EMAIL_PATTERN.test(normaliseEmail(email));
}

/**
 * Problems with a proposed password, as sentences a person can act on; empty when acceptable.
 * Length over composition rules, as NIST SP 800-63B §3.1.1.2 recommends.
 */
export function passwordProblems(password: string, email?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push(`Password must be at least ${PASSWORD_MIN_LENGTH} characters long.`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    problems.push(`Password must be at most ${PASSWORD_MAX_LENGTH} characters long.`);
  }
  if (password.length > 0 && new Set(password).size === 1) {
    problems.push('Password must not repeat a single character.');
  }
  const localPart = email ? normaliseEmail(email).split('@')[0] : '';
  if (localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    problems.push('Password must not contain the e-mail address.');
  }
  return problems;
}
