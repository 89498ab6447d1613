import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CostKind, FormDialog } from '@assay/web/core';
import { CandidateFieldsFragment, CostItemFieldsFragment, SaveCostItemDocument } from '../evaluations.generated';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { COST_KIND } from '../evaluation-labels';

export interface CostItemDialogData {
  item?: CostItemFieldsFragment;
  candidates: readonly CandidateFieldsFragment[];
  candidateId?: string;
  currency: string;
}

/** Adds or edits one line of a candidate's cost: one-time (paid in year 1) or yearly. */
@Component({
  selector: 'assay-cost-item-dialog',
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
    <h2 mat-dialog-title>{{ data.item ? 'Edit cost' : 'Add cost' }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" [retryable]="p.stale" actionLabel="Reload" (retry)="reload()" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Candidate</mat-label>
          <mat-select formControlName="candidateId" required>
            @for (candidate of data.candidates; track candidate.id) {
              <mat-option [value]="candidate.id">{{ candidate.productName }} {{ candidate.versionName }}</mat-option>
            }
          </mat-select>
          @if (fieldError('candidateId'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>What it is for</mat-label>
          <input matInput formControlName="label" autocomplete="off" required />
          <mat-hint>e.g. “Licence”, “Data migration”, “Hosting and support”.</mat-hint>
          @if (fieldError('label'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Paid</mat-label>
            <mat-select formControlName="kind" required>
              @for (kind of kinds; track kind) {
                <mat-option [value]="kind">{{ kindLabel[kind] }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{
              form.controls.kind.value === 'YEARLY' ? 'Every year of the period' : 'Once, in year 1'
            }}</mat-hint>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Amount ({{ data.currency }})</mat-label>
            <input matInput type="number" min="0" step="0.01" inputmode="decimal" formControlName="amount" required />
            @if (fieldError('amount'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Notes</mat-label>
          <textarea matInput formControlName="notes" rows="2"></textarea>
          <mat-hint>Where the figure comes from: a quote, an estimate.</mat-hint>
          @if (fieldError('notes'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Saving…' : data.item ? 'Save' : 'Add cost' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class CostItemDialog extends FormDialog<CostItemFieldsFragment> implements OnInit {
  protected readonly data = inject<CostItemDialogData>(MAT_DIALOG_DATA);
  protected readonly kinds: CostKind[] = ['ONE_TIME', 'YEARLY'];
  protected readonly kindLabel = COST_KIND;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    candidateId: ['', Validators.required],
    label: ['', [Validators.required, Validators.maxLength(200)]],
    kind: ['ONE_TIME' as CostKind, Validators.required],
    amount: [null as number | null, [Validators.required, Validators.min(0), Validators.max(999_999_999_999.99)]],
    notes: ['', Validators.maxLength(2000)],
  });

  ngOnInit(): void {
    const item = this.data.item;
    if (item)
      this.form.setValue({
        candidateId: item.candidateId,
        label: item.label,
        kind: item.kind,
        amount: item.amount,
        notes: item.notes,
      });
    else
      this.form.patchValue({
        candidateId: this.data.candidateId ?? (this.data.candidates.length === 1 ? this.data.candidates[0].id : ''),
      });
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const input = {
        id: this.data.item?.id,
        version: this.data.item?.version,
        candidateId: value.candidateId,
        kind: value.kind,
        label: value.label.trim(),
        amount: Number(value.amount),
        notes: value.notes.trim(),
      };
      const result = await firstValueFrom(this.apollo.mutate({ mutation: SaveCostItemDocument, variables: { input } }));
      return result.data?.saveCostItem;
    });
  }
}
