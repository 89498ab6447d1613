import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialog } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { FeedbackSurveyFieldsFragment, RepeatFeedbackSurveyDocument } from '../feedback.generated';
import { fromLocalInput, LIMITS, toLocalInput } from '../feedback-labels';

const DAY = 24 * 60 * 60 * 1000;

/** The closing time must come after the opening time. */
function closesAfterOpens(group: AbstractControl): ValidationErrors | null {
  const opens = Date.parse(group.get('opensAt')?.value ?? '');
  const closes = Date.parse(group.get('closesAt')?.value ?? '');
  return !Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens ? { closesBeforeOpens: true } : null;
}

/** Repeats a survey as the next wave of its series: the same questions, audience and anonymity, a new period. */
@Component({
  selector: 'assay-repeat-survey-dialog',
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
    <h2 mat-dialog-title>Repeat “{{ data.title }}”</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <p>
          A new wave with the same questions, audience and anonymity. Its results are shown over time beside the earlier
          waves.
        </p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Wave</mat-label>
          <input matInput formControlName="waveLabel" autocomplete="off" required [attr.maxlength]="limits.waveLabel" />
          <mat-hint>For example “6 months” or “12 months”.</mat-hint>
          @if (fieldError('waveLabel'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Opens</mat-label>
            <input matInput type="datetime-local" formControlName="opensAt" required />
            @if (fieldError('opensAt'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Closes</mat-label>
            <input matInput type="datetime-local" formControlName="closesAt" required />
            @if (fieldError('closesAt'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        @if (form.errors?.['closesBeforeOpens'] && form.touched) {
          <p class="error" role="alert">The survey must close after it opens.</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Creating…' : 'Create wave' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class RepeatSurveyDialog extends FormDialog<FeedbackSurveyFieldsFragment> {
  protected readonly data = inject<FeedbackSurveyFieldsFragment>(MAT_DIALOG_DATA);
  protected readonly limits = LIMITS;
  private readonly now = new Date();
  protected readonly form = inject(FormBuilder).group(
    {
      waveLabel: ['', [Validators.required, Validators.maxLength(LIMITS.waveLabel)]],
      opensAt: [toLocalInput(this.now), Validators.required],
      closesAt: [toLocalInput(new Date(this.now.getTime() + 14 * DAY)), Validators.required],
    },
    { validators: closesAfterOpens },
  );

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: RepeatFeedbackSurveyDocument,
          variables: {
            input: {
              id: this.data.id,
              waveLabel: (value.waveLabel ?? '').trim(),
              opensAt: fromLocalInput(value.opensAt ?? ''),
              closesAt: fromLocalInput(value.closesAt ?? ''),
            },
          },
        }),
      );
      return result.data?.repeatFeedbackSurvey;
    });
  }
}
