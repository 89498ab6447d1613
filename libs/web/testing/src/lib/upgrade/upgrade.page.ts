import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { UPGRADE_CATEGORIES, UPGRADE_CATEGORY_LABELS, UpgradeCategory } from '@assay/domain';
import { loader, TestResultStatus } from '@assay/web/core';
import {
  EmptyStateComponent,
  LoadStateComponent,
  PageHeaderComponent,
  PluralPipe,
  ScrollRegionDirective,
} from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { RESULT_STATUS } from '../plans/test-labels';
import {
  PlanUpgradeComparisonDocument,
  PlanUpgradeComparisonQuery,
  UpgradeCountFieldsFragment,
} from '../testing-upgrade.generated';

type Plan = PlanUpgradeComparisonQuery['testPlan'];
type Run = Plan['runs'][number];

/** The categories' count fields, in the categories' order (worst first). */
const COUNT_FIELD: Record<UpgradeCategory, keyof Omit<UpgradeCountFieldsFragment, '__typename'>> = {
  NEWLY_FAILING: 'newlyFailing',
  NEWLY_PASSING: 'newlyPassing',
  NOT_RUN_IN_ONE: 'notRunInOne',
  UNCHANGED: 'unchanged',
  NEW_CASE: 'newCase',
  NOT_RUN_IN_BOTH: 'notRunInBoth',
};

/** Cases shown at once; the rest a page at a time. */
const PAGE = 100;

/**
 * /testing/plans/:planId/upgrade?a=&b= — the acceptance view of a patch or upgrade: the plan's
 * cases in run A (before) against run B (after), newly failing first with their defects, and each
 * requirement rolled up from its cases. Without runs named, the API's default pair.
 */
@Component({
  selector: 'assay-upgrade-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
    PluralPipe,
    ScrollRegionDirective,
  ],
  templateUrl: './upgrade.page.html',
  styleUrl: './upgrade.page.scss',
})
export class UpgradePage {
  private readonly apollo = inject(Apollo);
  private readonly title = inject(Title);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly loads = loader({ loading: true });

  /** From the route: /testing/plans/:planId/upgrade */
  readonly planId = input.required<string>();
  protected readonly loading = this.loads.loading;
  protected readonly error = this.loads.error;
  protected readonly plan = signal<Plan | null>(null);
  protected readonly categories = signal<UpgradeCategory[]>([]);
  protected readonly offset = signal(0);
  protected readonly allCategories = UPGRADE_CATEGORIES;
  protected readonly categoryLabel = UPGRADE_CATEGORY_LABELS;
  protected readonly countField = COUNT_FIELD;
  protected readonly comparison = computed(() => this.plan()?.upgradeComparison ?? null);
  protected readonly runA = computed(() => this.runOf(this.comparison()?.runA.id));
  protected readonly runB = computed(() => this.runOf(this.comparison()?.runB.id));
  protected readonly range = computed(() => {
    const total = this.comparison()?.casesTotal ?? 0;
    const first = this.offset() + 1;
    return total === 0 ? '' : `${first}–${Math.min(total, first + PAGE - 1)} of ${total}`;
  });
  protected readonly hasNext = computed(() => this.offset() + PAGE < (this.comparison()?.casesTotal ?? 0));

  constructor() {
    effect(() => {
      const id = this.planId();
      untracked(() => {
        const params = this.route.snapshot.queryParamMap;
        this.categories.set(
          (params.get('show') ?? '')
            .split(',')
            .filter((c): c is UpgradeCategory => (UPGRADE_CATEGORIES as readonly string[]).includes(c)),
        );
        void this.load(id, params.get('a'), params.get('b'));
      });
    });
    effect(() => {
      const plan = this.plan();
      if (plan) this.title.setTitle(`Upgrade comparison · ${plan.name} · Assay`);
    });
  }

  protected runLabel(run: Run): string {
    return `${run.productName} ${run.productVersionName}${run.buildLabel ? ` · ${run.buildLabel}` : ''} · ${run.environment}`;
  }

  /** "1 newly failing", "2 new cases". */
  protected summaryLabel(category: UpgradeCategory, count: number): string {
    const label = UPGRADE_CATEGORY_LABELS[category].toLowerCase();
    return category === 'NEW_CASE' && count !== 1 ? 'new cases' : label;
  }

  protected statusLabel(status: TestResultStatus | null | undefined): string {
    return status ? RESULT_STATUS[status] : 'Not in the run';
  }

  protected chooseRuns(a: string | null, b: string | null): void {
    this.offset.set(0);
    this.writeParams({ a, b });
    void this.load(this.planId(), a, b);
  }

  protected chooseCategories(categories: UpgradeCategory[]): void {
    this.categories.set(categories);
    this.offset.set(0);
    this.writeParams({});
    void this.reload();
  }

  protected page(step: 1 | -1): void {
    this.offset.update((offset) => Math.max(0, offset + step * PAGE));
    void this.reload();
  }

  protected reload(): Promise<void> {
    const comparison = this.comparison();
    return this.load(this.planId(), comparison?.runA.id ?? null, comparison?.runB.id ?? null);
  }

  private load(planId: string, a: string | null, b: string | null): Promise<void> {
    const both = a && b && a !== b;
    return this.loads.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: PlanUpgradeComparisonDocument,
          variables: {
            id: planId,
            a: both ? a : null,
            b: both ? b : null,
            categories: this.categories().length ? this.categories() : null,
            page: { offset: this.offset(), limit: PAGE },
          },
          fetchPolicy: 'network-only',
        }),
      );
      this.plan.set(result.data?.testPlan ?? null);
    });
  }

  private runOf(id: string | undefined): Run | null {
    return this.plan()?.runs.find((run) => run.id === id) ?? null;
  }

  private writeParams(runs: { a?: string | null; b?: string | null }): void {
    const show = this.categories().join(',');
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...runs, show: show || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
