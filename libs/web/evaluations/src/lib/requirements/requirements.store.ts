import { computed, inject, Injectable, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { needsReload } from '@assay/domain';
import { loader, Priority, Problem, problemOf, RequirementDecision } from '@assay/web/core';
import {
  DecideRequirementsDocument,
  RequirementFieldsFragment,
  RequirementsContextDocument,
  RequirementsContextQuery,
  RequirementsDocument,
  SetRequirementPriorityDocument,
} from '../requirements.generated';
import { DialogService, plural } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PRIORITY_HINT } from '../evaluation-labels';
import { listFilter, listStateParams, readListState, RequirementListState } from './requirement-list-state';

export type RequirementsContext = RequirementsContextQuery;
/** What a change to a requirement needs: which one, the version seen, and its code in messages. */
export type RequirementRef = Pick<RequirementFieldsFragment, 'id' | 'version' | 'code' | 'status'>;

const DECISION_WORDS: Record<RequirementDecision, string> = {
  APPROVE: 'Approved',
  REJECT: 'Rejected',
  REOPEN: 'Reopened',
};

/**
 * The requirements page's state: who the person is in the evaluation (the context), the list
 * with its filters and paging as they travel in the address, the selection, and the bulk
 * decisions and priority changes on it (all or nothing). `revision` moves after every change,
 * for the parts of the page that show a requirement of their own.
 */
@Injectable()
export class RequirementsStore {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialogs = inject(DialogService);
  private readonly contextLoader = loader({ loading: true });
  private readonly listLoader = loader({ loading: true });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  readonly id = signal('');
  readonly context = signal<RequirementsContext | null>(null);
  readonly contextError = this.contextLoader.error;
  readonly rows = signal<RequirementFieldsFragment[]>([]);
  readonly total = signal(0);
  readonly loading = this.listLoader.loading;
  readonly error = this.listLoader.error;
  /** A bulk action that was refused (a stale version: Reload). */
  readonly bulkProblem = signal<Problem | null>(null);
  readonly busy = signal(false);
  readonly state = signal<RequirementListState>({
    search: '',
    departmentIds: [],
    priorities: [],
    statuses: [],
    verificationMethods: [],
    mandatory: null,
    pageIndex: 0,
    pageSize: 25,
  });
  readonly selected = signal<ReadonlyMap<string, RequirementRef>>(new Map());
  readonly revision = signal(0);

  readonly filtered = computed(() => {
    const s = this.state();
    return !!(
      s.search.trim() ||
      s.departmentIds.length ||
      s.priorities.length ||
      s.statuses.length ||
      s.verificationMethods.length ||
      s.mandatory !== null
    );
  });
  readonly allSelected = computed(
    () => this.rows().length > 0 && this.rows().every((row) => this.selected().has(row.id)),
  );
  readonly someSelected = computed(() => this.selected().size > 0 && !this.allSelected());

