import { HttpClient } from '@angular/common/http';
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
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { FormDialogResult, TestResultStatus } from '@assay/web/core';
import {
  DialogService,
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingComponent,
  LoadStateComponent,
  PageHeaderComponent,
  PluralPipe,
} from '@assay/web/ui';
import { SpreadsheetImport, SpreadsheetImportDialog } from '@assay/web/ui/spreadsheet-import';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { CaseFormDialog, CaseFormDialogData } from '../cases/case-form.dialog';
import { CASE_PAGE_SIZES, PlanTab } from '../cases/case-list-state';
import { CaseVersionsDialog, CaseVersionsDialogData } from '../cases/case-versions.dialog';
import { CopyCasesDialog, CopyCasesDialogData } from '../cases/copy-cases.dialog';
import {
  ArchiveTestCaseDocument,
  EvaluationTestPlansDocument,
  TestCaseFieldsFragment,
  TestingHomeDocument,
  TestPlanFieldsFragment,
  TestPlanRequirementsDocument,
  TestRunSummaryFragment,
} from '../testing-plans.generated';
import { caseImportNote } from './case-import-note';
import { caseImport, CaseImportResult, CaseImportRow } from './case-import';
import { PlanFormDialog, PlanFormDialogData } from './plan-form.dialog';
import { PlanPeopleDialog, PlanPeopleDialogData } from './plan-people.dialog';
import { PlanStore } from './plan.store';
import { RunFormDialog, RunFormDialogData } from './run-form.dialog';
import { RunProgressComponent } from './run-progress.component';
import { RESULT_STATUS, runSubject, TEST_PRIORITIES, TEST_PRIORITY } from './test-labels';

const TABS: PlanTab[] = ['cases', 'runs', 'comparison'];

/**
 * /testing/plans/:planId: the plan's scope and criteria; its cases (filtered and paged on the
 * server, the filters in the address; added and edited in a dialog, their versions readable,
 * archived, copied from another plan); its runs with their progress; and the case × run comparison.
 * Controls show from the plan's myAccess.
 */
@Component({
  selector: 'assay-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    MatTabsModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    LoadStateComponent,
    PageHeaderComponent,
    PluralPipe,
    RunProgressComponent,
  ],
  providers: [PlanStore],
  templateUrl: './plan.page.html',
  styleUrl: './plan.page.scss',
})
export class PlanPage implements OnDestroy {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly http = inject(HttpClient);
  private readonly title = inject(Title);
  protected readonly store = inject(PlanStore);

  /** From the route: /testing/plans/:planId */
  readonly planId = input.required<string>();

  protected readonly plan = this.store.plan;
  protected readonly evaluation = this.store.evaluation;
  protected readonly state = this.store.state;
  protected readonly canWrite = computed(() => this.plan()?.myAccess.canWrite ?? false);
  protected readonly tabIndex = computed(() => TABS.indexOf(this.state().tab));
  protected readonly priorities = TEST_PRIORITIES;
  protected readonly priorityLabel = TEST_PRIORITY;
  protected readonly statusLabel = RESULT_STATUS;
  protected readonly pageSizes = CASE_PAGE_SIZES;
  protected readonly subject = runSubject;
  /** The evaluation's requirements, for the filter. */
  protected readonly requirements = signal<{ id: string; code: string; title: string }[]>([]);

