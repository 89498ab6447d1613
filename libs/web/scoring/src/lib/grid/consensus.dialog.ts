import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { problemOf } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';

export interface ConsensusDialogData {
  candidate: string;
  criterion: string;
  steps: { value: number; label: string }[];
  value: number | null;
  note: string;
  scores: string;
  run: (value: number, note: string) => Promise<unknown>;
}

/** The agreed score for one candidate and criterion, with the note that says why. */
@Component({
  selector: 'assay-consensus-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>Set consensus</h2>
    <form [formGroup]="form" (submit)="$event.preventDefault(); save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p" />
        }
        <p class="what">{{ data.candidate }} · {{ data.criterion }}</p>
        <p class="scores">Evaluators: {{ data.scores }}</p>
        <mat-form-field appearance="outline">
          <mat-label>Consensus score</mat-label>
          <mat-select formControlName="value" required>
            @for (step of data.steps; track step.value) {
              <mat-option [value]="step.value">{{ step.value }} {{ step.label }}</mat-option>
            }
          </mat-select>
          @if (form.controls.value.touched && form.controls.value.invalid) {
            <mat-error>Choose a score.</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Note</mat-label>
          <textarea matInput formControlName="note" rows="3" required></textarea>
          <mat-hint>Why the group agreed on this score.</mat-hint>
          @if (form.controls.note.touched && form.controls.note.invalid) {
            <mat-error>A note is required.</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ busy() ? 'Saving…' : 'Set consensus' }}</button>
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
    .what {
      font-weight: 500;
      margin: 0 0 4px;
    }
    .scores {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ConsensusDialog {
  protected readonly data = inject<ConsensusDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConsensusDialog, boolean>>(MatDialogRef);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly form = new FormGroup({
    value: new FormControl<number | null>(this.data.value, Validators.required),
    note: new FormControl(this.data.note, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(2000)],
    }),
  });

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    const { value, note } = this.form.getRawValue();
    if (this.form.invalid || value === null || !note.trim() || this.busy()) {
      if (!note.trim()) this.form.controls.note.setErrors({ required: true });
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.data.run(value, note.trim());
      this.ref.close(true);
    } catch (error) {
      this.problem.set(problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
