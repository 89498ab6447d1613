import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { EmptyStateComponent, LoadStateComponent, LoadingComponent, ScrollRegionDirective } from '@assay/web/ui';
import { ChartComponent, seriesColour } from '@assay/web/ui/chart';
import type { ChartConfiguration } from 'chart.js';
import { percent, points } from './format';
import { LibraryRankingsComponent } from './library-rankings.component';
import { RankingTableComponent } from './ranking-table.component';
import { ResultsStore } from './results.store';
import { SensitivityComponent } from './sensitivity.component';
import { formatMoney } from '@assay/domain';

/**
 * The results of a revealed scoring round: who leads and by how much, each total explained, the
 * category profile of each candidate, where the evaluators disagree, how robust the order is to the
 * weights, and what each candidate costs for its score.
 */
@Component({
  selector: 'assay-results-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ResultsStore],
  imports: [
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    ChartComponent,
    EmptyStateComponent,
    LoadingComponent,
    LoadStateComponent,
    RankingTableComponent,
    LibraryRankingsComponent,
    ScrollRegionDirective,
    SensitivityComponent,
  ],
  templateUrl: './results.page.html',
  styleUrls: ['./results-tables.scss', './results.page.scss'],
})
export class ResultsPage {
  protected readonly store = inject(ResultsStore);
  private readonly router = inject(Router);
  private readonly title = inject(Title);

  /** From the route: /evaluations/:id/results?round=… */
  readonly id = input.required<string>();
  readonly round = input<string | undefined>();

  protected readonly pct = percent;
  protected readonly fmt = points;
  protected readonly cash = (amount: number | null | undefined) =>
    formatMoney(amount, this.store.evaluation()?.currency ?? '');
  protected readonly results = this.store.results;
  protected readonly model = this.store.model;
  protected readonly ranking = computed(() => this.results()?.ranking ?? null);
  protected readonly showAllAgreement = signal(false);
  /** Phone width: category bars run across, so their long labels stay readable. */
  protected readonly narrow = signal(false);
  /** Candidates drawn on the radar chart (all unless the reader narrows it). */
  protected readonly radarChosen = signal<readonly string[] | null>(null);

  protected readonly names = computed(() => {
    const names = new Map<string, string>();
    for (const c of this.ranking()?.candidates ?? []) names.set(c.candidateId, c.name);
    return names as ReadonlyMap<string, string>;
  });
  /** Candidates in ranking order, with a colour each that the charts share. */
  protected readonly series = computed(() =>
    (this.ranking()?.candidates ?? []).map((c, i) => ({
      id: c.candidateId,
      name: c.name,
      colour: seriesColour(i),
      fill: seriesColour(i, 0.15),
    })),
  );

  protected readonly summary = computed(() => {
    const ranking = this.ranking();
    if (!ranking) return null;
    const ranked = ranking.candidates.filter((c) => c.rank !== null);
    const [first, second] = ranked;
    return {
      leader: ranking.winnerId ? (this.names().get(ranking.winnerId) ?? null) : null,
      shared: ranked.length > 1 && !ranking.winnerId,
      margin: first && second && first.score !== null && second.score !== null ? first.score - second.score : null,
      second: second?.name ?? null,
      knockedOut: ranking.candidates.filter((c) => c.knockedOut).length,
    };
  });

  /** Each candidate's category totals, worked out once per round for the charts and the table. */
  private readonly categoryTotals = computed(
    () => new Map((this.model()?.categoryTotals() ?? []).map((t) => [t.candidateId, t.totals])),
  );

