import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  OnDestroy,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ErrorCode } from '@assay/domain';
import { Priority, Problem, problemOf, RequirementDecision } from '@assay/web/core';
import {
  DecideRequirementsDocument,
  RequirementFieldsFragment,
  RequirementQuery,
  RequirementsContextDocument,
  RequirementsContextQuery,
  RequirementsDocument,
  SetRequirementPriorityDocument,
} from '../requirements.generated';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadStateComponent,
  LoadingComponent,
  PageHeaderComponent,
  plural,
  PluralPipe,
} from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import {
  EVALUATION_STATUS,
  EVALUATION_STATUS_PHRASE,
  keysOf,
  PRIORITY,
  PRIORITY_HINT,
  REQUIREMENT_STATUS,
} from '../evaluation-labels';
import { EvaluationActions } from '../shared/evaluation-actions.service';
import { RequirementStatusChipComponent } from '../shared/status-chips.component';
import { ImportDialog, ImportDialogData } from './import.dialog';
import { RequirementFormDialog, RequirementFormDialogData } from './requirement-form.dialog';
import {
  listFilter,
  listStateParams,
  PAGE_SIZES,
  readListState,
  RequirementListState,
  requirementsExportUrl,
} from './requirement-list-state';
import { PanelPermissions, RequirementPanelComponent } from './requirement-panel.component';

type Context = RequirementsContextQuery;
type Ref = Pick<RequirementFieldsFragment, 'id' | 'version' | 'code'>;

const GATHERING = new Set(['DRAFT', 'REQUIREMENTS']);
const DECISION_WORDS: Record<RequirementDecision, string> = {
  APPROVE: 'Approved',
  REJECT: 'Rejected',
  REOPEN: 'Reopened',
};

/**
 * An evaluation's requirements: filtered and paged on the server, the state in the address; a
 * panel with one requirement's detail, edit and history; bulk decisions for leads (all or
 * nothing); add, import and export. Department heads start on their own department's list.
 */
@Component({
  selector: 'assay-requirements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    LoadStateComponent,
    PageHeaderComponent,
    PluralPipe,
    RequirementStatusChipComponent,
    RequirementPanelComponent,
  ],
  templateUrl: './requirements.page.html',
  styleUrl: './requirements.page.scss',
})
export class RequirementsPage implements OnDestroy {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly actions = inject(EvaluationActions);
  private readonly title = inject(Title);
  private readonly panel = viewChild(RequirementPanelComponent);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private requestId = 0;

  /** From the route: /evaluations/:id/requirements?requirement=… */
  readonly id = input.required<string>();
  readonly requirement = input<string>();

  protected readonly priorities = keysOf(PRIORITY);
  protected readonly priorityLabel = PRIORITY;
  protected readonly priorityHint = PRIORITY_HINT;
  protected readonly statuses = keysOf(REQUIREMENT_STATUS);
  protected readonly statusLabel = REQUIREMENT_STATUS;
  protected readonly evaluationStatusLabel = EVALUATION_STATUS;
  protected readonly pageSizes = PAGE_SIZES;

