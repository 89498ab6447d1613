import { LowerCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { EvaluationStatus } from '@assay/web/core';
import { MoveEvaluationDocument } from '../evaluations.generated';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { EVALUATION_STATUS, EVALUATION_STATUS_HINT, STATUS_PATH } from '../evaluation-labels';
import { EvaluationStore } from './evaluation.store';

type StepState = 'done' | 'current' | 'next' | 'later';

/**
 * The status path as a read-only stepper: done steps, the current one, and the next one with what
 * it still needs as a checklist. Leads move on (the button says why it is disabled) or cancel.
 */
@Component({
  selector: 'assay-status-path',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LowerCasePipe, RouterLink, MatButtonModule, MatIconModule],
  template: `
    @if (store.evaluation(); as evaluation) {
      <section class="status card" aria-labelledby="status-heading">
        <h2 id="status-heading">Status</h2>
        <ol class="path" aria-label="Status path">
          @for (step of steps(); track step.status; let i = $index) {
            <li [class]="step.state" [attr.aria-current]="step.state === 'current' ? 'step' : null">
              <span class="marker" aria-hidden="true">
                @if (step.state === 'done') {
                  <mat-icon>check</mat-icon>
                } @else {
                  {{ i + 1 }}
                }
              </span>
              <span class="label">
                <span class="name">{{ label[step.status] }}</span>
                <span class="hint">{{ hint[step.status] }}</span>
                @if (step.state !== 'later') {
                  <span class="visually-hidden">({{ stateWords[step.state] }})</span>
                }
              </span>
            </li>
          }
        </ol>

        @if (evaluation.status === 'CANCELLED') {
          <p class="cancelled" role="note">
            <mat-icon aria-hidden="true">block</mat-icon>
            <span><strong>Cancelled.</strong> {{ evaluation.cancelledReason }}</span>
          </p>
        } @else if (next(); as next) {
          <div class="next">
            <h3>Next: {{ label[next] }}</h3>
            @if (problems().length > 0) {
              <p class="lead-in">Before the evaluation can move to {{ label[next] | lowercase }}:</p>
              <ul class="checklist" id="next-step-problems" aria-label="What the next step still needs">
                @for (problem of problems(); track problem) {
                  <li>
                    <mat-icon aria-hidden="true">radio_button_unchecked</mat-icon><span>{{ problem }}</span>
                  </li>
                }
              </ul>
            } @else {
              <p class="ready">
                <mat-icon aria-hidden="true">check_circle</mat-icon> Everything the next step needs is in place.
              </p>
            }
            @if (next === 'DECIDED') {
              <p class="lead-in">
                The evaluation is decided when the directors approve the lead’s recommendation.
                <a [routerLink]="['recommendation']">Open the recommendation</a>
              </p>
            }
            @if (store.canLead()) {
              <div class="actions">
                @if (next !== 'DECIDED') {
                  <button
                    mat-flat-button
                    type="button"
                    (click)="move(next)"
                    [disabled]="problems().length > 0"
                    [attr.aria-describedby]="problems().length > 0 ? 'next-step-problems' : null"
                  >
                    <mat-icon>arrow_forward</mat-icon> Move to {{ label[next] }}
                  </button>
                }
                <button mat-button type="button" class="cancel" (click)="cancel()">
                  <mat-icon>block</mat-icon> Cancel evaluation
                </button>
              </div>
            }
          </div>
        } @else {
          <p class="ready">
            <mat-icon aria-hidden="true">gavel</mat-icon> The evaluation is decided; a decision does not change.
          </p>
        }
      </section>
    }
  `,
  styleUrl: './sections.scss',
  styles: `
    .status {
      container: status / inline-size;
    }
    .path {
      list-style: none;
      display: flex;
      margin: 0 0 16px;
      padding: 0;
    }
    .path li {
      flex: 1 1 0;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 6px;
      min-width: 0;
      padding: 0 4px;
      text-align: center;
      position: relative;
    }
    /* The line that joins each step to the one before it, behind the markers. */
    .path li + li::before {
      content: '';
      position: absolute;
      top: 14px;
      right: calc(50% + 18px);
      left: calc(-50% + 18px);
      height: 2px;
      background: var(--mat-sys-outline-variant);
    }
    .path li.done + li::before {
      background: var(--mat-sys-primary);
    }
    .marker {
      flex: none;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 28px;
      height: 28px;
      border-radius: 50%;
      box-sizing: border-box;
      font-size: 13px;
      font-weight: 500;
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface);
    }
    .marker mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .label {
      display: flex;
      flex-direction: column;
      min-width: 0;
      max-width: 100%;
    }
    .name {
      font-weight: 500;
    }
    .hint {
      font-size: 12px;
      line-height: 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .done .marker {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      box-shadow: none;
    }
    .current .marker {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      box-shadow: 0 0 0 4px var(--mat-sys-primary-container);
    }
    .current .name {
      padding: 0 10px;
      border-radius: 12px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      align-self: center;
      font-weight: 700;
    }
    .next .marker {
      box-shadow: inset 0 0 0 2px var(--mat-sys-primary);
      color: var(--mat-sys-primary);
    }
    .later .name,
    .later .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .next h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .lead-in {
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface-variant);
      font-size: 14px;
    }
    .checklist {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
    }
    .checklist li {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      padding: 4px 0;
    }
    .checklist mat-icon {
      font-size: 20px;
      width: 20px;
      height: 20px;
      color: var(--mat-sys-tertiary);
      flex: none;
    }
    .ready {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 0 0 12px;
    }
    .ready mat-icon {
      color: var(--mat-sys-primary);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .cancel {
      color: var(--mat-sys-error);
    }
    .cancelled {
      display: flex;
      gap: 12px;
      align-items: center;
      padding: 12px 16px;
      border-radius: 8px;
      margin: 0;
      background: var(--mat-sys-surface-container-high);
    }
    /* The path lies down when its card is too narrow for six steps side by side. */
    @container status (max-width: 760px) {
      .path {
        flex-direction: column;
        gap: 10px;
      }
      .path li {
        flex-direction: row;
        text-align: left;
        gap: 12px;
        padding: 0;
      }
      .path li + li::before {
        top: -10px;
        left: 13px;
        right: auto;
        width: 2px;
        height: 10px;
      }
      .current .name {
        align-self: flex-start;
      }
      .hint {
        display: none;
      }
      .current .hint {
        display: block;
      }
    }
  `,
})
export class StatusPathComponent {
  private readonly apollo = inject(Apollo);
  protected readonly store = inject(EvaluationStore);
  protected readonly label = EVALUATION_STATUS;
  protected readonly hint = EVALUATION_STATUS_HINT;
  protected readonly stateWords: Record<StepState, string> = {
    done: 'done',
    current: 'current step',
    next: 'next step',
    later: '',
  };

