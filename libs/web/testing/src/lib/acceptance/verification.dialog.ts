import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, VerificationOutcome } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { RecordVerificationDocument } from '../testing-acceptance.generated';

export interface VerificationDialogData {
  candidateId: string;
  candidateName: string;
  /** Requirements verified by demonstration, inspection, vendor statement or reference check. */
  requirements: { id: string; code: string; title: string }[];
}

/** Records the outcome of a demonstration, inspection, vendor statement or reference check. */
@Component({
  selector: 'assay-verification-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>Record a verification for {{ data.candidateName }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Requirement</mat-label>
          <mat-select formControlName="requirementId" required>
            @for (requirement of data.requirements; track requirement.id) {
              <mat-option [value]="requirement.id">{{ requirement.code }} {{ requirement.title }}</mat-option>
            }
          </mat-select>
          @if (fieldError('requirementId'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-radio-group formControlName="outcome" aria-label="Outcome" class="outcome">
          <mat-radio-button value="ACCEPTED">Accepted: the requirement is met</mat-radio-button>
          <mat-radio-button value="REJECTED">Rejected: it is not met</mat-radio-button>
        </mat-radio-group>
        <mat-form-field appearance="outline">
          <mat-label>Note</mat-label>
          <textarea matInput formControlName="note" rows="3" maxlength="4000"></textarea>
          <mat-hint>What was shown or checked, and by whom.</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Recording…' : 'Record' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .outcome {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 12px;
    }
  `,
})
export class VerificationDialog extends FormDialog<{ id: string }> {
  protected readonly data = inject<VerificationDialogData>(MAT_DIALOG_DATA);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    requirementId: ['', Validators.required],
    outcome: ['ACCEPTED' as VerificationOutcome, Validators.required],
    note: ['', Validators.maxLength(4000)],
  });

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: RecordVerificationDocument,
          variables: {
            input: {
              candidateId: this.data.candidateId,
              requirementId: value.requirementId,
              outcome: value.outcome,
              note: value.note.trim() || undefined,
            },
          },
        }),
      );
      return result.data?.recordVerification;
    });
  }
}
