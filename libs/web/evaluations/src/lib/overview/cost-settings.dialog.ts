import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialog } from '@assay/web/core';
import { SetCostSettingsDocument, SetCostSettingsMutation } from '../evaluations.generated';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';

export interface CostSettingsDialogData {
  evaluationId: string;
  years: number;
  trainingHourlyRate: number;
  currency: string;
}

type Saved = SetCostSettingsMutation['setCostSettings'];

/** The period the total cost of ownership covers, and what an hour of staff training costs. */
@Component({
  selector: 'assay-cost-settings-dialog',
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
    <h2 mat-dialog-title>Cost period and training rate</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Period (years)</mat-label>
            <input matInput type="number" min="1" max="30" step="1" formControlName="years" required />
            <mat-hint>Yearly costs count this many times.</mat-hint>
            @if (fieldError('years'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Training, per hour ({{ data.currency }})</mat-label>
            <input
              matInput
              type="number"
              min="0"
              step="0.01"
              inputmode="decimal"
              formControlName="trainingHourlyRate"
              required
            />
            <mat-hint>Staff time on courses: wages and cover.</mat-hint>
            @if (fieldError('trainingHourlyRate'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save' }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class CostSettingsDialog extends FormDialog<Saved> implements OnInit {
  protected readonly data = inject<CostSettingsDialogData>(MAT_DIALOG_DATA);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    years: [5, [Validators.required, Validators.min(1), Validators.max(30)]],
    trainingHourlyRate: [0, [Validators.required, Validators.min(0)]],
  });

  ngOnInit(): void {
    this.form.setValue({ years: this.data.years, trainingHourlyRate: this.data.trainingHourlyRate });
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const input = {
        evaluationId: this.data.evaluationId,
        years: Math.round(Number(value.years)),
        trainingHourlyRate: Number(value.trainingHourlyRate),
      };
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: SetCostSettingsDocument, variables: { input } }),
      );
      return result.data?.setCostSettings;
    });
  }
}