  protected readonly next = computed(() => this.store.evaluation()?.statusCheck.next ?? null);
  protected readonly problems = computed(() => this.store.evaluation()?.statusCheck.problems ?? []);
  protected readonly steps = computed(() => {
    const evaluation = this.store.evaluation();
    const current = evaluation ? STATUS_PATH.indexOf(evaluation.status) : -1;
    const next = this.next();
    return STATUS_PATH.map((status, index) => {
      let state: StepState = 'later';
      if (evaluation?.status === 'DECIDED' || index < current) state = 'done';
      else if (index === current) state = 'current';
      else if (status === next) state = 'next';
      return { status, state };
    });
  });

  protected move(to: EvaluationStatus): Promise<void> {
    const evaluation = this.store.evaluation();
    if (!evaluation) return Promise.resolve();
    return this.store.act(
      {
        title: `Move to ${EVALUATION_STATUS[to]}?`,
        message: `${EVALUATION_STATUS_HINT[to]}. The evaluation does not go back to ${EVALUATION_STATUS[evaluation.status].toLowerCase()}.`,
        confirm: `Move to ${EVALUATION_STATUS[to]}`,
        run: () =>
          firstValueFrom(
            this.apollo.mutate({
              mutation: MoveEvaluationDocument,
              variables: { input: { id: evaluation.id, version: evaluation.version, to } },
            }),
          ),
      },
      `The evaluation moved to ${EVALUATION_STATUS[to].toLowerCase()}.`,
    );
  }

  protected cancel(): Promise<void> {
    const evaluation = this.store.evaluation();
    if (!evaluation) return Promise.resolve();
    return this.store.act(
      {
        title: `Cancel ${evaluation.title}?`,
        message: 'A cancelled evaluation keeps everything recorded so far, but nothing in it can change any more.',
        text: {
          label: 'Why is it cancelled?',
          required: true,
          field: 'reason',
          hint: 'Everyone in the evaluation sees this reason.',
        },
        confirm: 'Cancel evaluation',
        dismiss: 'Keep it',
        danger: true,
        run: ({ text: reason }) =>
          firstValueFrom(
            this.apollo.mutate({
              mutation: MoveEvaluationDocument,
              variables: { input: { id: evaluation.id, version: evaluation.version, to: 'CANCELLED', reason } },
            }),
          ),
      },
      'The evaluation was cancelled.',
    );
  }
}