  /**
   * Loads who the person is in this evaluation, then the list in the address's state; when the
   * address names no department, `preset` may choose one (a department head's own).
   */
  async start(id: string, preset: () => string | null): Promise<void> {
    this.id.set(id);
    this.context.set(null);
    this.rows.set([]);
    this.clearSelection();
    const { state, departmentGiven } = readListState(this.route.snapshot.queryParams);
    let loaded = false;
    await this.contextLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: RequirementsContextDocument, variables: { evaluationId: id } }),
      );
      this.context.set(result.data ?? null);
      loaded = true;
    });
    if (!loaded) return;
    const department = departmentGiven ? null : preset();
    this.state.set(department ? { ...state, departmentIds: [department] } : state);
    this.writeParams();
    await this.load();
  }

  load(): Promise<void> {
    const state = this.state();
    return this.listLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: RequirementsDocument,
          variables: {
            evaluationId: this.id(),
            filter: listFilter(state),
            page: { offset: state.pageIndex * state.pageSize, limit: state.pageSize },
          },
        }),
      );
      const rows = result.data?.requirements.items ?? [];
      this.rows.set(rows);
      this.total.set(result.data?.requirements.total ?? 0);
      // A selected row that left the page leaves the selection; the others keep their new version.
      const next = new Map<string, RequirementRef>();
      for (const row of rows) if (this.selected().has(row.id)) next.set(row.id, row);
      this.selected.set(next);
    });
  }

  stop(): void {
    clearTimeout(this.searchTimer);
  }

  // ---- filters and paging -------------------------------------------------------------------

  /** Typing in the search box: the list follows once the typing pauses. */
  search(value: string): void {
    this.state.update((s) => ({ ...s, search: value }));
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.refresh(), 300);
  }

  setFilter(change: Partial<RequirementListState>): void {
    this.state.update((s) => ({ ...s, ...change }));
    this.refresh();
  }

  clearFilters(): void {
    this.setFilter({
      search: '',
      departmentIds: [],
      priorities: [],
      statuses: [],
      verificationMethods: [],
      mandatory: null,
    });
  }

  setPage(pageIndex: number, pageSize: number): void {
    this.state.update((s) => ({ ...s, pageIndex, pageSize }));
    this.clearSelection();
    this.writeParams();
    void this.load();
  }

  /** Back to the first page with the current filter, in the address and on screen. */
  private refresh(): void {
    clearTimeout(this.searchTimer);
    this.state.update((s) => ({ ...s, pageIndex: 0 }));
    this.clearSelection();
    this.writeParams();
    void this.load();
  }

  /** The list's state into the address (the open requirement stays as it is). */
  private writeParams(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: listStateParams(this.state()),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  // ---- selection -------------------------------------------------------------------------

  isSelected(row: RequirementFieldsFragment): boolean {
    return this.selected().has(row.id);
  }

  toggle(row: RequirementFieldsFragment): void {
    const next = new Map(this.selected());
    if (next.has(row.id)) next.delete(row.id);
    else next.set(row.id, row);
    this.selected.set(next);
  }

  toggleAll(): void {
    this.selected.set(this.allSelected() ? new Map() : new Map(this.rows().map((row) => [row.id, row])));
  }

  clearSelection(): void {
    this.selected.set(new Map());
  }

  // ---- decisions and priorities ------------------------------------------------------------

  bulkDecide(decision: RequirementDecision): Promise<void> {
    return this.decide([...this.selected().values()], decision);
  }

  /** Approves, rejects (asking why) or reopens the requirements, all or none. */
  async decide(refs: RequirementRef[], decision: RequirementDecision): Promise<void> {
    if (refs.length === 0) return;
    const what = refs.length === 1 ? refs[0].code : plural(refs.length, 'requirement');
    const input = { decision, requirements: refs.map((ref) => ({ id: ref.id, version: ref.version })) };
    if (decision === 'REJECT') {
      const outcome = await this.dialogs.confirm({
        title: `Reject ${what}?`,
        message: 'Department heads see the comment with each requirement. You can reopen them later.',
        text: { label: 'Why are they rejected?', required: true, field: 'comment' },
        confirm: 'Reject',
        danger: true,
        run: ({ text: comment }) =>
          firstValueFrom(
            this.apollo.mutate({ mutation: DecideRequirementsDocument, variables: { input: { ...input, comment } } }),
          ),
      });
      if (!outcome) return;
      if (outcome === 'done') this.dialogs.notify(`Rejected ${what}.`);
      await this.changed();
      return;
    }
    await this.runBulk(
      () => firstValueFrom(this.apollo.mutate({ mutation: DecideRequirementsDocument, variables: { input } })),
      `${DECISION_WORDS[decision]} ${what}.`,
    );
  }

  setPriority(priority: Priority): Promise<void> {
    const refs = [...this.selected().values()];
    if (refs.length === 0) return Promise.resolve();
    return this.runBulk(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: SetRequirementPriorityDocument,
            variables: { input: { priority, requirements: refs.map((ref) => ({ id: ref.id, version: ref.version })) } },
          }),
        ),
      `${plural(refs.length, 'requirement')} now ${PRIORITY_HINT[priority].toLowerCase()}.`,
    );
  }

  private async runBulk(change: () => Promise<unknown>, done: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.bulkProblem.set(null);
    try {
      await change();
      this.dialogs.notify(done);
      await this.changed();
    } catch (error) {
      this.bulkProblem.set(problemOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  isConflict(problem: Problem): boolean {
    return needsReload(problem);
  }

  /** After a refused bulk action: the current versions, and nothing selected. */
  async reloadAfterProblem(): Promise<void> {
    this.bulkProblem.set(null);
    await this.changed();
  }

  /** After any change: nothing selected, the open requirement and the list again. */
  async changed(): Promise<void> {
    this.clearSelection();
    this.revision.update((n) => n + 1);
    await this.load();
  }
}
