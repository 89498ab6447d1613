/**
 * The installation record of a product in use: what was installed, of which kind, and when. Shared
 * by the API (which checks it) and the web app (which shows the kinds and checks the date early).
 */

/** What an installation put in place, as stored in `installations.kind`. */
export const INSTALLATION_KINDS = ['initial', 'patch', 'hotfix', 'service_pack', 'upgrade'] as const;
export type InstallationKind = (typeof INSTALLATION_KINDS)[number];

/** How each kind reads on screen. */
export const INSTALLATION_KIND_LABELS: Readonly<Record<InstallationKind, string>> = {
  initial: 'Initial installation',
  patch: 'Patch',
  hotfix: 'Hot fix',
  service_pack: 'Service pack',
  upgrade: 'Upgrade',
};

/** The furthest time zone is 14 hours ahead of UTC: its calendar date is the latest "today" anywhere. */
const LATEST_OFFSET_MS = 14 * 3_600_000;

/** The latest calendar date (YYYY-MM-DD) that is today somewhere on Earth at `now`. */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + LATEST_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * What is wrong with an installation date (`YYYY-MM-DD`) recorded at `now`: not a real calendar
 * date, or later than today. "Today" is read in the furthest time zone ahead, so a library whose
 * day has already begun may record what it installed this morning; nothing later is accepted.
 */
export function installedOnProblems(date: string, now: Date): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return ['Enter the date as YYYY-MM-DD.'];
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = new Date(Date.UTC(year, month - 1, day));
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return ['Enter a real date.'];
  }
  if (date > latestToday(now)) return ['The installation date is in the future: enter the day it was installed.'];
  return [];
}
