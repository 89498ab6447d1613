import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ErrorCode } from '@assay/domain';
import { controlError, Problem, problemOf } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';

export interface ActionDialogData {
  title: string;
  message?: string;
  /** A text to ask for (a reason, a comment); none when only confirming. */
  text?: { label: string; required: boolean; hint?: string; field: string };
  confirm: string;
  /** The label of the button that closes without acting; "Cancel" unless that would be ambiguous. */
  dismiss?: string;
  /** Destructive actions are shown in the error colour. */
  danger?: boolean;
  /** Runs the action; what it throws is shown in the dialog, which stays open. */
  run: (text: string) => Promise<unknown>;
}

/** done: the action ran; reload: the data was stale and the page should load it again; failed: tried, gave up. */
export type ActionOutcome = 'done' | 'reload' | 'failed' | undefined;

/**
 * Asks before an action, optionally for a reason or comment, runs it, and shows what the server
 * said when it refuses: the message, each missing item as a list, a field's problem under the
 * field, and Reload when someone else saved first.
 */
@Component({
  selector: 'assay-action-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form (submit)="$event.preventDefault(); confirm()" novalidate>
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
          <button mat-flat-button type="submit" [class.danger]="data.danger" [disabled]="busy()">
            {{ busy() ? 'Working…' : data.confirm }}
          </button>
        } @else {
          <button mat-flat-button type="submit" [class.danger]="data.danger" [disabled]="busy()" cdkFocusInitial>
            {{ busy() ? 'Working…' : data.confirm }}
          </button>
        }
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    form {
      display: contents;
    }
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
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ActionDialog {
  protected readonly data = inject<ActionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ActionDialog, ActionOutcome>>(MatDialogRef);
  protected readonly control = new FormControl('', {
    nonNullable: true,
    validators: this.data.text?.required
      ? [Validators.required, Validators.maxLength(2000)]
      : [Validators.maxLength(2000)],
  });
  protected readonly busy = signal(false);
  protected readonly tried = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly reloadable = computed(() => {
    const problem = this.problem();
    return !!problem && (problem.stale || problem.code === ErrorCode.Conflict);
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
    return controlError(this.control);
  }

  protected async confirm(): Promise<void> {
    this.control.markAsTouched();
    if (this.data.text && this.control.invalid) return;
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.tried.set(true);
    try {
      await this.data.run(this.control.value.trim());
      this.ref.close('done');
    } catch (error) {
      const problem = problemOf(error);
      this.problem.set(problem);
      const field = this.data.text?.field;
      if (field && problem.fields[field]) {
        this.control.setErrors({ ...(this.control.errors ?? {}), server: problem.fields[field].join(' ') });
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected close(outcome: ActionOutcome): void {
    this.ref.close(outcome);
  }
}
