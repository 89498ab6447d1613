import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { ProposeWaiverDocument, WaiverFieldsFragment } from '../testing-acceptance.generated';

export interface WaiverDialogData {
  candidateId: string;
  candidateName: string;
  /** The requirements that may be waived: failed, not verified or uncovered, with no live waiver. */
  requirements: { id: string; code: string; title: string; state: string }[];
  /** The requirement to preselect. */
  requirementId?: string;
}

/** The lead proposes to accept a candidate although a requirement is not met; a director must agree. */
@Component({
  selector: 'assay-waiver-dialog',
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
    <h2 mat-dialog-title>Propose a waiver for {{ data.candidateName }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Requirement</mat-label>
          <mat-select formControlName="requirementId" required>
            @for (requirement of data.requirements; track requirement.id) {
              <mat-option [value]="requirement.id"
                >{{ requirement.code }} {{ requirement.title }} ({{ requirement.state }})</mat-option
              >
            }
          </mat-select>
          @if (fieldError('requirementId'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Rationale</mat-label>
          <textarea matInput formControlName="rationale" rows="4" required maxlength="4000"></textarea>
          <mat-hint
            >Why the candidate may be accepted without it. A director must agree before it takes effect.</mat-hint
          >
          @if (fieldError('rationale'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Proposing…' : 'Propose' }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class WaiverDialog extends FormDialog<WaiverFieldsFragment> {
  protected readonly data = inject<WaiverDialogData>(MAT_DIALOG_DATA);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    requirementId: [this.data.requirementId ?? '', Validators.required],
    rationale: ['', [Validators.required, Validators.maxLength(4000)]],
  });

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: ProposeWaiverDocument,
          variables: {
            input: {
              candidateId: this.data.candidateId,
              requirementId: value.requirementId,
              rationale: value.rationale.trim(),
            },
          },
        }),
      );
      return result.data?.proposeWaiver;
    });
  }
}
