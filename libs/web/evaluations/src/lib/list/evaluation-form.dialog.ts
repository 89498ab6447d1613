import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { EvaluationKind, FormDialog, optional } from '@assay/web/core';
import { CreateEvaluationDocument, EvaluationDetailFragment, UpdateEvaluationDocument } from '../evaluations.generated';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { EVALUATION_KIND, EVALUATION_KIND_HINT, keysOf } from '../evaluation-labels';

export interface EvaluationFormDialogData {
  evaluation?: EvaluationDetailFragment;
}

const BUDGET = /^\d{1,12}(\.\d{1,2})?$/;

/** Starts an evaluation or edits one: title, kind, purpose, budget and dates. */
@Component({
  selector: 'assay-evaluation-form-dialog',
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
    <h2 mat-dialog-title>{{ evaluation ? 'Edit ' + evaluation.title : 'New evaluation' }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" [retryable]="p.stale" actionLabel="Reload" (retry)="reload()" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Title</mat-label>
          <input matInput formControlName="title" autocomplete="off" required />
          @if (fieldError('title'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        @if (!evaluation) {
          <mat-form-field appearance="outline">
            <mat-label>Kind</mat-label>
            <mat-select formControlName="kind">
              @for (kind of kinds; track kind) {
                <mat-option [value]="kind">{{ kindLabel[kind] }} — {{ kindHint[kind] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>Purpose</mat-label>
          <textarea matInput formControlName="purpose" rows="3"></textarea>
          <mat-hint>What the consortium wants to decide, and why now.</mat-hint>
          @if (fieldError('purpose'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Budget</mat-label>
            <input matInput formControlName="budget" inputmode="decimal" autocomplete="off" placeholder="250000" />
            @if (fieldError('budget'); as e) {
              <mat-error>{{ e }}</mat-error>
            } @else {
              <mat-hint>A number, e.g. 250000 or 250000.50</mat-hint>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" class="narrow-field">
            <mat-label>Currency</mat-label>
            <input matInput formControlName="currency" autocomplete="off" maxlength="3" />
            @if (fieldError('currency'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Starts on</mat-label>
            <input matInput type="date" formControlName="startsOn" />
            @if (fieldError('startsOn'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Ends on</mat-label>
            <input matInput type="date" formControlName="endsOn" />
            @if (fieldError('endsOn'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Saving…' : evaluation ? 'Save' : 'Start evaluation' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class EvaluationFormDialog extends FormDialog<EvaluationDetailFragment> implements OnInit {
  protected readonly evaluation = inject<EvaluationFormDialogData>(MAT_DIALOG_DATA).evaluation;
  protected readonly kinds = keysOf(EVALUATION_KIND);
  protected readonly kindLabel = EVALUATION_KIND;
  protected readonly kindHint = EVALUATION_KIND_HINT;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    kind: ['SELECTION' as EvaluationKind],
    purpose: ['', Validators.maxLength(5000)],
    budget: ['', Validators.pattern(BUDGET)],
    currency: ['USD', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    startsOn: [''],
    endsOn: [''],
  });

  ngOnInit(): void {
    const evaluation = this.evaluation;
    if (evaluation) {
      this.form.patchValue({
        title: evaluation.title,
        kind: evaluation.kind,
        purpose: evaluation.purpose,
        budget: evaluation.budget ?? '',
        currency: evaluation.currency,
        startsOn: evaluation.startsOn ?? '',
        endsOn: evaluation.endsOn ?? '',
      });
    }
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const fields = {
        title: value.title.trim(),
        purpose: value.purpose.trim(),
        budget: optional(value.budget),
        currency: value.currency.trim().toUpperCase(),
        startsOn: optional(value.startsOn),
        endsOn: optional(value.endsOn),
      };
      if (this.evaluation) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateEvaluationDocument,
            variables: { input: { id: this.evaluation.id, version: this.evaluation.version, ...fields } },
          }),
        );
        return result.data?.updateEvaluation;
      }
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateEvaluationDocument,
          variables: { input: { ...fields, kind: value.kind } },
        }),
      );
      return result.data?.createEvaluation;
    });
  }
}
