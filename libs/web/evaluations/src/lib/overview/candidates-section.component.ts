import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { CandidateFieldsFragment, SetCandidateStateDocument } from '../evaluations.generated';
import { EmptyStateComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { CandidateStateChipComponent } from '../shared/status-chips.component';
import { CandidateData, EvaluationStore } from './evaluation.store';
import { ShortlistDialog, ShortlistDialogData } from './shortlist.dialog';

/**
 * The product versions under consideration; leads shortlist from the catalogue, eliminate with a
 * reason and reinstate. Recommended and selected follow the directors' decision, never a menu.
 */
@Component({
  selector: 'assay-candidates-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatIconModule, MatMenuModule, EmptyStateComponent, CandidateStateChipComponent],
  template: `
    @if (store.evaluation(); as evaluation) {
      <section class="card" aria-labelledby="candidates-heading">
        <div class="section-head">
          <h2 id="candidates-heading">Candidates ({{ evaluation.candidates.length }})</h2>
          @if (store.canLead()) {
            <button mat-stroked-button type="button" (click)="shortlist()">
              <mat-icon>playlist_add</mat-icon> Shortlist a product
            </button>
          }
        </div>
        @if (evaluation.candidates.length === 0) {
          <assay-empty-state
            icon="inventory_2"
            title="No candidates yet"
            [message]="
              store.canLead()
                ? 'Shortlist product versions from the vendor catalogue.'
                : 'The lead shortlists product versions from the vendor catalogue.'
            "
          />
        } @else {
          <ul class="candidates" aria-label="Candidates">
            @for (candidate of evaluation.candidates; track candidate.id) {
              <li [class.eliminated]="candidate.state === 'ELIMINATED'">
                <div class="what">
                  <span class="name">{{ candidate.productName }} {{ candidate.versionName }}</span>
                  <span class="vendor">{{ candidate.vendorName }}</span>
                  @if (candidate.state === 'ELIMINATED' && candidate.eliminatedReason) {
                    <p class="reason">
                      <strong
                        >Eliminated{{
                          candidate.eliminatedAt ? ' ' + (candidate.eliminatedAt | date: 'd MMM y') : ''
                        }}:</strong
                      >
                      {{ candidate.eliminatedReason }}
                    </p>
                  }
                </div>
                <assay-candidate-state-chip [state]="candidate.state" />
                @if (store.canLead()) {
                  <button
                    mat-icon-button
                    type="button"
                    [matMenuTriggerFor]="menu"
                    [attr.aria-label]="'Actions for ' + candidate.productName + ' ' + candidate.versionName"
                  >
                    <mat-icon>more_vert</mat-icon>
                  </button>
                  <mat-menu #menu="matMenu" xPosition="before">
                    @if (candidate.state === 'ELIMINATED') {
                      <button mat-menu-item type="button" (click)="reinstate(candidate)">
                        <mat-icon>undo</mat-icon> Reinstate to the shortlist
                      </button>
                    } @else {
                      @if (candidate.state !== 'SHORTLISTED') {
                        <button mat-menu-item type="button" (click)="reinstate(candidate)">
                          <mat-icon>undo</mat-icon> Back to the shortlist
                        </button>
                      }
                      <button mat-menu-item type="button" (click)="eliminate(candidate)">
                        <mat-icon>remove_circle_outline</mat-icon> Eliminate…
                      </button>
                    }
                  </mat-menu>
                }
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styleUrl: './sections.scss',
  styles: `
    .candidates {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .candidates > li {
      display: flex;
      align-items: center;
      gap: 8px 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .candidates > li:last-child {
      border-bottom: none;
    }
    .what {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
    }
    .name {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .eliminated .name {
      text-decoration: line-through;
      text-decoration-color: var(--mat-sys-outline);
    }
    .vendor {
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .reason {
      margin: 4px 0 0;
      font-size: 13px;
      padding: 6px 10px;
      border-radius: 6px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      overflow-wrap: anywhere;
    }
  `,
})
export class CandidatesSectionComponent {
  private readonly apollo = inject(Apollo);
  protected readonly store = inject(EvaluationStore);

  private label(candidate: CandidateFieldsFragment): string {
    return `${candidate.productName} ${candidate.versionName}`;
  }

  protected reinstate(candidate: CandidateData): Promise<void> {
    const done = `${this.label(candidate)} is back on the shortlist.`;
    return this.store.run(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: SetCandidateStateDocument,
            variables: { input: { id: candidate.id, version: candidate.version, state: 'SHORTLISTED' } },
          }),
        ),
      done,
    );
  }

  protected eliminate(candidate: CandidateData): Promise<void> {
    return this.store.act(
      {
        title: `Eliminate ${this.label(candidate)}?`,
        message:
          'It leaves the shortlist; the reason stays visible to everyone in the evaluation. You can reinstate it later.',
        text: { label: 'Why is it eliminated?', required: true, field: 'reason' },
        confirm: 'Eliminate',
        danger: true,
        run: (reason) =>
          firstValueFrom(
            this.apollo.mutate({
              mutation: SetCandidateStateDocument,
              variables: { input: { id: candidate.id, version: candidate.version, state: 'ELIMINATED', reason } },
            }),
          ),
      },
      `${this.label(candidate)} was eliminated.`,
    );
  }

  protected async shortlist(): Promise<void> {
    const evaluation = this.store.evaluation();
    if (!evaluation) return;
    await this.store.edit<CandidateFieldsFragment, ShortlistDialogData>(
      ShortlistDialog,
      { evaluationId: evaluation.id, shortlisted: new Set(evaluation.candidates.map((c) => c.productVersionId)) },
      (saved) => `${saved.productName} ${saved.versionName} is on the shortlist.`,
      '520px',
    );
  }
}
