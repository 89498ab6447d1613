import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { CostItemFieldsFragment, DeleteCostItemDocument, EvaluationQuery } from '../evaluations.generated';
import { EmptyStateComponent, ScrollRegionDirective } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { COST_KIND, formatMoney, hours } from '../evaluation-labels';
import { CostItemDialog, CostItemDialogData } from './cost-item.dialog';
import { CostSettingsDialog, CostSettingsDialogData } from './cost-settings.dialog';
import { EvaluationStore } from './evaluation.store';

type CandidateWithCosts = NonNullable<EvaluationQuery['evaluation']>['candidates'][number];

/**
 * What each candidate costs over the evaluation's period: its one-time and yearly lines, training
 * from the training needs at the evaluation's hourly rate, and the total cost of ownership.
 * Everyone in the evaluation reads; the lead edits.
 */
@Component({
  selector: 'assay-costs-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, EmptyStateComponent, ScrollRegionDirective],
  template: `
    @if (store.evaluation(); as evaluation) {
      <section class="card" aria-labelledby="costs-heading">
        <div class="section-head">
          <h2 id="costs-heading">
            Costs over {{ evaluation.costYears }} {{ evaluation.costYears === 1 ? 'year' : 'years' }}
          </h2>
          @if (store.canLead()) {
            <div class="buttons">
              <button mat-stroked-button type="button" (click)="settings()">
                <mat-icon>tune</mat-icon> Period and training rate
              </button>
              @if (candidates().length > 0) {
                <button mat-stroked-button type="button" (click)="edit()"><mat-icon>add</mat-icon> Add cost</button>
              }
            </div>
          }
        </div>
        <p class="note">
          Training is costed at {{ money(evaluation.trainingHourlyRate) }} an hour from the training needs. Totals are
          undiscounted.
        </p>
        @if (candidates().length === 0) {
          <p class="muted">Costs are recorded per candidate: shortlist a candidate first.</p>
        } @else if (!anyCosts()) {
          <assay-empty-state
            icon="payments"
            title="No costs yet"
            message="The lead records each candidate’s one-time costs (licence, migration, hardware) and yearly costs (subscription, hosting, support) so the results can weigh score against cost."
          />
        }
        @if (candidates().length > 0) {
          <div class="table-wrap" assayScrollRegion="Total cost of ownership per candidate">
            <table class="plain totals" aria-label="Total cost of ownership per candidate">
              <thead>
                <tr>
                  <th scope="col">Candidate</th>
                  <th scope="col" class="number">One-time</th>
                  <th scope="col" class="number">Yearly</th>
                  <th scope="col" class="number">Training</th>
                  <th scope="col" class="number">Total</th>
                </tr>
              </thead>
              <tbody>
                @for (candidate of candidates(); track candidate.id) {
                  <tr [class.out]="candidate.state === 'ELIMINATED'">
                    <th scope="row">{{ candidate.productName }} {{ candidate.versionName }}</th>
                    <td class="number">{{ money(candidate.tco.oneTime) }}</td>
                    <td class="number">{{ money(candidate.tco.yearly) }}</td>
                    <td class="number">{{ money(candidate.tco.training) }}</td>
                    <td class="number">
                      <strong>{{ money(candidate.tco.total) }}</strong>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @for (candidate of candidates(); track candidate.id) {
            @if (candidate.costItems.length > 0 || store.canLead()) {
              <div class="group">
                <h3>
                  <span>{{ candidate.productName }} {{ candidate.versionName }}</span>
                  @if (store.canLead()) {
                    <button
                      mat-button
                      type="button"
                      (click)="edit(undefined, candidate.id)"
                      [attr.aria-label]="'Add a cost for ' + candidate.productName + ' ' + candidate.versionName"
                    >
                      <mat-icon>add</mat-icon> Add
                    </button>
                  }
                </h3>
                @if (candidate.costItems.length === 0) {
                  <p class="muted">No cost lines yet.</p>
                } @else {
                  <div class="table-wrap">
                    <table
                      class="plain"
                      [attr.aria-label]="'Costs of ' + candidate.productName + ' ' + candidate.versionName"
                    >
                      <thead>
                        <tr>
                          <th scope="col">For</th>
                          <th scope="col">Paid</th>
                          <th scope="col" class="number">Amount</th>
                          <th scope="col"><span class="visually-hidden">Actions</span></th>
                        </tr>
                      </thead>
                      <tbody>
                        @for (item of sorted(candidate.costItems); track item.id) {
                          <tr>
                            <td>
                              {{ item.label }}
                              @if (item.notes) {
                                <div class="notes">{{ item.notes }}</div>
                              }
                            </td>
                            <td>{{ kind[item.kind] }}</td>
                            <td class="number">{{ money(item.amount) }}</td>
                            <td class="actions">
                              @if (store.canLead()) {
                                <button
                                  mat-icon-button
                                  type="button"
                                  (click)="edit(item)"
                                  [attr.aria-label]="'Edit cost ' + item.label"
                                >
                                  <mat-icon>edit</mat-icon>
                                </button>
                                <button
                                  mat-icon-button
                                  type="button"
                                  (click)="remove(item)"
                                  [attr.aria-label]="'Delete cost ' + item.label"
                                >
                                  <mat-icon>delete</mat-icon>
                                </button>
                              }
                            </td>
                          </tr>
                        }
                        @if (candidate.tco.training > 0) {
                          <tr class="derived">
                            <td>Training ({{ hoursOf(candidate) }} at {{ money(evaluation.trainingHourlyRate) }})</td>
                            <td>One-time</td>
                            <td class="number">{{ money(candidate.tco.training) }}</td>
                            <td></td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  </div>
                }
              </div>
            }
          }
        }
      </section>
    }
  `,
  styleUrl: './sections.scss',
  styles: `
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .note {
      margin: 0 0 12px;
    }
    .group {
      margin-top: 16px;
    }
    h3 {
      display: flex;
      gap: 8px;
      align-items: center;
      justify-content: space-between;
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .notes {
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
      white-space: pre-line;
    }
    .actions {
      width: 96px;
      padding: 0;
      text-align: right;
      vertical-align: middle;
      white-space: nowrap;
    }
    tr.out {
      color: var(--mat-sys-on-surface-variant);
    }
    tr.derived td {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
    table.totals tbody th {
      font-weight: 400;
      text-align: left;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      font-size: 14px;
      color: inherit;
    }
    table.totals tbody tr:last-child th {
      border-bottom: none;
    }
    td.number {
      white-space: nowrap;
    }
  `,
})
export class CostsSectionComponent {
  protected readonly store = inject(EvaluationStore);
  private readonly apollo = inject(Apollo);
  protected readonly kind = COST_KIND;

