import type { JUnitCase, JUnitFailureKind, JUnitStatus } from './junit-parser';

/** A case of the plan as matching needs it. */
export interface PlanCase {
  id: string;
  key: string;
  automationName: string | null;
  currentVersion: number;
  archived: boolean;
}

/** What one case of the plan gets from the file: the tests that matched it, merged. */
export interface ImportedResult {
  caseId: string;
  caseVersion: number;
  /** A result's status: an imported test passed, failed or was skipped (never blocked or retest). */
  status: JUnitStatus;
  actualResult: string;
  durationSeconds: number | null;
  failureKind: JUnitFailureKind | null;
  failureMessage: string | null;
  failureOutput: string | null;
}

export interface Matching {
  /** One per matched case of the plan. */
  results: ImportedResult[];
  /** Tests that matched an existing case. */
  matched: number;
  /** Tests that matched nothing, in file order; `archivedKey` when they name a case that is archived. */
  unmatched: { test: JUnitCase; archivedKey: boolean }[];
}

/** The most a stored text (output, message) keeps; longer ones keep their start and end. */
export const MAX_STORED_CHARS = 65_536;
/** Automation names are compared and stored at most this long (the case form's limit). */
export const MAX_AUTOMATION_NAME = 1000;

/** A key written in brackets: `[CIRC-T-001]`, `test_x[CIRC-T-006]`, `TestX/[CIRC-T-001]_renews`. */
const BRACKETED_KEY = /\[([A-Z0-9][A-Z0-9-]*-\d+)\]/g;

/** The keys written in a test's name, then in its classname (some runners put the title there). */
export function keysIn(test: Pick<JUnitCase, 'name' | 'classname'>): string[] {
  const keys: string[] = [];
  for (const text of [test.name, test.classname])
    for (const match of text.matchAll(BRACKETED_KEY)) if (!keys.includes(match[1])) keys.push(match[1]);
  return keys;
}

/** The "classname name" a case's automation name holds for this test. */
export function automationNameOf(test: Pick<JUnitCase, 'name' | 'classname'>): string {
  return `${test.classname} ${test.name}`.trim().replace(/\s+/g, ' ').slice(0, MAX_AUTOMATION_NAME);
}

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').slice(0, MAX_AUTOMATION_NAME);

/** Failed is worse than passed, which is worse than skipped (a test that ran says more than one that did not). */
const SEVERITY = { skipped: 0, passed: 1, failed: 2 } as const;

/**
 * Matches a report's tests to the plan's cases: by a key written in the test's name (the first one
 * that names a case of the plan), else by "classname name" against the case's automation name.
 * Archived cases match nothing.
 *
 * Several tests may match one case (a parametrised test, one test per browser): the case gets the
 * worst status among them — failed over passed over skipped — with the first failure's kind,
 * message and output, every test's output, and their durations added up. A case covered by a
 * failing test is failed, whichever order the runner wrote them in.
 */
export function matchTests(tests: JUnitCase[], cases: PlanCase[]): Matching {
  const byKey = new Map(cases.map((c) => [c.key, c]));
  const byName = new Map<string, PlanCase>();
  for (const c of cases) {
    if (c.archived || !c.automationName) continue;
    const name = normalise(c.automationName);
    if (!byName.has(name)) byName.set(name, c);
  }
  const merged = new Map<string, { planCase: PlanCase; tests: JUnitCase[] }>();
  const unmatched: Matching['unmatched'] = [];
  let matched = 0;
  for (const test of tests) {
    let archivedKey = false;
    let found: PlanCase | undefined;
    for (const key of keysIn(test)) {
      const c = byKey.get(key);
      if (!c) continue;
      if (c.archived) archivedKey = true;
      else {
        found = c;
        break;
      }
    }
    found ??= archivedKey ? undefined : byName.get(automationNameOf(test));
    if (!found) {
      unmatched.push({ test, archivedKey });
      continue;
    }
    matched++;
    const entry = merged.get(found.id);
    if (entry) entry.tests.push(test);
    else merged.set(found.id, { planCase: found, tests: [test] });
  }
  return {
    results: [...merged.values()].map(({ planCase, tests: matching }) => resultOf(planCase, matching)),
    matched,
    unmatched,
  };
}

/** The result a case gets from the tests that matched it. */
export function resultOf(planCase: Pick<PlanCase, 'id' | 'currentVersion'>, tests: JUnitCase[]): ImportedResult {
  const worst = tests.reduce((a, b) => (SEVERITY[b.status] > SEVERITY[a.status] ? b : a));
  const failing = tests.find((test) => test.status === 'failed') ?? null;
  const timed = tests.filter((test) => test.seconds !== null);
  const several = tests.length > 1;
  const printed = tests
    .map((test) => {
      const parts = [
        test.status === 'skipped' ? `Skipped${test.message ? `: ${test.message}` : ''}` : '',
        test.systemOut,
        test.systemErr,
      ].filter((part) => part !== '');
      if (parts.length === 0) return '';
      return several ? `${test.classname} ${test.name}\n${parts.join('\n')}` : parts.join('\n');
    })
    .filter((text) => text !== '');
  return {
    caseId: planCase.id,
    caseVersion: planCase.currentVersion,
    status: worst.status,
    actualResult: bounded(printed.join('\n\n')),
    durationSeconds: timed.length === 0 ? null : Math.round(timed.reduce((sum, test) => sum + (test.seconds ?? 0), 0)),
    failureKind: failing?.failureKind ?? null,
    failureMessage: failing ? bounded(failing.message) : null,
    failureOutput: failing ? bounded(failing.detail) : null,
  };
}

/** A text cut to MAX_STORED_CHARS, keeping its start and its end (where a stack trace or log ends). */
export function bounded(text: string): string {
  if (text.length <= MAX_STORED_CHARS) return text;
  const half = Math.floor((MAX_STORED_CHARS - 40) / 2);
  const cut = text.length - 2 * half;
  return `${text.slice(0, half)}\n… ${cut.toLocaleString('en')} characters left out …\n${text.slice(-half)}`;
}