  protected readonly categoryChart = computed<ChartConfiguration | null>(() => {
    const model = this.model();
    if (!model || model.categories.length === 0) return null;
    const totals = this.categoryTotals();
    const across = this.narrow();
    return {
      type: 'bar',
      data: {
        labels: model.categories.map((c) =>
          across ? [...wrapLabel(c.title, 18), `(${percent(c.share, 0)})`] : `${c.title} (${percent(c.share, 0)})`,
        ),
        datasets: this.series().map((s) => ({
          label: s.name,
          data: (totals.get(s.id) ?? []).map((v) => v ?? 0),
          backgroundColor: s.colour,
          borderRadius: 3,
        })),
      },
      options: {
        indexAxis: across ? 'y' : 'x',
        scales: across
          ? {
              x: { min: 0, max: 100, title: { display: true, text: 'Score within the category (0–100)' } },
              y: { ticks: { autoSkip: false } },
            }
          : { y: { min: 0, max: 100, title: { display: true, text: 'Score within the category (0–100)' } } },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${Number(item.raw).toFixed(1)}` } },
        },
      },
    };
  });
  protected readonly categoryTable = computed(() => {
    const model = this.model();
    if (!model) return [];
    const totals = this.categoryTotals();
    return this.series().map((s) => ({ name: s.name, totals: totals.get(s.id) ?? [] }));
  });

  protected readonly radarChart = computed<ChartConfiguration | null>(() => {
    const model = this.model();
    if (!model || model.categories.length < 3) return null;
    const chosen = this.radarChosen();
    const totals = this.categoryTotals();
    return {
      type: 'radar',
      data: {
        labels: model.categories.map((c) => c.title),
        datasets: this.series()
          .filter((s) => !chosen || chosen.includes(s.id))
          .map((s) => ({
            label: s.name,
            data: (totals.get(s.id) ?? []).map((v) => v ?? 0),
            borderColor: s.colour,
            backgroundColor: s.fill,
            pointBackgroundColor: s.colour,
            fill: true,
          })),
      },
      options: {
        scales: { r: { min: 0, max: 100, ticks: { stepSize: 25, backdropColor: 'transparent' } } },
        plugins: { legend: { position: 'bottom' } },
      },
    };
  });

  /** Each ranked candidate's score against its total cost of ownership. */
  protected readonly costRows = computed(() => {
    const ranking = this.ranking();
    const evaluation = this.store.evaluation();
    if (!ranking || !evaluation) return [];
    const tco = new Map(evaluation.candidates.map((c) => [c.id, c.tco]));
    const costs = new Map(ranking.costs.map((c) => [c.candidateId, c]));
    return this.series()
      .map((s) => {
        const ranked = ranking.candidates.find((c) => c.candidateId === s.id);
        return {
          ...s,
          score: ranked?.score ?? null,
          knockedOut: ranked?.knockedOut ?? false,
          tco: tco.get(s.id) ?? null,
          perTenThousand: costs.get(s.id)?.scorePerTenThousand ?? null,
        };
      })
      .filter((row) => row.tco !== null);
  });
  protected readonly hasCosts = computed(() => this.costRows().some((row) => (row.tco?.total ?? 0) > 0));
  protected readonly costChart = computed<ChartConfiguration | null>(() => {
    const rows = this.costRows().flatMap((row) =>
      row.score !== null && row.tco && row.tco.total > 0 ? [{ ...row, x: row.tco.total, y: row.score }] : [],
    );
    if (rows.length === 0) return null;
    const cash = this.cash;
    return {
      type: 'scatter',
      data: {
        datasets: rows.map((row) => ({
          label: row.name,
          data: [{ x: row.x, y: row.y }],
          backgroundColor: row.colour,
          borderColor: row.colour,
          pointRadius: 8,
          pointHoverRadius: 10,
        })),
      },
      options: {
        scales: {
          x: {
            title: {
              display: true,
              text: `Total cost of ownership over ${this.store.evaluation()?.costYears ?? ''} years`,
            },
            ticks: { callback: (value) => cash(Number(value)) },
            beginAtZero: true,
          },
          y: { title: { display: true, text: 'Score (0–100)' }, min: 0, max: 100 },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (item) =>
                `${item.dataset.label}: ${Number((item.raw as { y: number }).y).toFixed(1)} for ${cash((item.raw as { x: number }).x)}`,
            },
          },
        },
      },
    };
  });

  protected readonly agreement = computed(() => this.model()?.agreement() ?? []);
  protected readonly agreementShown = computed(() => {
    const rows = this.agreement();
    return this.showAllAgreement() ? rows : rows.slice(0, 10);
  });
  protected readonly lowCount = computed(() => this.agreement().filter((r) => r.low).length);

  protected readonly exportHref = computed(() => {
    const round = this.results();
    return round ? `/api/rounds/${encodeURIComponent(round.id)}/results.xlsx` : null;
  });

  protected readonly categoryChartHeight = computed(() =>
    this.narrow() ? Math.max(320, (this.model()?.categories.length ?? 0) * this.series().length * 14 + 120) : 320,
  );

  constructor() {
    const query = window.matchMedia('(max-width: 600px)');
    this.narrow.set(query.matches);
    const follow = (event: MediaQueryListEvent) => this.narrow.set(event.matches);
    query.addEventListener('change', follow);
    inject(DestroyRef).onDestroy(() => query.removeEventListener('change', follow));
    effect(() => {
      const id = this.id();
      const round = this.round() ?? null;
      untracked(() => void this.store.load(id, round));
    });
    effect(() => {
      const title = this.store.evaluation()?.title;
      if (title) this.title.setTitle(`Results · ${title} · Assay`);
    });
  }

  protected chooseRound(roundId: string): void {
    void this.router.navigate([], { queryParams: { round: roundId }, queryParamsHandling: 'merge' });
  }

  protected chooseRadar(ids: string[]): void {
    this.radarChosen.set(ids.length === this.series().length ? null : ids);
  }
}

/** A chart label broken into lines of about `width` characters at spaces (Chart.js draws an array as lines). */
function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
