import type { ProblemNoticeKind } from '@assay/web/core';

/** The kinds of problem notice as people read them, in the order the form offers them. */
export const NOTICE_KIND_OPTIONS: readonly { value: ProblemNoticeKind; label: string; hint: string }[] = [
  { value: 'OUTAGE', label: 'Outage', hint: 'The product is down or unusable for a time.' },
  { value: 'KNOWN_DEFECT', label: 'Known defect', hint: 'Something does not work; say what to do meanwhile.' },
  { value: 'PLANNED_UPGRADE', label: 'Planned upgrade', hint: 'An upgrade or maintenance is coming.' },
];

export function noticeKindLabel(kind: ProblemNoticeKind): string {
  return NOTICE_KIND_OPTIONS.find((option) => option.value === kind)?.label ?? kind;
}
