import { ChangeDetectionStrategy, Component, computed, effect, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSliderModule } from '@angular/material/slider';
import { criteriaUnder, withShare } from '@assay/domain';
import { percent, points, signedPercent } from './format';
import { ResultsModel, ServerRanking } from './results-model';

interface TieRow {
  criterionId: string;
  title: string;
  weight: number;
  tieWeight: number;
  change: number;
}

/**
 * How robust the leader is: the tie points between the top two (how far one criterion's share must
 * move for them to swap), whether the winner holds under ±10% and ±25% on every weight, and a
 * slider that moves one category's or criterion's share and re-ranks in the browser with the same
 * libs/domain code the server ranks with.
 */
@Component({
  selector: 'assay-sensitivity',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatSelectModule, MatSliderModule],
  template: `
    @if (ranking().consensusCount > 0) {
      <h3 class="first">What the consensus scores change</h3>
      @if (ranking().leaderChangedByConsensus) {
        <p class="consensus-flag" role="note">
          <mat-icon aria-hidden="true">warning</mat-icon>
          <span>
            <strong>The leader rests on consensus.</strong>
            On the evaluators’ scores alone, {{ withoutLeader() }} would lead.
            @if (decisive().length > 0) {
              {{
                decisive().length === 1
                  ? 'One consensus score decides it'
                  : 'Each of these consensus scores decides it alone'
              }}:
              @for (cell of decisive(); track cell.key; let last = $last) {
                {{ cell.candidate }} on {{ cell.criterion }}{{ last ? '.' : ';' }}
              }
            }
            The weight changes below keep the consensus as it is.
          </span>
        </p>
      } @else {
        <p class="muted">
          The
          {{
            ranking().consensusCount === 1 ? 'consensus score does' : ranking().consensusCount + ' consensus scores do'
          }}
          not change who leads.
        </p>
      }
      <div class="scroll">
        <table class="results-table">
          <caption class="visually-hidden">
            The ranking as agreed, beside the ranking on the evaluators’ scores alone
          </caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col" class="num">Agreed</th>
              <th scope="col" class="num">Evaluators’ scores alone</th>
            </tr>
          </thead>
          <tbody>
            @for (row of compared(); track row.candidateId) {
              <tr>
                <th scope="row">{{ row.name }}</th>
                <td class="num">{{ row.rank ?? '—' }} · {{ fmt(row.score) }}</td>
                <td class="num">{{ row.plainRank ?? '—' }} · {{ fmt(row.plainScore) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }

    <div class="stability">
      @for (level of ranking().stability; track level.change) {
        <span class="chip" [class.stable]="level.stable" [class.unstable]="!level.stable">
          <mat-icon aria-hidden="true">{{ level.stable ? 'check_circle' : 'warning' }}</mat-icon>
          {{ level.stable ? 'The leader holds' : 'The leader can change' }} when any one weight moves ±{{
            (level.change * 100).toFixed(0)
          }}
          %
        </span>
      }
    </div>

    <h3>Tie points between the top two</h3>
    @if (leaders(); as pair) {
      <p class="muted">
        The share of one criterion at which {{ pair[1] }} would draw level with {{ pair[0] }}, nearest first.
      </p>
    }
    @if (ties().length === 0) {
      <p class="muted">
        No single weight change swaps the top two: the leader is ahead or level on every criterion that could.
      </p>
    } @else {
      <div class="scroll">
        <table class="results-table">
          <caption class="visually-hidden">
            Tie points: the share at which the top two candidates swap
          </caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" class="num">Share now</th>
              <th scope="col" class="num">Tie at</th>
              <th scope="col" class="num">Change</th>
            </tr>
          </thead>
          <tbody>
            @for (tie of ties(); track tie.criterionId) {
              <tr>
                <th scope="row">{{ tie.title }}</th>
                <td class="num">{{ pct(tie.weight, 2) }}</td>
                <td class="num">{{ pct(tie.tieWeight, 2) }}</td>
                <td class="num">{{ signed(tie.change) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <p class="muted">Shares are of the whole rubric; when one moves, the others are rescaled in proportion.</p>
    }

    <h3>What if a weight changed?</h3>
    <div class="what-if">
      <div class="controls">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Weight to move</mat-label>
          <mat-select [ngModel]="target()" (ngModelChange)="choose($event)">
            @for (category of model().categories; track category.id) {
              <mat-option [value]="category.id">Category: {{ category.title }}</mat-option>
            }
            @for (category of model().categories; track category.id) {
              <mat-optgroup [label]="category.title">
                @for (i of category.indexes; track i) {
                  <mat-option [value]="model().rubric.criteria[i].id">{{
                    model().titles.get(model().rubric.criteria[i].id)
                  }}</mat-option>
                }
              </mat-optgroup>
            }
          </mat-select>
        </mat-form-field>
        @if (movable()) {
          <div class="slider">
            <label [for]="'share-slider'" class="slider-label"
              >Share: <strong>{{ pct(share(), 2) }}</strong>&nbsp;<span class="muted"
                >(now {{ pct(baseShare(), 2) }})</span
              ></label
            >
            <mat-slider min="0" [max]="sliderMax()" [step]="sliderMax() > 40 ? 0.5 : 0.05" [discrete]="false">
              <input
                matSliderThumb
                id="share-slider"
                [ngModel]="share() * 100"
                (ngModelChange)="share.set($event / 100)"
                [attr.aria-valuetext]="pct(share(), 2)"
                aria-label="Share of the rubric"
              />
            </mat-slider>
            <span class="range muted" aria-hidden="true"
              ><span>0 %</span><span>{{ sliderMax() }} %</span></span
            >
          </div>
          <button mat-stroked-button type="button" (click)="reset()" [disabled]="share() === baseShare()">
            <mat-icon>restart_alt</mat-icon> Reset
          </button>
        } @else {
          <p class="muted">This is the only part of the rubric with weight: there is nothing to trade it against.</p>
        }
      </div>
      <ol class="live" aria-live="polite" aria-label="Ranking with this weight">
        @for (row of live(); track row.candidateId) {
          <li [class.out]="row.knockedOut">
            <span class="place">{{ row.rank ?? '—' }}</span>
            <span class="who">{{ row.name }}</span>
            <span class="num">{{ fmt(row.score) }}</span>
            @if (row.moved !== 0) {
              <span class="moved" [class.up]="row.moved > 0" [class.down]="row.moved < 0"
                >{{ row.moved > 0 ? '▲' : '▼' }} {{ row.moved > 0 ? row.moved : -row.moved }}</span
              >
            }
          </li>
        }
      </ol>
    </div>
  `,
  styleUrls: ['./results-tables.scss', './sensitivity.component.scss'],
})
export class SensitivityComponent {
  readonly model = input.required<ResultsModel>();
  readonly ranking = input.required<ServerRanking>();
  readonly names = input.required<ReadonlyMap<string, string>>();