  private readonly breakpoints = inject(BreakpointObserver);
  protected readonly narrow = toSignal(
    this.breakpoints.observe('(max-width: 700px)').pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.narrow()
      ? ['key', 'title', 'actions']
      : ['key', 'title', 'priority', 'tags', 'requirements', 'version', 'actions'],
  );
  protected readonly backLink = computed(() => {
    const evaluationId = this.plan()?.evaluationId;
    return evaluationId ? ['/evaluations', evaluationId, 'testing'] : ['/testing'];
  });
  /** The defect and pass-rate trends of the plan's evaluation, or of its product in use. */
  protected readonly trendsLink = computed(() => {
    const plan = this.plan();
    if (plan?.evaluationId) return ['/evaluations', plan.evaluationId, 'testing', 'trends'];
    return plan?.productId ? ['/testing/products', plan.productId, 'trends'] : null;
  });
  protected readonly backLabel = computed(() =>
    this.evaluation() ? `Testing · ${this.evaluation()?.title}` : 'Testing',
  );
  protected readonly subtitle = computed(() => {
    const plan = this.plan();
    if (!plan) return '';
    if (plan.evaluationId) return `Test plan of ${this.evaluation()?.title ?? 'the evaluation'}`;
    const product = this.store.product();
    return product ? `Plan for ${product.name}, in use` : 'Plan for a product in use';
  });
  /** Product plans: "In use: 6.1 · being accepted: 6.2". */
  protected readonly versions = computed(() => {
    const plan = this.plan();
    const names = new Map((this.store.product()?.versions ?? []).map((version) => [version.id, version.name]));
    const current = plan?.currentVersionId ? (names.get(plan.currentVersionId) ?? '?') : 'not said';
    const target = plan?.targetVersionId ? (names.get(plan.targetVersionId) ?? '?') : 'not said';
    return `In use: ${current} · being accepted: ${target}`;
  });

  constructor() {
    effect(() => {
      const id = this.planId();
      untracked(() => void this.start(id));
    });
    effect(() => {
      const plan = this.plan();
      if (plan) this.title.setTitle(`${plan.name} · Testing · Assay`);
    });
  }

  ngOnDestroy(): void {
    this.store.stop();
  }

  protected async start(id: string): Promise<void> {
    await this.store.start(id);
    const evaluationId = this.plan()?.evaluationId;
    if (evaluationId) {
      const result = await firstValueFrom(
        this.apollo.query({ query: TestPlanRequirementsDocument, variables: { evaluationId, limit: 200 } }),
      ).catch(() => null);
      this.requirements.set(result?.data?.requirements.items ?? []);
    }
  }

  protected onTab(index: number): void {
    this.store.setTab(TABS[index] ?? 'cases');
  }

  protected onPage(event: PageEvent): void {
    this.store.setPage(event.pageIndex, event.pageSize);
  }

  protected peopleOf(people: readonly { displayName: string }[]): string {
    return people.map((person) => person.displayName).join(', ');
  }

  protected priorityOf(row: TestCaseFieldsFragment): string {
    return TEST_PRIORITY[row.priority];
  }

  /** The table's rows, typed (the table's template context is not). */
  protected asCase(row: TestCaseFieldsFragment): TestCaseFieldsFragment {
    return row;
  }

  protected tagsOf(row: TestCaseFieldsFragment): string {
    return row.tags.join(', ');
  }

  protected statusClass(status: TestResultStatus | null | undefined): string {
    return `status ${status ? status.toLowerCase() : 'none'}`;
  }

  // ---- the plan ----------------------------------------------------------------------------

  private owners(): { id: string; displayName: string }[] {
    return (this.evaluation()?.members ?? []).map((member) => ({ id: member.userId, displayName: member.displayName }));
  }

  protected async editPlan(plan: TestPlanFieldsFragment): Promise<void> {
    const result = await this.dialogs.openForm<FormDialogResult<TestPlanFieldsFragment>, PlanFormDialogData>(
      PlanFormDialog,
      { plan, owners: this.owners() },
      '680px',
    );
    if (result) await this.store.loadPlan();
  }

  protected async namePeople(): Promise<void> {
    const plan = this.plan();
    if (!plan) return;
    const result = await this.dialogs.openForm<FormDialogResult<boolean>, PlanPeopleDialogData>(PlanPeopleDialog, {
      planId: plan.id,
      planName: plan.name,
      members: plan.members,
    });
    if (result) await this.store.loadPlan();
  }

  // ---- cases -------------------------------------------------------------------------------

  protected async openCase(testCase: TestCaseFieldsFragment | null): Promise<void> {
    const plan = this.plan();
    if (!plan) return;
    const result = await this.dialogs.openForm<FormDialogResult<TestCaseFieldsFragment>, CaseFormDialogData>(
      CaseFormDialog,
      { planId: plan.id, evaluationId: plan.evaluationId ?? null, testCase },
      '820px',
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(testCase ? `Saved ${result.saved.key}.` : `Added ${result.saved.key}.`);
    }
    if (result) await this.store.loadCases();
  }