  private readonly breakpoints = inject(BreakpointObserver);
  protected readonly narrow = toSignal(
    this.breakpoints.observe('(max-width: 700px)').pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Wide enough for the panel beside the table; otherwise it lies over the page. */
  protected readonly wide = toSignal(
    this.breakpoints.observe('(min-width: 1200px)').pipe(map((state) => state.matches)),
    { initialValue: true },
  );

  protected readonly context = signal<Context | null>(null);
  protected readonly contextError = signal<Problem | null>(null);
  protected readonly rows = signal<RequirementFieldsFragment[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  /** A bulk action that was refused (a stale version: Reload). */
  protected readonly bulkProblem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly state = signal<RequirementListState>({
    search: '',
    departmentIds: [],
    priorities: [],
    statuses: [],
    mandatory: null,
    pageIndex: 0,
    pageSize: 25,
  });
  protected readonly selected = signal<ReadonlyMap<string, Ref>>(new Map());

  // ---- who may do what ----------------------------------------------------------------------

  protected readonly evaluation = computed(() => this.context()?.evaluation ?? null);
  protected readonly departments = computed(() => this.context()?.departments ?? []);
  protected readonly departmentNames = computed(() => new Map(this.departments().map((d) => [d.id, d.name])));
  protected readonly myDepartmentId = computed(() => this.context()?.me.department?.id ?? null);
  /** What the person may do here, as the server works it out (administrators act as leads). */
  protected readonly isLead = computed(() => this.evaluation()?.myPermissions.isLead ?? false);
  protected readonly isDepartmentHead = computed(() => this.evaluation()?.myPermissions.isDepartmentHead ?? false);
  protected readonly open = computed(() => {
    const status = this.evaluation()?.status;
    return !!status && status !== 'CANCELLED' && status !== 'DECIDED';
  });
  protected readonly gathering = computed(() => GATHERING.has(this.evaluation()?.status ?? ''));
  protected readonly canDecide = computed(() => this.evaluation()?.myPermissions.canDecideRequirements ?? false);
  protected readonly canAdd = computed(() => this.evaluation()?.myPermissions.canEditRequirements ?? false);
  protected readonly canImport = this.canAdd;
  /** A department head looking at their own department's list. */
  protected readonly ownDepartmentView = computed(() => {
    const mine = this.myDepartmentId();
    const ids = this.state().departmentIds;
    return !this.isLead() && this.isDepartmentHead() && !!mine && ids.length === 1 && ids[0] === mine;
  });
  protected readonly heading = computed(() =>
    this.ownDepartmentView() ? 'My department’s requirements' : 'Requirements',
  );
  protected readonly subtitle = computed(() => {
    const evaluation = this.evaluation();
    if (!evaluation) return '';
    const department = this.ownDepartmentView()
      ? `${this.departmentNames().get(this.myDepartmentId() ?? '') ?? ''} · `
      : '';
    return `${department}${evaluation.title} (${EVALUATION_STATUS_PHRASE[evaluation.status]})`;
  });
  /** A department head's only filter is their own department: clearing it shows every department. */
  protected readonly onlyOwnDepartment = computed(() => {
    const s = this.state();
    return (
      this.ownDepartmentView() && !s.search.trim() && !s.priorities.length && !s.statuses.length && s.mandatory === null
    );
  });
  protected readonly filtered = computed(() => {
    const s = this.state();
    return !!(
      s.search.trim() ||
      s.departmentIds.length ||
      s.priorities.length ||
      s.statuses.length ||
      s.mandatory !== null
    );
  });
  protected readonly csvUrl = computed(() => requirementsExportUrl(this.id(), 'csv'));
  protected readonly xlsxUrl = computed(() => requirementsExportUrl(this.id(), 'xlsx'));

  protected readonly panelOpen = computed(() => !!this.requirement());
  protected readonly columns = computed(() => {
    const select = this.canDecide() ? ['select'] : [];
    if (this.narrow()) return [...select, 'title'];
    if (this.panelOpen() && this.wide()) return [...select, 'code', 'title', 'priority', 'status'];
    return [...select, 'code', 'title', 'department', 'priority', 'mandatory', 'status'];
  });
  protected readonly allSelected = computed(
    () => this.rows().length > 0 && this.rows().every((row) => this.selected().has(row.id)),
  );
  protected readonly someSelected = computed(() => this.selected().size > 0 && !this.allSelected());

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.start(id));
    });
    effect(() => {
      const evaluation = this.evaluation();
      if (evaluation) this.title.setTitle(`${this.heading()} · ${evaluation.title} · Assay`);
    });
  }

  ngOnDestroy(): void {
    clearTimeout(this.searchTimer);
  }

  /** Loads who the person is in this evaluation, then the list (department heads: their own department first). */
  protected async start(id: string): Promise<void> {
    this.context.set(null);
    this.contextError.set(null);
    this.rows.set([]);
    this.clearSelection();
    const { state, departmentGiven } = readListState(this.route.snapshot.queryParams);
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: RequirementsContextDocument, variables: { evaluationId: id } }),
      );
      this.context.set(result.data ?? null);
    } catch (error) {
      this.contextError.set(problemOf(error));
      this.loading.set(false);
      return;
    }
    const mine = this.myDepartmentId();
    const preset = !departmentGiven && !this.isLead() && this.isDepartmentHead() && mine;
    this.state.set(preset ? { ...state, departmentIds: [preset] } : state);
    this.writeParams();
    await this.load();
  }

  async load(): Promise<void> {
    const request = ++this.requestId;
    this.loading.set(true);
    this.error.set(null);
    const state = this.state();
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: RequirementsDocument,
          variables: {
            evaluationId: this.id(),
            filter: listFilter(state),
            page: { offset: state.pageIndex * state.pageSize, limit: state.pageSize },
          },
        }),
      );
      if (request !== this.requestId) return;
      const rows = result.data?.requirements.items ?? [];
      this.rows.set(rows);
      this.total.set(result.data?.requirements.total ?? 0);
      // A selected row that left the page leaves the selection; the others keep their new version.
      const next = new Map<string, Ref>();
      for (const row of rows) if (this.selected().has(row.id)) next.set(row.id, row);
      this.selected.set(next);
    } catch (error) {
      if (request === this.requestId) this.error.set(problemOf(error).message);
    } finally {
      if (request === this.requestId) this.loading.set(false);
    }
  }

  // ---- filters and paging -------------------------------------------------------------------

  protected onSearch(value: string): void {
    this.state.update((s) => ({ ...s, search: value }));
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.refresh(), 300);
  }

  protected setFilter(change: Partial<RequirementListState>): void {
    this.state.update((s) => ({ ...s, ...change }));
    this.refresh();
  }

  protected clearFilters(): void {
    this.setFilter({ search: '', departmentIds: [], priorities: [], statuses: [], mandatory: null });
  }

  protected showMine(): void {
    const mine = this.myDepartmentId();
    if (mine) this.setFilter({ departmentIds: [mine] });
  }

  protected onPage(event: PageEvent): void {
    this.state.update((s) => ({ ...s, pageIndex: event.pageIndex, pageSize: event.pageSize }));
    this.clearSelection();
    this.writeParams();
    void this.load();
  }

  private refresh(): void {
    clearTimeout(this.searchTimer);
    this.state.update((s) => ({ ...s, pageIndex: 0 }));
    this.clearSelection();
    this.writeParams();
    void this.load();
  }

  private writeParams(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...listStateParams(this.state()), requirement: this.requirement() ?? null },
      replaceUrl: true,
    });
  }

  // ---- the panel ---------------------------------------------------------------------------

  protected closePanel(): void {
    const id = this.requirement();
    void this.router
      .navigate([], {
        relativeTo: this.route,
        queryParams: { requirement: null },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      })
      .then(() => {
        if (id) document.querySelector<HTMLElement>(`[data-requirement="${id}"]`)?.focus();
      });
  }

  /** What the panel offers for one requirement (the server checks again). */
  protected readonly permissions = computed(() => {
    const lead = this.isLead();
    const open = this.open();
    const headOf = this.isDepartmentHead() && this.gathering() ? this.myDepartmentId() : null;
    return (requirement: Pick<RequirementFieldsFragment, 'departmentId' | 'status'>): PanelPermissions => ({
      edit: open && (lead || (!!headOf && requirement.departmentId === headOf && requirement.status !== 'APPROVED')),
      moveDepartment: open && lead,
      decide: open && lead,
    });
  });

  // ---- selection and bulk decisions ---------------------------------------------------------

  protected priorityOf(row: RequirementFieldsFragment): string {
    return PRIORITY[row.priority];
  }

  protected isSelected(row: RequirementFieldsFragment): boolean {
    return this.selected().has(row.id);
  }

  protected toggle(row: RequirementFieldsFragment): void {
    const next = new Map(this.selected());
    if (next.has(row.id)) next.delete(row.id);
    else next.set(row.id, row);
    this.selected.set(next);
  }

  protected toggleAll(): void {
    this.selected.set(this.allSelected() ? new Map() : new Map(this.rows().map((row) => [row.id, row])));
  }

  protected clearSelection(): void {
    this.selected.set(new Map());
  }

  protected bulkDecide(decision: RequirementDecision): Promise<void> {
    return this.decide([...this.selected().values()], decision);
  }

  protected decideOne(event: {
    requirement: RequirementQuery['requirement'];
    decision: RequirementDecision;
  }): Promise<void> {
    return this.decide([event.requirement], event.decision);
  }

  private async decide(refs: Ref[], decision: RequirementDecision): Promise<void> {
    if (refs.length === 0) return;
    const what = refs.length === 1 ? refs[0].code : plural(refs.length, 'requirement');
    const input = { decision, requirements: refs.map((ref) => ({ id: ref.id, version: ref.version })) };
    if (decision === 'REJECT') {
      const outcome = await this.actions.act({
        title: `Reject ${what}?`,
        message: 'Department heads see the comment with each requirement. You can reopen them later.',
        text: { label: 'Why are they rejected?', required: true, field: 'comment' },
        confirm: 'Reject',
        danger: true,
        run: (comment) =>
          firstValueFrom(
            this.apollo.mutate({ mutation: DecideRequirementsDocument, variables: { input: { ...input, comment } } }),
          ),
      });
      if (!outcome) return;
      if (outcome === 'done') this.actions.notify(`Rejected ${what}.`);
      await this.afterChange();
      return;
    }
    await this.runBulk(
      () => firstValueFrom(this.apollo.mutate({ mutation: DecideRequirementsDocument, variables: { input } })),
      `${DECISION_WORDS[decision]} ${what}.`,
    );
  }

  protected setPriority(priority: Priority): Promise<void> {
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
      this.actions.notify(done);
      await this.afterChange();
    } catch (error) {
      this.bulkProblem.set(problemOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected isConflict(problem: Problem): boolean {
    return problem.stale || problem.code === ErrorCode.Conflict;
  }

  /** After a refused bulk action: the current versions, and nothing selected. */
  protected async reloadAfterProblem(): Promise<void> {
    this.bulkProblem.set(null);
    await this.afterChange();
  }

  private async afterChange(): Promise<void> {
    this.clearSelection();
    void this.panel()?.load();
    await this.load();
  }

  // ---- add, import -------------------------------------------------------------------------

  protected async openAdd(): Promise<void> {
    const departments = this.isLead()
      ? this.departments()
      : this.departments().filter((d) => d.id === this.myDepartmentId());
    const result = await this.actions.openForm<RequirementFieldsFragment, RequirementFormDialogData>(
      RequirementFormDialog,
      {
        evaluationId: this.id(),
        departments,
        defaultDepartmentId: this.myDepartmentId() ?? this.state().departmentIds[0] ?? null,
      },
    );
    if (result && 'saved' in result) {
      this.actions.notify(`Added ${result.saved.code}.`);
      await this.load();
    }
  }

  protected async openImport(): Promise<void> {
    const evaluation = this.evaluation();
    if (!evaluation) return;
    const departmentNote = this.isLead()
      ? undefined
      : `As a department head you import rows for ${this.departmentNames().get(this.myDepartmentId() ?? '') ?? 'your department'} only; rows for other departments are reported as problems.`;
    const imported = await firstValueFrom(
      this.dialog
        .open<ImportDialog, ImportDialogData, boolean>(ImportDialog, {
          data: { evaluationId: evaluation.id, evaluationTitle: evaluation.title, departmentNote },
          width: '760px',
          maxWidth: '95vw',
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
    );
    if (imported) await this.afterChange();
  }
}
