import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { EmptyStateComponent, LoadStateComponent, PageHeaderComponent, PluralPipe } from '@assay/web/ui';
import { seriesColour } from '@assay/web/ui/chart';
import { TrendSectionComponent } from './trend-section.component';
import {
  componentsChart,
  componentsChartHeight,
  componentsTable,
  headline,
  passRateChart,
  passRateTable,
  severityChart,
  severityTable,
  weeksChart,
  weeksTable,
} from './trends-model';
import { TrendsScope, TrendsStore } from './trends.store';

/**
 * /evaluations/:id/testing/trends and /testing/products/:productId/trends — how the defects and the
 * test runs went: headline figures (open now, time to resolution), then defects opened and closed
 * per week, open defects by severity over time, defects by component and each run's pass rate, each
 * as a chart, as a table and as a CSV download.
 */
@Component({
  selector: 'assay-trends-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TrendsStore],
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
    PluralPipe,
    TrendSectionComponent,
  ],
  templateUrl: './trends.page.html',
  styleUrl: './trends.page.scss',
})
export class TrendsPage {
  private readonly title = inject(Title);
  protected readonly store = inject(TrendsStore);

  /** From the route /evaluations/:id/testing/trends. */
  readonly id = input<string>();
  /** From the route /testing/products/:productId/trends. */
  readonly productId = input<string>();

  protected readonly scope = computed<TrendsScope | null>(() => {
    const productId = this.productId();
    const evaluationId = this.id();
    if (productId) return { productId };
    return evaluationId ? { evaluationId } : null;
  });
  protected readonly evaluationId = computed(() => (this.productId() ? null : (this.id() ?? null)));
  protected readonly backLink = computed(() => {
    const evaluationId = this.evaluationId();
    return evaluationId ? ['/evaluations', evaluationId, 'testing'] : ['/testing'];
  });
  protected readonly backLabel = computed(() => {
    const name = this.store.name();
    return this.evaluationId() && name ? `Testing · ${name}` : 'Testing';
  });
  protected readonly subtitle = computed(() => {
    const name = this.store.name() ?? '';
    return this.evaluationId() ? name : `${name}, in use`;
  });

  protected readonly headline = computed(() => {
    const trends = this.store.trends();
    return trends ? headline(trends) : null;
  });
  protected readonly sections = computed(() => {
    const trends = this.store.trends();
    if (!trends) return null;
    return {
      weeks: { table: weeksTable(trends), chart: weeksChart(trends, seriesColour) },
      severity: { table: severityTable(trends), chart: severityChart(trends, seriesColour) },
      components: {
        table: componentsTable(trends),
        chart: componentsChart(trends, seriesColour),
        height: componentsChartHeight(trends),
      },
      passRates: { table: passRateTable(trends), chart: passRateChart(trends, seriesColour) },
    };
  });

  constructor() {
    effect(() => {
      const scope = this.scope();
      if (scope) untracked(() => void this.store.load(scope));
    });
    effect(() => {
      const name = this.store.name();
      if (name) this.title.setTitle(`Trends · ${name} · Assay`);
    });
  }

  protected reload(): void {
    const scope = this.scope();
    if (scope) void this.store.load(scope);
  }
}
