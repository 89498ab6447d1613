import { computed, inject, Injectable, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { loader, Problem, problemOf, TestResultStatus } from '@assay/web/core';
import { needsReload } from '@assay/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  CloseRunDocument,
  DeleteResultAttachmentDocument,
  RecordRunResultDocument,
  RunFieldsFragment,
  RunRequirementsDocument,
  RunResultFieldsFragment,
  TestRunPageDocument,
  TestRunPlanDocument,
  TestRunPlanQuery,
  TestRunProgressDocument,
  TestRunResultsDocument,
} from '../testing-runs.generated';
import { filtersToParams, NO_FILTERS, RunFilters } from './run-format';

export type RunResult = RunResultFieldsFragment;
export type RunAttachment = RunResult['attachments'][number];
export type RunPlan = TestRunPlanQuery['testPlan'];

/** How many results one request fetches as the list scrolls. */
export const RESULTS_PAGE = 100;

/** What the tester is entering for the open case, saved as it changes. */
export interface ResultDraft {
  resultId: string;
  status: TestResultStatus;
  actualResult: string;
  steps: { status: TestResultStatus; actual: string }[];
}

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** How long after the last keystroke a change is saved. */
const SAVE_DELAY_MS = 800;

function draftOf(result: RunResult): ResultDraft {
  return {
    resultId: result.id,
    status: result.status,
    actualResult: result.actualResult,
    steps: result.caseVersion.steps.map((_, i) => ({
      status: result.stepResults[i]?.status ?? 'UNTESTED',
      actual: result.stepResults[i]?.actual ?? '',
    })),
  };
}

/**
 * The run page's state: the run and its plan, the case list (only the pages of results the list
 * has scrolled to, fetched with the filters from the address), the case open in the executor with
 * what the tester entered, and its autosave: debounced, one save after another, each on the
 * version the last one returned.
 */
@Injectable()
export class RunStore {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly loader = loader({ loading: true });

  readonly runId = signal<string | null>(null);
  readonly run = signal<RunFieldsFragment | null>(null);
  readonly plan = signal<RunPlan | null>(null);
  readonly requirements = signal<{ id: string; code: string; title: string }[]>([]);
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;

  readonly filters = signal<RunFilters>(NO_FILTERS);
  /** One entry per result that matches the filters; null until its page was fetched. */
  readonly rows = signal<readonly (RunResult | null)[]>([]);
  readonly listLoading = signal(false);
  readonly listError = signal<Problem | null>(null);
  private generation = 0;
  private readonly pagesRequested = new Set<number>();

  readonly selected = signal(0);
  readonly current = computed(() => this.rows()[this.selected()] ?? null);
  readonly draft = signal<ResultDraft | null>(null);
  readonly saveState = signal<SaveState>('idle');
  readonly saveProblem = signal<string | null>(null);
  readonly uploading = signal(false);
  readonly uploadProblem = signal<string | null>(null);

  readonly closed = computed(() => this.run()?.status === 'CLOSED');
  /** Results are recorded by the run's executors while it is open; everyone else reads. */
  readonly canExecute = computed(() => !this.closed() && (this.plan()?.myAccess.canExecute ?? false));
  readonly canClose = computed(() => !this.closed() && (this.plan()?.myAccess.canWrite ?? false));

  private dirty = false;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private saveChain: Promise<unknown> = Promise.resolve();
  /** The duration to save with the draft; the page's timer provides it. */
  durationOf: () => number | null = () => null;

  async load(id = this.runId()): Promise<void> {
    if (!id) return;
    this.runId.set(id);
    await this.loader.run(async (step) => {
      const run = (
        await step(this.apollo.query({ query: TestRunPageDocument, variables: { id }, fetchPolicy: 'no-cache' }))
      ).data?.testRun;
      if (!run) return;
      const plan = (
        await step(
          this.apollo.query({ query: TestRunPlanDocument, variables: { id: run.planId }, fetchPolicy: 'no-cache' }),
        )
      ).data?.testPlan;
      let requirements: { id: string; code: string; title: string }[] = [];
      if (plan?.evaluationId) {
        const found = await step(
          this.apollo.query({
            query: RunRequirementsDocument,
            variables: { evaluationId: plan.evaluationId },
            fetchPolicy: 'no-cache',
          }),
        );
        requirements = found.data?.requirements.items ?? [];
      }
      this.run.set(run);
      this.plan.set(plan ?? null);
      this.requirements.set(requirements);
    });
    if (this.run()) await this.reloadList();
  }

  /** Applies new filters: the address keeps them, and the list starts again from its first case. */
  async setFilters(filters: RunFilters): Promise<void> {
    await this.flush();
    this.filters.set(filters);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams(filters),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
    this.selected.set(0);
    await this.reloadList();
  }

