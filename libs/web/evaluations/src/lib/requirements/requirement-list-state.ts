import type { Params } from '@angular/router';
import { Priority, RequirementFilter, RequirementStatus, VerificationMethod } from '@assay/web/core';
import { PRIORITY, REQUIREMENT_STATUS, VERIFICATION_METHOD } from '../evaluation-labels';

/** What the requirements table shows, as it travels in the address. */
export interface RequirementListState {
  search: string;
  /** Empty: every department. */
  departmentIds: string[];
  priorities: Priority[];
  statuses: RequirementStatus[];
  verificationMethods: VerificationMethod[];
  mandatory: boolean | null;
  pageIndex: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50, 100];
const DEFAULT_SIZE = 25;
/** In the address, "every department" is said explicitly, so a preset for department heads does not come back. */
export const ALL_DEPARTMENTS = 'all';

function list(value: unknown): string[] {
  return typeof value === 'string' && value ? value.split(',') : Array.isArray(value) ? value.map(String) : [];
}

/** Reads the state from query parameters; `department` is undefined when the address does not say. */
export function readListState(params: Params): { state: RequirementListState; departmentGiven: boolean } {
  const page = Number(params['page']);
  const size = Number(params['size']);
  const department = list(params['department']);
  return {
    departmentGiven: department.length > 0,
    state: {
      search: typeof params['q'] === 'string' ? params['q'] : '',
      departmentIds: department.filter((id) => id !== ALL_DEPARTMENTS),
      priorities: list(params['priority']).filter((p): p is Priority => p in PRIORITY),
      statuses: list(params['status']).filter((s): s is RequirementStatus => s in REQUIREMENT_STATUS),
      verificationMethods: list(params['verification']).filter(
        (m): m is VerificationMethod => m in VERIFICATION_METHOD,
      ),
      mandatory: params['mandatory'] === 'true' ? true : params['mandatory'] === 'false' ? false : null,
      pageIndex: Number.isInteger(page) && page > 1 ? page - 1 : 0,
      pageSize: PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE,
    },
  };
}

export function listStateParams(state: RequirementListState): Params {
  return {
    q: state.search.trim() || null,
    department: state.departmentIds.length ? state.departmentIds.join(',') : ALL_DEPARTMENTS,
    priority: state.priorities.length ? state.priorities.join(',') : null,
    status: state.statuses.length ? state.statuses.join(',') : null,
    verification: state.verificationMethods.length ? state.verificationMethods.join(',') : null,
    mandatory: state.mandatory === null ? null : String(state.mandatory),
    page: state.pageIndex > 0 ? state.pageIndex + 1 : null,
    size: state.pageSize === DEFAULT_SIZE ? null : state.pageSize,
  };
}

export function listFilter(state: RequirementListState): RequirementFilter {
  return {
    search: state.search.trim() || undefined,
    departmentIds: state.departmentIds.length ? state.departmentIds : undefined,
    priorities: state.priorities.length ? state.priorities : undefined,
    statuses: state.statuses.length ? state.statuses : undefined,
    verificationMethods: state.verificationMethods.length ? state.verificationMethods : undefined,
    mandatory: state.mandatory ?? undefined,
  };
}

/** GET /api/evaluations/:id/requirements/export.csv|xlsx: every requirement, in the import's columns. */
export function requirementsExportUrl(evaluationId: string, format: 'csv' | 'xlsx'): string {
  return `/api/evaluations/${encodeURIComponent(evaluationId)}/requirements/export.${format}`;
}