  /** Shortlisted candidates first, eliminated ones last. */
  protected readonly candidates = this.store.candidatesInOrder;
  protected readonly anyCosts = computed(() =>
    this.candidates().some((c) => c.costItems.length > 0 || c.tco.training > 0),
  );

  protected money(amount: number): string {
    return formatMoney(amount, this.store.evaluation()?.currency ?? '');
  }

  protected hoursOf(candidate: CandidateWithCosts): string {
    const summary = this.store.evaluation()?.trainingSummary.find((s) => s.candidateId === candidate.id);
    return hours(summary?.totalHours ?? 0);
  }

  protected sorted(items: readonly CostItemFieldsFragment[]): CostItemFieldsFragment[] {
    return [...items].sort(
      (a, b) => Number(a.kind === 'YEARLY') - Number(b.kind === 'YEARLY') || a.label.localeCompare(b.label),
    );
  }

  protected async edit(item?: CostItemFieldsFragment, candidateId?: string): Promise<void> {
    const evaluation = this.store.evaluation();
    if (!evaluation) return;
    const candidates = evaluation.candidates.filter(
      (c) => c.state !== 'ELIMINATED' || c.id === item?.candidateId || c.id === candidateId,
    );
    await this.store.edit<CostItemFieldsFragment, CostItemDialogData>(
      CostItemDialog,
      { item, candidates, candidateId, currency: evaluation.currency },
      (saved) => `Saved the cost “${saved.label}”.`,
    );
  }

  protected async settings(): Promise<void> {
    const evaluation = this.store.evaluation();
    if (!evaluation) return;
    await this.store.edit<unknown, CostSettingsDialogData>(
      CostSettingsDialog,
      {
        evaluationId: evaluation.id,
        years: evaluation.costYears,
        trainingHourlyRate: evaluation.trainingHourlyRate,
        currency: evaluation.currency,
      },
      () => 'Saved the cost period and training rate.',
      '480px',
    );
  }

  protected remove(item: CostItemFieldsFragment): Promise<void> {
    return this.store.act(
      {
        title: `Delete the cost “${item.label}”?`,
        message: 'The total cost of ownership is recomputed without it.',
        confirm: 'Delete',
        danger: true,
        run: () => firstValueFrom(this.apollo.mutate({ mutation: DeleteCostItemDocument, variables: { id: item.id } })),
      },
      `Deleted the cost “${item.label}”.`,
    );
  }
}