  /** Fetches the list's first page again, forgetting the others. */
  async reloadList(): Promise<void> {
    const generation = ++this.generation;
    this.pagesRequested.clear();
    this.listLoading.set(true);
    this.listError.set(null);
    try {
      const page = await this.fetchPage(0);
      if (generation !== this.generation) return;
      const rows: (RunResult | null)[] = new Array(page.total).fill(null);
      page.items.forEach((item, i) => (rows[i] = item));
      this.pagesRequested.add(0);
      this.rows.set(rows);
      const index = Math.min(this.selected(), Math.max(0, rows.length - 1));
      this.selected.set(index);
      this.resetDraft();
    } catch (error) {
      if (generation === this.generation) this.listError.set(problemOf(error));
    } finally {
      if (generation === this.generation) this.listLoading.set(false);
    }
  }

  /** Makes sure the results from `start` to `end` (exclusive) are fetched, a page at a time. */
  ensureRange(start: number, end: number): void {
    const total = this.rows().length;
    const last = Math.min(end, total) - 1;
    for (let page = Math.floor(Math.max(0, start) / RESULTS_PAGE); page * RESULTS_PAGE <= last; page++) {
      if (this.pagesRequested.has(page)) continue;
      this.pagesRequested.add(page);
      void this.loadPage(page, this.generation);
    }
  }

  private async loadPage(page: number, generation: number): Promise<void> {
    try {
      const { items } = await this.fetchPage(page);
      if (generation !== this.generation) return;
      this.rows.update((rows) => {
        const next = [...rows];
        items.forEach((item, i) => {
          if (page * RESULTS_PAGE + i < next.length) next[page * RESULTS_PAGE + i] = item;
        });
        return next;
      });
      if (!this.draft() && this.current()) this.resetDraft();
    } catch (error) {
      if (generation !== this.generation) return;
      this.pagesRequested.delete(page);
      this.listError.set(problemOf(error));
    }
  }

  private async fetchPage(page: number): Promise<{ total: number; items: RunResult[] }> {
    const filters = this.filters();
    const result = await firstValueFrom(
      this.apollo.query({
        query: TestRunResultsDocument,
        variables: {
          id: this.runId() ?? '',
          filter: {
            statuses: filters.statuses.length ? filters.statuses : undefined,
            priorities: filters.priorities.length ? (filters.priorities as never) : undefined,
            tag: filters.tag.trim() || undefined,
            requirementId: filters.requirementId ?? undefined,
            text: filters.text.trim() || undefined,
          },
          page: { offset: page * RESULTS_PAGE, limit: RESULTS_PAGE },
        },
        fetchPolicy: 'no-cache',
      }),
    );
    return result.data?.testRun.results ?? { total: 0, items: [] };
  }

  // ---- the open case -------------------------------------------------------------------------

