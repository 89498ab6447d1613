import { LowerCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DefectStatus, FormDialog } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { ChangeDefectStatusDocument, DefectRowFragment } from '../testing-defects.generated';
import { defectStatusLabel, statusNeed } from './defect-labels';

export interface DefectStatusDialogData {
  defect: DefectRowFragment;
  to: DefectStatus;
  /** Duplicate: the other defects it may duplicate. */
  others: { id: string; key: string; title: string }[];
}

/** Moves a defect to a status that needs more than a click: the fixing version, the reason not to fix, the defect it duplicates. */
@Component({
  selector: 'assay-defect-status-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LowerCasePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.defect.key }}: {{ statusLabel(data.to) | lowercase }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <p class="title">{{ data.defect.title }}</p>
        @switch (need) {
          @case ('fixedInVersion') {
            <mat-form-field appearance="outline">
              <mat-label>Fixed in version or build</mat-label>
              <input matInput formControlName="fixedInVersion" autocomplete="off" required maxlength="200" />
              <mat-hint>Its linked cases are due for a retest on this version within 14 days.</mat-hint>
              @if (fieldError('fixedInVersion'); as e) {
                <mat-error>{{ e }}</mat-error>
              }
            </mat-form-field>
          }
          @case ('reason') {
            <mat-form-field appearance="outline">
              <mat-label>Why it will not be fixed</mat-label>
              <textarea matInput formControlName="reason" rows="3" required maxlength="5000"></textarea>
              @if (fieldError('reason'); as e) {
                <mat-error>{{ e }}</mat-error>
              }
            </mat-form-field>
          }
          @case ('duplicateOf') {
            <mat-form-field appearance="outline">
              <mat-label>Duplicate of</mat-label>
              <mat-select formControlName="duplicateOfId" required>
                @for (other of data.others; track other.id) {
                  <mat-option [value]="other.id">{{ other.key }} {{ other.title }}</mat-option>
                }
              </mat-select>
              <mat-hint>{{ data.others.length ? 'Defects on this page' : 'No other defect on this page.' }}</mat-hint>
              @if (fieldError('duplicateOfId'); as e) {
                <mat-error>{{ e }}</mat-error>
              }
            </mat-form-field>
          }
        }
        <mat-form-field appearance="outline">
          <mat-label>Resolution notes</mat-label>
          <textarea matInput formControlName="resolutionNotes" rows="3" maxlength="50000"></textarea>
          <mat-hint>What the reporter reads; left empty, the notes stay as they are.</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .title {
      margin: 0 0 12px;
    }
  `,
})
export class DefectStatusDialog extends FormDialog<DefectRowFragment> {
  protected readonly data = inject<DefectStatusDialogData>(MAT_DIALOG_DATA);
  protected readonly need = statusNeed(this.data.to);
  protected readonly statusLabel = defectStatusLabel;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    fixedInVersion: ['', this.need === 'fixedInVersion' ? [Validators.required, Validators.maxLength(200)] : []],
    reason: ['', this.need === 'reason' ? [Validators.required, Validators.maxLength(5000)] : []],
    duplicateOfId: ['', this.need === 'duplicateOf' ? [Validators.required] : []],
    resolutionNotes: ['', Validators.maxLength(50000)],
  });

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: ChangeDefectStatusDocument,
          variables: {
            input: {
              id: this.data.defect.id,
              version: this.data.defect.version,
              status: this.data.to,
              fixedInVersion: this.need === 'fixedInVersion' ? value.fixedInVersion.trim() : undefined,
              reason: this.need === 'reason' ? value.reason.trim() : undefined,
              duplicateOfId: this.need === 'duplicateOf' ? value.duplicateOfId : undefined,
              resolutionNotes: value.resolutionNotes.trim() || undefined,
            },
          },
        }),
      );
      return result.data?.changeDefectStatus;
    });
  }
}
