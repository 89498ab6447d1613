import { computed, inject, Injectable, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  caseFilter,
  caseListParams,
  CaseListState,
  isFiltered,
  PlanTab,
  readCaseListState,
} from '../cases/case-list-state';
import {
  TestCaseFieldsFragment,
  TestCaseKeyDocument,
  TestComparisonDocument,
  TestComparisonQuery,
  TestPlanCasesDocument,
  TestPlanDocument,
  TestPlanEvaluationDocument,
  TestPlanEvaluationQuery,
  TestPlanQuery,
  ProductVersionsDocument,
  ProductVersionsQuery,
} from '../testing-plans.generated';

export type PlanDetail = TestPlanQuery['testPlan'];
export type PlanEvaluation = NonNullable<TestPlanEvaluationQuery['evaluation']>;
export type PlanProduct = ProductVersionsQuery['product'];
export type Comparison = TestComparisonQuery['testPlan']['comparison'];

/**
 * The plan page's state: the plan (with its runs), its evaluation's people and candidates, and
 * the case list and comparison with their filters and paging as they travel in the address.
 */
@Injectable()
export class PlanStore {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly planLoader = loader({ loading: true });
  private readonly casesLoader = loader({ loading: true });
  private readonly comparisonLoader = loader({ loading: true });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  readonly id = signal('');
  readonly plan = signal<PlanDetail | null>(null);
  readonly evaluation = signal<PlanEvaluation | null>(null);
  /** Product plans: the product and its versions, to name the current and target ones. */
  readonly product = signal<PlanProduct | null>(null);
  readonly planError = this.planLoader.error;
  readonly cases = signal<TestCaseFieldsFragment[]>([]);
  readonly total = signal(0);
  readonly casesLoading = this.casesLoader.loading;
  readonly casesError = this.casesLoader.error;
  readonly comparison = signal<Comparison | null>(null);
  readonly comparisonLoading = this.comparisonLoader.loading;
  readonly comparisonError = this.comparisonLoader.error;
  readonly state = signal<CaseListState>(readCaseListState({}));
  readonly filtered = computed(() => isFiltered(this.state()));

  async start(id: string): Promise<void> {
    this.id.set(id);
    this.plan.set(null);
    this.evaluation.set(null);
    this.cases.set([]);
    this.comparison.set(null);
    this.state.set(readCaseListState(this.route.snapshot.queryParams));
    await this.showLinkedCase(this.route.snapshot.queryParams['case']);
    await this.loadPlan();
    if (this.plan()) await this.loadTab();
  }

  stop(): void {
    clearTimeout(this.searchTimer);
  }

  /**
   * A link from elsewhere (a search hit) names one case by its id (`?case=`): the list opens on its
   * key, which the address then keeps instead, as if the reader had typed it.
   */
  private async showLinkedCase(caseId: unknown): Promise<void> {
    if (typeof caseId !== 'string' || !caseId) return;
    const result = await firstValueFrom(
      this.apollo.query({ query: TestCaseKeyDocument, variables: { id: caseId } }),
    ).catch(() => null);
    const key = result?.data?.testCase.key;
    if (key) this.state.update((state) => ({ ...state, tab: 'cases', text: key, pageIndex: 0 }));
    this.writeParams();
  }

  loadPlan(): Promise<void> {
    return this.planLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: TestPlanDocument, variables: { id: this.id() }, fetchPolicy: 'network-only' }),
      );
      const plan = result.data?.testPlan ?? null;
      let evaluation: PlanEvaluation | null = null;
      if (plan?.evaluationId) {
        const context = await step(
          this.apollo.query({ query: TestPlanEvaluationDocument, variables: { id: plan.evaluationId } }),
        );
        evaluation = context.data?.evaluation ?? null;
      }
      let product: PlanProduct | null = null;
      if (plan?.productId) {
        const found = await step(
          this.apollo.query({ query: ProductVersionsDocument, variables: { id: plan.productId } }),
        );
        product = found.data?.product ?? null;
      }
      this.evaluation.set(evaluation);
      this.product.set(product);
      this.plan.set(plan);
    });
  }

  /** What the open tab shows: the cases or the comparison (the runs come with the plan). */
  loadTab(): Promise<void> {
    const tab = this.state().tab;
    if (tab === 'cases') return this.loadCases();
    if (tab === 'comparison') return this.loadComparison();
    return Promise.resolve();
  }

  loadCases(): Promise<void> {
    const state = this.state();
    return this.casesLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: TestPlanCasesDocument,
          variables: {
            id: this.id(),
            filter: caseFilter(state),
            page: { offset: state.pageIndex * state.pageSize, limit: state.pageSize },
          },
          fetchPolicy: 'network-only',
        }),
      );
      this.cases.set(result.data?.testPlan.cases.items ?? []);
      this.total.set(result.data?.testPlan.cases.total ?? 0);
    });
  }

  loadComparison(): Promise<void> {
    const state = this.state();
    return this.comparisonLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: TestComparisonDocument,
          variables: {
            id: this.id(),
            filter: caseFilter(state),
            page: { offset: state.pageIndex * state.pageSize, limit: state.pageSize },
          },
          fetchPolicy: 'network-only',
        }),
      );
      this.comparison.set(result.data?.testPlan.comparison ?? null);
    });
  }

  // ---- tabs, filters and paging ----------------------------------------------------------

  setTab(tab: PlanTab): void {
    if (tab === this.state().tab) return;
    this.state.update((s) => ({ ...s, tab, pageIndex: 0 }));
    this.writeParams();
    void this.loadTab();
  }

  /** Typing in the search box: the list follows once the typing pauses. */
  search(change: Partial<Pick<CaseListState, 'text' | 'tag' | 'section'>>): void {
    this.state.update((s) => ({ ...s, ...change }));
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.refresh(), 300);
  }

  setFilter(change: Partial<CaseListState>): void {
    this.state.update((s) => ({ ...s, ...change }));
    this.refresh();
  }

  clearFilters(): void {
    this.setFilter({ text: '', priorities: [], tag: '', requirementId: '', section: '' });
  }

  setPage(pageIndex: number, pageSize: number): void {
    this.state.update((s) => ({ ...s, pageIndex, pageSize }));
    this.writeParams();
    void this.loadTab();
  }

  private refresh(): void {
    clearTimeout(this.searchTimer);
    this.state.update((s) => ({ ...s, pageIndex: 0 }));
    this.writeParams();
    void this.loadTab();
  }

  private writeParams(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: caseListParams(this.state()),
      replaceUrl: true,
    });
  }

  /** After a change to the plan, its cases or its runs. */
  async changed(): Promise<void> {
    await this.loadPlan();
    await this.loadTab();
  }
}