  /** The cases as a spreadsheet, downloaded by the browser with the session cookie. */
  protected exportUrl(planId: string, format: 'csv' | 'xlsx'): string {
    return `/api/test-plans/${encodeURIComponent(planId)}/cases/export?format=${format}`;
  }

  protected async importCases(plan: TestPlanFieldsFragment): Promise<void> {
    const done = await this.dialogs.openForm<CaseImportResult, SpreadsheetImport<CaseImportResult, CaseImportRow>>(
      SpreadsheetImportDialog,
      caseImport(this.http, plan),
      '820px',
    );
    if (!done) return;
    this.dialogs.notify(caseImportNote(done));
    await this.store.loadCases();
  }

  protected openVersions(testCase: TestCaseFieldsFragment): void {
    void this.dialogs.openForm<undefined, CaseVersionsDialogData>(
      CaseVersionsDialog,
      { caseId: testCase.id, key: testCase.key },
      '640px',
    );
  }

  protected async archive(testCase: TestCaseFieldsFragment): Promise<void> {
    const outcome = await this.dialogs.confirm({
      title: `Archive ${testCase.key}?`,
      message: `“${testCase.title}” leaves the plan’s list and new runs. Runs that include it keep their results.`,
      confirm: 'Archive',
      danger: true,
      run: () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: ArchiveTestCaseDocument,
            variables: { input: { id: testCase.id, version: testCase.version } },
          }),
        ),
    });
    if (outcome === 'done') this.dialogs.notify(`Archived ${testCase.key}.`);
    if (outcome) await this.store.loadCases();
  }

  protected async copyCases(): Promise<void> {
    const plan = this.plan();
    if (!plan) return;
    const plans = await this.otherPlans(plan);
    const result = await this.dialogs.openForm<FormDialogResult<number>, CopyCasesDialogData>(
      CopyCasesDialog,
      { toPlanId: plan.id, plans },
      '680px',
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(`Copied ${result.saved} ${result.saved === 1 ? 'case' : 'cases'}.`);
      await this.store.loadCases();
    }
  }

  /** The plans cases may be copied from: the evaluation's others, or the other product plans one may see. */
  private async otherPlans(plan: TestPlanFieldsFragment): Promise<{ id: string; name: string }[]> {
    if (plan.evaluationId) {
      const result = await firstValueFrom(
        this.apollo.query({
          query: EvaluationTestPlansDocument,
          variables: { id: plan.evaluationId },
          fetchPolicy: 'network-only',
        }),
      );
      return (result.data?.evaluation.testPlans ?? []).filter((other) => other.id !== plan.id);
    }
    const result = await firstValueFrom(this.apollo.query({ query: TestingHomeDocument, fetchPolicy: 'network-only' }));
    return (result.data?.productTestPlans ?? []).filter((other) => other.id !== plan.id);
  }

  // ---- runs --------------------------------------------------------------------------------

  protected async newRun(): Promise<void> {
    const plan = this.plan();
    if (!plan) return;
    const evaluation = this.evaluation();
    const data: RunFormDialogData = evaluation
      ? {
          planId: plan.id,
          candidates: evaluation.candidates
            .filter((candidate) => candidate.state !== 'ELIMINATED')
            .map((candidate) => ({
              id: candidate.id,
              label: `${candidate.productName} ${candidate.versionName} (${candidate.vendorName})`,
            })),
          productId: null,
          targetVersionId: null,
          testers: evaluation.members
            .filter((member) => member.roles.includes('TESTER'))
            .map((member) => ({ id: member.userId, displayName: member.displayName })),
        }
      : {
          planId: plan.id,
          candidates: null,
          productId: plan.productId ?? null,
          targetVersionId: plan.targetVersionId ?? null,
          testers: plan.members,
        };
    const result = await this.dialogs.openForm<FormDialogResult<TestRunSummaryFragment>, RunFormDialogData>(
      RunFormDialog,
      data,
      '680px',
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(`Started a run on ${runSubject(result.saved)}.`);
      await this.store.loadPlan();
    }
  }
}
