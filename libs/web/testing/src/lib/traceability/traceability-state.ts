import { Params } from '@angular/router';
import type { Priority, TraceabilityFilter, TraceabilityStatus } from '@assay/web/core';

/** The matrix's filters as the address keeps them (`?department=…&priority=MUST,SHOULD&status=FAILED&candidate=…&page=2`). */
export interface TraceabilityState {
  departmentIds: string[];
  priorities: Priority[];
  statuses: TraceabilityStatus[];
  candidateId: string | null;
  /** 0-based. */
  pageIndex: number;
}

export const PRIORITIES: readonly Priority[] = ['MUST', 'SHOULD', 'COULD', 'WONT'];
export const TRACEABILITY_STATUS_ORDER: readonly TraceabilityStatus[] = [
  'PASSED',
  'FAILED',
  'BLOCKED',
  'NOT_RUN',
  'UNCOVERED',
  'VERIFIED',
  'REJECTED',
  'UNVERIFIED',
];

const list = (value: unknown): string[] => (typeof value === 'string' && value ? value.split(',').filter(Boolean) : []);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The state in an address; values it does not know are left out. */
export function readTraceabilityParams(params: Params): TraceabilityState {
  const page = Number(params['page']);
  const candidate = params['candidate'];
  return {
    departmentIds: list(params['department']).filter((id) => UUID.test(id)),
    priorities: list(params['priority']).filter((p): p is Priority => PRIORITIES.includes(p as Priority)),
    statuses: list(params['status']).filter((s): s is TraceabilityStatus =>
      TRACEABILITY_STATUS_ORDER.includes(s as TraceabilityStatus),
    ),
    candidateId: typeof candidate === 'string' && UUID.test(candidate) ? candidate : null,
    pageIndex: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The address's query parameters for a state (null removes a parameter). */
export function traceabilityParams(state: TraceabilityState): Params {
  return {
    department: state.departmentIds.length ? state.departmentIds.join(',') : null,
    priority: state.priorities.length ? state.priorities.join(',') : null,
    status: state.statuses.length ? state.statuses.join(',') : null,
    candidate: state.candidateId,
    page: state.pageIndex > 0 ? state.pageIndex + 1 : null,
  };
}

/** The GraphQL filter of a state (lists left out when empty: all match). */
export function traceabilityFilter(state: TraceabilityState): TraceabilityFilter {
  return {
    departmentIds: state.departmentIds.length ? state.departmentIds : undefined,
    priorities: state.priorities.length ? state.priorities : undefined,
    statuses: state.statuses.length ? state.statuses : undefined,
    candidateId: state.candidateId ?? undefined,
  };
}

/** The workbook of every row for the filters (the page does not matter). */
export function traceabilityExportUrl(evaluationId: string, state: TraceabilityState): string {
  const query = new URLSearchParams();
  if (state.departmentIds.length) query.set('departmentIds', state.departmentIds.join(','));
  if (state.priorities.length) query.set('priorities', state.priorities.join(','));
  if (state.statuses.length) query.set('statuses', state.statuses.join(','));
  if (state.candidateId) query.set('candidateId', state.candidateId);
  const search = query.toString();
  return `/api/evaluations/${encodeURIComponent(evaluationId)}/traceability.xlsx${search ? `?${search}` : ''}`;
}
