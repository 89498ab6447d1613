import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ScrollRegionDirective } from '@assay/web/ui';
import { percent, points } from './format';
import { DrillCategory, ResultsModel, ServerRanking } from './results-model';

/**
 * The ranking as the server computed it: rank, total, completeness and knockouts, each evaluator's
 * own total, and for each candidate a drill-down to the categories, criteria and scores behind it.
 */
@Component({
  selector: 'assay-ranking-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, ScrollRegionDirective],
  template: `
    <div class="scroll" assayScrollRegion="Ranking of the candidates">
      <table class="results-table ranking">
        <caption class="visually-hidden">
          Ranking of the candidates
        </caption>
        <thead>
          <tr>
            <th scope="col"><span class="visually-hidden">Details</span></th>
            <th scope="col" class="num">Rank</th>
            <th scope="col">Candidate</th>
            <th scope="col" class="num">Total</th>
            <th scope="col" class="num">Scored</th>
            @for (evaluator of model().evaluators; track evaluator.id) {
              <th scope="col" class="num evaluator">
                <span class="initials" aria-hidden="true">{{ evaluator.initials }}</span> {{ evaluator.name }}
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of ranking().candidates; track row.candidateId) {
            <tr [class.out]="row.knockedOut" [class.winner]="row.candidateId === ranking().winnerId">
              <td>
                <button
                  mat-icon-button
                  type="button"
                  (click)="toggle(row.candidateId)"
                  [attr.aria-expanded]="open() === row.candidateId"
                  [attr.aria-controls]="'drill-' + row.candidateId"
                  [attr.aria-label]="'Show the scores behind ' + row.name"
                >
                  <mat-icon>{{ open() === row.candidateId ? 'expand_less' : 'expand_more' }}</mat-icon>
                </button>
              </td>
              <td class="num rank">{{ row.rank ?? '—' }}</td>
              <th scope="row" class="name">
                {{ row.name }}
                @if (row.candidateId === ranking().winnerId) {
                  <span class="badge win">Leads</span>
                }
                @if (row.knockedOut) {
                  <span class="badge out">Knocked out</span>
                  <ul class="reasons">
                    @for (k of row.knockouts; track k.requirement + k.criterionId) {
                      <li>Fails {{ k.requirement }} (scored {{ k.value }})</li>
                    }
                  </ul>
                }
              </th>
              <td class="num">
                <div class="total">
                  <span class="bar" aria-hidden="true"><span [style.width.%]="row.score ?? 0"></span></span>
                  <strong>{{ fmt(row.score) }}</strong>
                </div>
              </td>
              <td class="num">
                {{ pct(row.scoredWeight, 0)
                }}<span class="of">{{ row.scoredCount }} of {{ row.criterionCount }} criteria</span>
              </td>
              @for (evaluator of model().evaluators; track evaluator.id) {
                <td class="num evaluator">{{ fmt(evaluatorScore(row.byEvaluator, evaluator.id)) }}</td>
              }
            </tr>
            @if (open() === row.candidateId) {
              <tr class="drill-row">
                <td [attr.colspan]="5 + model().evaluators.length" [id]="'drill-' + row.candidateId">
                  <div class="drill">
                    <p class="explain">
                      The total is the weighted mean of the agreed scores (the consensus where one was set, otherwise
                      the evaluators’ mean), each measured from the bottom of the scale, over the scored criteria.
                      “Points” are what each criterion adds; they sum to the total.
                    </p>
                    @for (category of drill(); track category.id) {
                      <div class="scroll" [assayScrollRegion]="category.title + ', the scores behind it'">
                        <table class="results-table inner">
                          <caption>
                            <strong>{{ category.title }}</strong>
                            · weight
                            {{
                              pct(category.share)
                            }}
                            · category score
                            {{
                              fmt(category.score)
                            }}
                            @if (category.scoredWeight < 1) {
                              <span class="muted">({{ pct(category.scoredWeight, 0) }} scored)</span>
                            }
                          </caption>
                          <thead>
                            <tr>
                              <th scope="col">Criterion</th>
                              <th scope="col" class="num">Weight</th>
                              <th scope="col" class="num">Agreed</th>
                              @for (evaluator of model().evaluators; track evaluator.id) {
                                <th scope="col" class="num evaluator">
                                  <span class="initials" aria-hidden="true">{{ evaluator.initials }}</span>
                                  {{ evaluator.name }}
                                </th>
                              }
                              <th scope="col" class="num">Points</th>
                            </tr>
                          </thead>
                          <tbody>
                            @for (criterion of category.criteria; track criterion.id) {
                              <tr>
                                <th scope="row" class="criterion">{{ criterion.title }}</th>
                                <td class="num">{{ pct(criterion.share) }}</td>
                                <td class="num">
                                  {{ fmt(criterion.value, 2) }}
                                  @if (criterion.fromConsensus) {
                                    <span class="badge consensus">consensus</span>
                                  }
                                </td>
                                @for (value of criterion.byEvaluator; track $index) {
                                  <td class="num evaluator">{{ value ?? '—' }}</td>
                                }
                                <td class="num">{{ fmt(criterion.points, 2) }}</td>
                              </tr>
                            }
                          </tbody>
                        </table>
                      </div>
                      @if (notes(category); as notes) {
                        @if (notes.length > 0) {
                          <ul class="notes" [attr.aria-label]="'Consensus notes, ' + category.title">
                            @for (criterion of notes; track criterion.id) {
                              <li>
                                <span class="badge consensus">consensus</span> {{ criterion.title }}:
                                {{ criterion.consensusNote }}
                              </li>
                            }
                          </ul>
                        }
                      }
                    }
                  </div>
                </td>
              </tr>
            }
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: './results-tables.scss',
})
export class RankingTableComponent {
  readonly model = input.required<ResultsModel>();
  readonly ranking = input.required<ServerRanking>();

  protected readonly open = signal<string | null>(null);
  protected readonly drill = computed<DrillCategory[]>(() => {
    const id = this.open();
    return id ? this.model().drillDown(id) : [];
  });
  protected readonly pct = percent;
  protected readonly fmt = points;

  /** The consensus notes behind a category's agreed scores, shown under its table (not only on hover). */
  protected notes(category: DrillCategory): DrillCategory['criteria'] {
    return category.criteria.filter((c) => c.fromConsensus && !!c.consensusNote);
  }

  protected toggle(candidateId: string): void {
    this.open.update((current) => (current === candidateId ? null : candidateId));
  }

  protected evaluatorScore(
    byEvaluator: ServerRanking['candidates'][number]['byEvaluator'],
    evaluatorId: string,
  ): number | null {
    return byEvaluator.find((b) => b.evaluatorId === evaluatorId)?.score ?? null;
  }
}
