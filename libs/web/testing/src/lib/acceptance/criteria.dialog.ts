import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialog } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { AcceptanceCriteriaFieldsFragment, SetAcceptanceCriteriaDocument } from '../testing-acceptance.generated';

/** The lead changes what a candidate must show to be accepted. */
@Component({
  selector: 'assay-acceptance-criteria-dialog',
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
    <h2 mat-dialog-title>Acceptance criteria</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner
            [message]="p.message"
            [retryable]="p.code === 'CONFLICT'"
            actionLabel="Reload"
            (retry)="reload()"
          />
        }
        <mat-checkbox formControlName="mandatoryVerified">Every mandatory requirement verified</mat-checkbox>
        <mat-form-field appearance="outline">
          <mat-label>Lowest pass rate accepted (%)</mat-label>
          <input matInput type="number" formControlName="passRateThreshold" min="0" max="100" step="0.1" required />
          <mat-hint>Passed ÷ (passed + failed), over the latest result of each case.</mat-hint>
          @if (fieldError('passRateThreshold'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-checkbox formControlName="noOpenCriticalDefects">No open critical defects</mat-checkbox>
        <mat-checkbox formControlName="noOpenMajorDefects">No open major defects</mat-checkbox>
        <mat-form-field appearance="outline">
          <mat-label>Lowest share of should-requirements verified (%)</mat-label>
          <input matInput type="number" formControlName="minShouldCoverage" min="0" max="100" step="0.1" />
          <mat-hint>Leave empty when no minimum is required.</mat-hint>
          @if (fieldError('minShouldCoverage'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-checkbox {
      display: block;
      margin-bottom: 8px;
    }
  `,
})
export class CriteriaDialog extends FormDialog<AcceptanceCriteriaFieldsFragment> {
  private readonly criteria = inject<AcceptanceCriteriaFieldsFragment>(MAT_DIALOG_DATA);

  private readonly fb = inject(FormBuilder);
  protected readonly form = this.fb.group({
    mandatoryVerified: this.fb.nonNullable.control(this.criteria.mandatoryVerified),
    passRateThreshold: this.fb.control<number | null>(this.criteria.passRateThreshold, [
      Validators.required,
      Validators.min(0),
      Validators.max(100),
    ]),
    noOpenCriticalDefects: this.fb.nonNullable.control(this.criteria.noOpenCriticalDefects),
    noOpenMajorDefects: this.fb.nonNullable.control(this.criteria.noOpenMajorDefects),
    minShouldCoverage: this.fb.control<number | null>(this.criteria.minShouldCoverage ?? null, [
      Validators.min(0),
      Validators.max(100),
    ]),
  });

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: SetAcceptanceCriteriaDocument,
          variables: {
            input: {
              evaluationId: this.criteria.evaluationId,
              version: this.criteria.version,
              mandatoryVerified: value.mandatoryVerified,
              passRateThreshold: Number(value.passRateThreshold),
              noOpenCriticalDefects: value.noOpenCriticalDefects,
              noOpenMajorDefects: value.noOpenMajorDefects,
              minShouldCoverage:
                value.minShouldCoverage === null || `${value.minShouldCoverage}` === ''
                  ? null
                  : Number(value.minShouldCoverage),
            },
          },
        }),
      );
      return result.data?.setAcceptanceCriteria;
    });
  }
}