  protected readonly target = signal<string | null>(null);
  protected readonly share = signal(0);
  protected readonly pct = percent;
  protected readonly fmt = points;
  protected readonly signed = signedPercent;

  protected readonly ties = computed<TieRow[]>(() =>
    this.ranking()
      .tiePoints.map((t) => ({ ...t, title: this.model().titles.get(t.criterionId) ?? '' }))
      .sort((a, b) => Math.abs(a.change) - Math.abs(b.change)),
  );
  private readonly indexes = computed(() => {
    const target = this.target();
    return target ? criteriaUnder(this.model().rubric, target) : [];
  });
  protected readonly baseShare = computed(() => this.indexes().reduce((s, i) => s + this.model().rubric.weights[i], 0));
  /** The slider's top (in %): room to at least quadruple the share and pass every tie point of this weight. */
  protected readonly sliderMax = computed(() => {
    const target = this.target();
    const tie = this.ranking().tiePoints.find((t) => t.criterionId === target)?.tieWeight ?? 0;
    const wanted = Math.max(0.2, this.baseShare() * 4, tie * 1.5);
    return Math.min(100, Math.ceil((wanted * 100) / 5) * 5);
  });
  /** Who would lead on the evaluators' scores alone ("A" or "A and B" when tied). */
  protected readonly withoutLeader = computed(() => {
    const first = this.ranking().withoutConsensus.candidates.filter((c) => c.rank === 1);
    return first.map((c) => this.names().get(c.candidateId) ?? c.candidateId).join(' and ') || 'nobody';
  });
  protected readonly decisive = computed(() =>
    this.ranking().decisiveConsensus.map((cell) => ({
      key: `${cell.candidateId}:${cell.criterionId}`,
      candidate: this.names().get(cell.candidateId) ?? cell.candidateId,
      criterion: this.model().titles.get(cell.criterionId) ?? cell.criterionId,
    })),
  );
  /** Each candidate's agreed place beside its place on the evaluators' scores alone. */
  protected readonly compared = computed(() => {
    const plain = new Map(this.ranking().withoutConsensus.candidates.map((c) => [c.candidateId, c]));
    return this.ranking().candidates.map((c) => ({
      candidateId: c.candidateId,
      name: this.names().get(c.candidateId) ?? c.name,
      rank: c.rank,
      score: c.score,
      plainRank: plain.get(c.candidateId)?.rank ?? null,
      plainScore: plain.get(c.candidateId)?.score ?? null,
    }));
  });
  /** The names of the top two, when two are ranked. */
  protected readonly leaders = computed(() => {
    const ranked = this.ranking().candidates.filter((c) => c.rank !== null);
    return ranked.length >= 2 ? [ranked[0].name, ranked[1].name] : null;
  });
  protected readonly movable = computed(
    () =>
      this.indexes().length > 0 && this.indexes().length < this.model().rubric.criteria.length && this.baseShare() < 1,
  );

  /** The ranking with the slider's weights, and how far each candidate moved from the server's order. */
  protected readonly live = computed(() => {
    const model = this.model();
    const weights = this.movable() ? withShare(model.rubric, this.indexes(), this.share()) : undefined;
    const baseline = new Map(this.ranking().candidates.map((c) => [c.candidateId, c.rank]));
    return model.rank(weights).candidates.map((c) => {
      const before = baseline.get(c.candidateId) ?? null;
      return {
        candidateId: c.candidateId,
        name: this.names().get(c.candidateId) ?? c.candidateId,
        rank: c.rank,
        score: c.total.score,
        knockedOut: c.knockedOut,
        moved: before !== null && c.rank !== null ? before - c.rank : 0,
      };
    });
  });

  constructor() {
    // Start on the weight nearest to swapping the top two, or the first category.
    effect(() => {
      const model = this.model();
      const nearest = this.ties()[0]?.criterionId;
      untracked(() => this.choose(nearest ?? model.categories[0]?.id ?? null));
    });
  }

  protected choose(id: string | null): void {
    this.target.set(id);
    this.share.set(this.baseShare());
  }

  protected reset(): void {
    this.share.set(this.baseShare());
  }
}