  /** Opens the case at `index` of the list, saving what was entered on the one before. */
  async open(index: number): Promise<void> {
    const total = this.rows().length;
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, index));
    if (next === this.selected() && this.draft()?.resultId === this.current()?.id) return;
    void this.flush();
    this.selected.set(next);
    this.ensureRange(next, next + 1);
    this.resetDraft();
  }

  move(by: number): Promise<void> {
    return this.open(this.selected() + by);
  }

  private resetDraft(): void {
    const current = this.current();
    this.draft.set(current ? draftOf(current) : null);
    this.saveState.set('idle');
    this.saveProblem.set(null);
    this.uploadProblem.set(null);
  }

  setStatus(status: TestResultStatus): void {
    this.change((draft) => ({ ...draft, status }), true);
  }

  setActualResult(actualResult: string): void {
    this.change((draft) => ({ ...draft, actualResult }));
  }

  setStepStatus(index: number, status: TestResultStatus): void {
    this.change(
      (draft) => ({ ...draft, steps: draft.steps.map((s, i) => (i === index ? { ...s, status } : s)) }),
      true,
    );
  }

  setStepActual(index: number, actual: string): void {
    this.change((draft) => ({ ...draft, steps: draft.steps.map((s, i) => (i === index ? { ...s, actual } : s)) }));
  }

  /** The duration was edited: saved like any other change. */
  durationChanged(): void {
    this.change((draft) => draft);
  }

  private change(update: (draft: ResultDraft) => ResultDraft, now = false): void {
    const draft = this.draft();
    if (!draft || !this.canExecute()) return;
    this.draft.set(update(draft));
    this.dirty = true;
    this.saveState.set('pending');
    if (this.saveTimer) clearTimeout(this.saveTimer);
    if (now) void this.flush();
    else this.saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves what is pending now; resolves once every save queued so far has finished. */
  flush(): Promise<unknown> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const draft = this.draft();
    if (this.dirty && draft) {
      this.dirty = false;
      const snapshot = { ...draft, durationSeconds: this.durationOf() };
      const send = () => this.send(snapshot);
      this.saveChain = this.saveChain.then(send, send);
    }
    return this.saveChain;
  }

  private async send(draft: ResultDraft & { durationSeconds: number | null }): Promise<void> {
    const index = this.rows().findIndex((row) => row?.id === draft.resultId);
    const row = this.rows()[index];
    if (!row) return;
    const isOpen = () => this.draft()?.resultId === draft.resultId;
    if (isOpen()) this.saveState.set('saving');
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: RecordRunResultDocument,
          variables: {
            input: {
              id: row.id,
              version: row.version,
              status: draft.status,
              actualResult: draft.actualResult,
              stepResults: draft.steps.map((s) => ({ status: s.status, actual: s.actual })),
              durationSeconds: draft.durationSeconds,
            },
          },
          fetchPolicy: 'no-cache',
        }),
      );
      const saved = result.data?.recordTestResult;
      if (saved) this.replaceRow(saved);
      if (isOpen()) this.saveState.set(this.dirty ? 'pending' : 'saved');
      void this.refreshProgress();
    } catch (error) {
      const problem = problemOf(error);
      if (needsReload(problem)) {
        // Someone else saved this result meanwhile: show their words, and what is saved now.
        await this.reloadRow(index);
        void this.refreshProgress();
        if (isOpen()) {
          this.dirty = false;
          this.resetDraft();
          this.saveState.set('error');
          this.saveProblem.set(`${problem.message} The case now shows what was saved; enter your changes again.`);
        }
      } else if (isOpen()) {
        this.dirty = true;
        this.saveState.set('error');
        this.saveProblem.set(problem.message);
      }
    }
  }

  private replaceRow(saved: RunResult): void {
    this.rows.update((rows) => {
      const index = rows.findIndex((row) => row?.id === saved.id);
      if (index < 0) return rows;
      const next = [...rows];
      next[index] = saved;
      return next;
    });
  }

  private async reloadRow(index: number): Promise<void> {
    if (index < 0) return;
    const page = Math.floor(index / RESULTS_PAGE);
    try {
      const { items } = await this.fetchPage(page);
      for (const item of items) this.replaceRow(item);
    } catch {
      // The list keeps what it had; the next save will say what is wrong.
    }
  }

  /** Reads the open case's result again (e.g. after a defect was linked to it). */
  refreshCurrent(): Promise<void> {
    return this.reloadRow(this.selected());
  }

  async refreshProgress(): Promise<void> {
    const id = this.runId();
    if (!id) return;
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: TestRunProgressDocument, variables: { id }, fetchPolicy: 'no-cache' }),
      );
      const fresh = result.data?.testRun;
      if (fresh) this.run.update((run) => (run ? { ...run, ...fresh } : run));
    } catch {
      // Progress catches up with the next save or reload.
    }
  }

  // ---- evidence ------------------------------------------------------------------------------

  /** Uploads a file (or a pasted screenshot) as evidence on the open case's result. */
  async attach(file: File, name = file.name): Promise<void> {
    const current = this.current();
    if (!current || !this.canExecute()) return;
    this.uploading.set(true);
    this.uploadProblem.set(null);
    try {
      const form = new FormData();
      form.append('file', file, name);
      const response = await fetch(`/api/test-results/${current.id}/attachments`, {
        method: 'POST',
        headers: { 'X-Requested-With': 'assay' },
        body: form,
        credentials: 'same-origin',
      });
      const body = (await response.json().catch(() => ({}))) as Partial<RunAttachment> & { message?: string };
      if (!response.ok) throw new Error(body.message ?? `The upload failed (HTTP ${response.status}).`);
      const attachment = body as RunAttachment;
      this.patchAttachments(current.id, (list) => [...list, { ...attachment, __typename: 'TestResultAttachment' }]);
    } catch (error) {
      this.uploadProblem.set(error instanceof Error ? error.message : problemOf(error).message);
    } finally {
      this.uploading.set(false);
    }
  }

  async removeAttachment(attachment: RunAttachment): Promise<void> {
    const current = this.current();
    if (!current) return;
    await firstValueFrom(
      this.apollo.mutate({
        mutation: DeleteResultAttachmentDocument,
        variables: { id: attachment.id },
        fetchPolicy: 'no-cache',
      }),
    );
    this.patchAttachments(current.id, (list) => list.filter((a) => a.id !== attachment.id));
  }

  private patchAttachments(resultId: string, update: (list: RunAttachment[]) => RunAttachment[]): void {
    this.rows.update((rows) => {
      const index = rows.findIndex((row) => row?.id === resultId);
      const row = rows[index];
      if (!row) return rows;
      const next = [...rows];
      next[index] = { ...row, attachments: update(row.attachments) };
      return next;
    });
  }

  // ---- the run -------------------------------------------------------------------------------

  async close(): Promise<void> {
    const run = this.run();
    if (!run) return;
    await this.flush();
    await firstValueFrom(
      this.apollo.mutate({
        mutation: CloseRunDocument,
        variables: { input: { id: run.id, version: run.version } },
        fetchPolicy: 'no-cache',
      }),
    );
  }
}
