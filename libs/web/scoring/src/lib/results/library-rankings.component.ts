import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ScrollRegionDirective } from '@assay/web/ui';
import { points } from './format';
import { ServerRanking } from './results-model';

/**
 * The ranking as each member library would have it: the criteria weighted by the priorities the
 * library gave the requirements they cover (must : should : could : not needed = 11 : 5 : 2 : 0,
 * rank-order centroid weights). A library whose winner is not the consortium's is highlighted.
 */
@Component({
  selector: 'assay-library-rankings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegionDirective],
  template: `
    @if (ranking().byMemberLibrary.length === 0) {
      <p class="muted">
        No member library has marked its priorities yet. Once libraries mark how much each requirement matters to them
        (on the evaluation’s Library priorities page), the ranking each of them would have appears here.
      </p>
    } @else {
      <p class="muted">
        Each library’s priorities weigh the criteria linked to the requirements it marked (must : should : could : not
        needed = 11 : 5 : 2 : 0); other criteria keep their weight.
        @if (differing() === 0) {
          Every library has the same winner as the consortium.
        } @else {
          {{ differing() === 1 ? 'One library has' : differing() + ' libraries have' }} another winner.
        }
      </p>
      <div class="scroll" assayScrollRegion="Ranking by member library">
        <table class="results-table">
          <caption class="visually-hidden">
            Ranking by member library
          </caption>
          <thead>
            <tr>
              <th scope="col">Library</th>
              <th scope="col">Winner</th>
              <th scope="col">Ranking</th>
            </tr>
          </thead>
          <tbody>
            @for (library of ranking().byMemberLibrary; track library.memberLibraryId) {
              <tr [class.differs]="library.winnerDiffers">
                <th scope="row">
                  <strong>{{ library.code }}</strong> {{ library.name }}
                  <span class="of">{{
                    library.fallback
                      ? 'needs nothing the rubric scores: rubric weights'
                      : library.reweightedCount === 0
                        ? 'weights as the rubric’s'
                        : library.reweightedCount +
                          (library.reweightedCount === 1 ? ' criterion' : ' criteria') +
                          ' reweighted'
                  }}</span>
                </th>
                <td>
                  {{ library.winnerId ? name(library.winnerId) : 'Shared first place' }}
                  @if (library.winnerDiffers) {
                    <span class="badge differs">Differs</span>
                  }
                </td>
                <td>
                  <ol class="order">
                    @for (c of library.candidates; track c.candidateId) {
                      <li>
                        {{ name(c.candidateId) }}
                        <span class="score">{{ c.knockedOut ? 'knocked out' : fmt(c.score) }}</span>
                      </li>
                    }
                  </ol>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrls: ['./results-tables.scss'],
  styles: `
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    tr.differs > * {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .badge.differs {
      background: var(--mat-sys-tertiary);
      color: var(--mat-sys-on-tertiary);
    }
    .order {
      margin: 0;
      padding-left: 20px;
    }
    .score {
      margin-left: 6px;
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class LibraryRankingsComponent {
  readonly ranking = input.required<ServerRanking>();

  private readonly names = computed(() => new Map(this.ranking().candidates.map((c) => [c.candidateId, c.name])));
  protected readonly differing = computed(() => this.ranking().byMemberLibrary.filter((l) => l.winnerDiffers).length);
  protected name(id: string): string {
    return this.names().get(id) ?? 'Candidate';
  }
  protected readonly fmt = points;
}
