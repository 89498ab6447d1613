import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { needsReload, Problem, validationMessage } from '@assay/domain';
import { ErrorBannerComponent } from '../error-banner.component';
import { DESCRIBE_ERROR } from './describe-error';

/** What the person gave before confirming: the text asked for, and the choices left ticked. */
export interface ConfirmAnswer {
  text: string;
  chosen: string[];
}

export interface ConfirmDialogData {
  title: string;
  message?: string;
  /** A text to ask for (a reason, a comment); none when only confirming. */
  text?: { label: string; required: boolean; hint?: string; field: string };
  /** Things to choose among before confirming (all chosen at first); at least one must stay chosen. */
  choices?: { legend: string; items: { id: string; label: string }[] };
  /** Each person's progress, shown before acting on it (e.g. revealing a round). */
  progress?: { name: string; scored: number; expected: number }[];
  /** A caution shown above the buttons, e.g. that some evaluators have not finished. */
  warning?: string;
  confirm: string;
  /** The label of the button that closes without acting; "Cancel" unless that would be ambiguous. */
  dismiss?: string;
  /** Destructive actions are shown in the error colour. */
  danger?: boolean;
  /** Runs the action; what it throws is shown in the dialog, which stays open. None: the dialog only asks. */
  run?: (answer: ConfirmAnswer) => Promise<unknown>;
}

/** done: confirmed (and the action ran); reload: the data was stale and the page should load it again; failed: tried, gave up. */
export type ConfirmOutcome = 'done' | 'reload' | 'failed' | undefined;

/**
 * Asks before an action, optionally for a reason or a choice, runs it, and shows what the server
 * said when it refuses: the message, each missing item as a list, a field's problem under the
 * field, and Reload when someone else saved first.
 */
@Component({
  selector: 'assay-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @if (problem(); as p) {
        <assay-error-banner
          [message]="p.message"
          [retryable]="reloadable()"
          actionLabel="Reload"
          (retry)="close('reload')"
        />
        @if (listed().length > 0) {
          <ul class="problems" aria-label="What is missing">
            @for (item of listed(); track item) {
              <li>{{ item }}</li>
            }
          </ul>
        }
      }
      @if (data.message) {
        <p>{{ data.message }}</p>
      }
      @if (data.progress; as progress) {
        <ul class="progress" aria-label="Scores entered per evaluator">
          @for (p of progress; track p.name) {
            <li [class.incomplete]="p.scored < p.expected">
              <span>{{ p.name }}</span>&ngsp;<span class="count">{{ p.scored }} of {{ p.expected }}</span>
            </li>
          }
        </ul>
      }
      @if (data.warning) {
        <p class="warning" role="note"><strong>Not everyone has finished.</strong> {{ data.warning }}</p>
      }
      @if (data.choices; as choices) {
        <fieldset class="choices">
          <legend>{{ choices.legend }}</legend>
          @for (item of choices.items; track item.id) {
            <mat-checkbox [checked]="chosen().has(item.id)" (change)="toggle(item.id, $event.checked)">{{
              item.label
            }}</mat-checkbox>
          }
          @if (chosen().size === 0) {
            <p class="choose" role="alert">Choose at least one.</p>
          }
        </fieldset>
      }
      @if (data.text; as text) {
        <mat-form-field appearance="outline">
          <mat-label>{{ text.label }}</mat-label>
          <textarea matInput [formControl]="control" rows="3" [required]="text.required"></textarea>
          @if (text.hint) {
            <mat-hint>{{ text.hint }}</mat-hint>
          }
          @if (textError(); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="close(tried() ? 'failed' : undefined)">
        {{ data.dismiss ?? 'Cancel' }}
      </button>
      @if (data.text) {
        <button mat-flat-button type="button" [class.danger]="data.danger" [disabled]="busy()" (click)="confirm()">
          {{ busy() ? 'Working…' : data.confirm }}
        </button>
      } @else {
        <button
          mat-flat-button
          type="button"
          [class.danger]="data.danger"
          [disabled]="busy() || noneChosen()"
          (click)="confirm()"
          cdkFocusInitial
        >
          {{ busy() ? 'Working…' : data.confirm }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
    .problems {
      margin: 0 0 12px;
      padding-left: 20px;
    }
    .problems li {
      margin: 4px 0;
    }
    .choices {
      display: grid;
      gap: 2px;
      border: 0;
      margin: 0;
      padding: 0;
    }
    legend {
      font-weight: 500;
      margin-bottom: 4px;
      padding: 0;
    }
    .choose {
      color: var(--mat-sys-error);
      font-size: 13px;
      margin: 4px 0 0;
    }
    .progress {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
    }
    .progress li {
      display: flex;
      justify-content: space-between;
      gap: 12px;
      padding: 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .progress .count {
      font-variant-numeric: tabular-nums;
    }
    .progress .incomplete .count {
      font-weight: 600;
    }
    .warning {
      margin: 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConfirmDialog, ConfirmOutcome>>(MatDialogRef);
  private readonly describe = inject(DESCRIBE_ERROR);
  protected readonly control = new FormControl('', {
    nonNullable: true,
    validators: this.data.text?.required
      ? [Validators.required, Validators.maxLength(2000)]
      : [Validators.maxLength(2000)],
  });
  protected readonly busy = signal(false);
  protected readonly tried = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly chosen = signal<ReadonlySet<string>>(
    new Set(this.data.choices?.items.map((item) => item.id) ?? []),
  );
  protected readonly noneChosen = computed(() => !!this.data.choices && this.chosen().size === 0);
  protected readonly reloadable = computed(() => {
    const problem = this.problem();
    return !!problem && needsReload(problem);
  });
  /** Problems the server named that have no field here to sit under (e.g. what a step is missing). */
  protected readonly listed = computed(() => {
    const problem = this.problem();
    if (!problem) return [];
    return Object.entries(problem.fields)
      .filter(([field]) => field !== this.data.text?.field)
      .flatMap(([, problems]) => problems);
  });

  protected textError(): string | null {
    const errors = this.control.errors;
    if (!errors || (!errors['server'] && !(this.control.touched || this.control.dirty))) return null;
    return validationMessage(errors);
  }

  protected toggle(id: string, on: boolean): void {
    this.chosen.update((chosen) => {
      const next = new Set(chosen);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async confirm(): Promise<void> {
    this.control.markAsTouched();
    if (this.data.text && this.control.invalid) return;
    if (this.busy() || this.noneChosen()) return;
    if (!this.data.run) {
      this.ref.close('done');
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    this.tried.set(true);
    try {
      const chosen = (this.data.choices?.items ?? []).map((item) => item.id).filter((id) => this.chosen().has(id));
      await this.data.run({ text: this.control.value.trim(), chosen });
      this.ref.close('done');
    } catch (error) {
      const problem = this.describe(error);
      this.problem.set(problem);
      const field = this.data.text?.field;
      if (field && problem.fields[field]) {
        this.control.setErrors({ ...(this.control.errors ?? {}), server: problem.fields[field].join(' ') });
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected close(outcome: ConfirmOutcome): void {
    this.ref.close(outcome);
  }
}
