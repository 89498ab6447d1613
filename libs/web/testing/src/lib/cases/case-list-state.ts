import type { Params } from '@angular/router';
import type { TestCaseFilter, TestPriority } from '@assay/web/core';
import { TEST_PRIORITY } from '../plans/test-labels';

/** Which part of the plan page shows. */
export type PlanTab = 'cases' | 'runs' | 'comparison';
const TABS: readonly PlanTab[] = ['cases', 'runs', 'comparison'];

/** What the plan page's case list shows, as it travels in the address. */
export interface CaseListState {
  tab: PlanTab;
  text: string;
  priorities: TestPriority[];
  tag: string;
  requirementId: string;
  section: string;
  pageIndex: number;
  pageSize: number;
}

export const CASE_PAGE_SIZES = [25, 50, 100];
const DEFAULT_SIZE = 25;

function list(value: unknown): string[] {
  return typeof value === 'string' && value ? value.split(',') : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function readCaseListState(params: Params): CaseListState {
  const page = Number(params['page']);
  const size = Number(params['size']);
  const tab = text(params['tab']) as PlanTab;
  return {
    tab: TABS.includes(tab) ? tab : 'cases',
    text: text(params['q']),
    priorities: list(params['priority']).filter((p): p is TestPriority => p in TEST_PRIORITY),
    tag: text(params['tag']),
    requirementId: text(params['requirement']),
    section: text(params['section']),
    pageIndex: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    pageSize: CASE_PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE,
  };
}

/** The state as query parameters; defaults are left out so that addresses stay short. */
export function caseListParams(state: CaseListState): Params {
  return {
    tab: state.tab === 'cases' ? null : state.tab,
    q: state.text.trim() || null,
    priority: state.priorities.length ? state.priorities.join(',') : null,
    tag: state.tag.trim() || null,
    requirement: state.requirementId || null,
    section: state.section.trim() || null,
    page: state.pageIndex > 0 ? state.pageIndex + 1 : null,
    size: state.pageSize === DEFAULT_SIZE ? null : state.pageSize,
  };
}

export function caseFilter(state: CaseListState): TestCaseFilter {
  return {
    text: state.text.trim() || undefined,
    priorities: state.priorities.length ? state.priorities : undefined,
    tag: state.tag.trim() || undefined,
    requirementId: state.requirementId || undefined,
    section: state.section.trim() || undefined,
  };
}

export function isFiltered(state: CaseListState): boolean {
  return !!(
    state.text.trim() ||
    state.priorities.length ||
    state.tag.trim() ||
    state.requirementId ||
    state.section.trim()
  );
}
