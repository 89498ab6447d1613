import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TrainingNeedFieldsFragment } from '../evaluations.generated';
import { EmptyStateComponent, PluralPipe } from '@assay/web/ui';
import { hours } from '../evaluation-labels';
import { EvaluationStore } from './evaluation.store';
import { TrainingNeedDialog, TrainingNeedDialogData } from './training-need.dialog';

/** What staff must learn for each candidate, per department, with each candidate's total effort. */
@Component({
  selector: 'assay-training-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, EmptyStateComponent, PluralPipe],
  template: `
    @if (store.evaluation(); as evaluation) {
      <section class="card" aria-labelledby="training-heading">
        <div class="section-head">
          <h2 id="training-heading">Training needs ({{ evaluation.trainingNeeds.length }})</h2>
          @if (canAdd()) {
            <button mat-stroked-button type="button" (click)="open()">
              <mat-icon>school</mat-icon> Add training need
            </button>
          }
        </div>
        @if (evaluation.candidates.length === 0) {
          <p class="muted">Training needs are recorded per candidate: shortlist a candidate first.</p>
        } @else if (evaluation.trainingNeeds.length === 0) {
          <assay-empty-state
            icon="school"
            title="No training needs yet"
            message="Department heads record what their staff must learn for each candidate, how many people and how long, so the recommendation can cost the training."
          />
        } @else {
          @for (group of groups(); track group.candidateId) {
            <div class="group">
              <h3>
                <span>{{ group.name }}</span>
                <span class="summary"
                  >{{ group.summary.needs | plural: 'need' }} · {{ group.summary.people | plural: 'place' }} ·
                  {{ hours(group.summary.totalHours) }} in all</span
                >
              </h3>
              @if (group.needs.length === 0) {
                <p class="muted">No training recorded for this candidate.</p>
              } @else {
                <div class="table-wrap">
                  <table class="plain" [attr.aria-label]="'Training needs for ' + group.name">
                    <thead>
                      <tr>
                        <th scope="col">Department</th>
                        <th scope="col">Topic</th>
                        <th scope="col" class="number">People</th>
                        <th scope="col" class="number">Hours each</th>
                        <th scope="col" class="number">Hours</th>
                        <th scope="col"><span class="visually-hidden">Actions</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (need of group.needs; track need.id) {
                        <tr>
                          <td>{{ store.departmentNames().get(need.departmentId) ?? '—' }}</td>
                          <td>
                            {{ need.topic }}
                            @if (need.notes) {
                              <div class="notes">{{ need.notes }}</div>
                            }
                          </td>
                          <td class="number">{{ need.people }}</td>
                          <td class="number">{{ need.hoursPerPerson }}</td>
                          <td class="number">{{ need.people * need.hoursPerPerson }}</td>
                          <td class="actions">
                            @if (store.mayWriteFor(need.departmentId)) {
                              <button
                                mat-icon-button
                                type="button"
                                (click)="open(need)"
                                [attr.aria-label]="'Edit training need ' + need.topic"
                              >
                                <mat-icon>edit</mat-icon>
                              </button>
                            }
                          </td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              }
            </div>
          }
        }
      </section>
    }
  `,
  styleUrl: './sections.scss',
  styles: `
    .group + .group {
      margin-top: 16px;
    }
    h3 {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: baseline;
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .summary {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .notes {
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
      white-space: pre-line;
    }
    .actions {
      width: 48px;
      padding: 0;
      text-align: right;
      vertical-align: middle;
    }
    @media (max-width: 600px) {
      table.plain th,
      table.plain td {
        padding: 6px 4px;
      }
    }
  `,
})
export class TrainingSectionComponent {
  protected readonly store = inject(EvaluationStore);
  protected readonly hours = hours;

  protected readonly canAdd = computed(() => {
    const evaluation = this.store.evaluation();
    return !!evaluation && evaluation.candidates.length > 0 && this.store.canEditRequirements();
  });

  /** One group per candidate (eliminated ones last), with its needs and the server's summary. */
  protected readonly groups = computed(() => {
    const evaluation = this.store.evaluation();
    if (!evaluation) return [];
    const summaries = new Map(evaluation.trainingSummary.map((s) => [s.candidateId, s]));
    const names = this.store.departmentNames();
    return this.store.candidatesInOrder().map((candidate) => ({
      candidateId: candidate.id,
      name: `${candidate.productName} ${candidate.versionName}`,
      summary: summaries.get(candidate.id) ?? { needs: 0, people: 0, totalHours: 0 },
      needs: evaluation.trainingNeeds
        .filter((need) => need.candidateId === candidate.id)
        .sort(
          (a, b) =>
            (names.get(a.departmentId) ?? '').localeCompare(names.get(b.departmentId) ?? '') ||
            a.topic.localeCompare(b.topic),
        ),
    }));
  });

  protected async open(need?: TrainingNeedFieldsFragment): Promise<void> {
    const evaluation = this.store.evaluation();
    if (!evaluation) return;
    const departments = this.store.isLead()
      ? this.store.departments()
      : this.store.departments().filter((d) => d.id === this.store.myDepartmentId());
    await this.store.edit<TrainingNeedFieldsFragment, TrainingNeedDialogData>(
      TrainingNeedDialog,
      {
        evaluationId: evaluation.id,
        need,
        candidates: evaluation.candidates.filter((c) => c.state !== 'ELIMINATED' || c.id === need?.candidateId),
        departments,
        defaultDepartmentId: this.store.myDepartmentId(),
      },
      (saved) => `Saved the training need “${saved.topic}”.`,
    );
  }
}
