import { INSTALLATION_KIND_LABELS, InstallationKind as DomainKind } from '@assay/domain';
import { InstallationKind } from '@assay/web/core';

/** The API's kind (PATCH) as the domain names it (patch). */
const domainKind = (kind: InstallationKind): DomainKind => kind.toLowerCase() as DomainKind;

/** How a kind reads on screen: "Hot fix". */
export function installationKindLabel(kind: InstallationKind): string {
  return INSTALLATION_KIND_LABELS[domainKind(kind)];
}

/** The kinds in the order a person picks them. */
export const INSTALLATION_KIND_OPTIONS: { value: InstallationKind; label: string }[] = (
  ['PATCH', 'HOTFIX', 'SERVICE_PACK', 'UPGRADE', 'INITIAL'] as InstallationKind[]
).map((value) => ({ value, label: installationKindLabel(value) }));

/** A run's pass and fail counts in a few words: "12 cases · 11 passed · 1 failed". */
export function runOutcome(progress: {
  total: number;
  passed: number;
  failed: number;
  blocked: number;
  untested: number;
}): string {
  const parts = [`${progress.total} ${progress.total === 1 ? 'case' : 'cases'}`, `${progress.passed} passed`];
  if (progress.failed) parts.push(`${progress.failed} failed`);
  if (progress.blocked) parts.push(`${progress.blocked} blocked`);
  if (progress.untested) parts.push(`${progress.untested} not run`);
  return parts.join(' · ');
}
