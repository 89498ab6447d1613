import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, optional } from '@assay/web/core';
import {
  CandidateFieldsFragment,
  SaveTrainingNeedDocument,
  TrainingNeedFieldsFragment,
} from '../evaluations.generated';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';

export interface TrainingNeedDialogData {
  evaluationId: string;
  need?: TrainingNeedFieldsFragment;
  candidates: readonly CandidateFieldsFragment[];
  /** The departments the person may record for. */
  departments: readonly { id: string; name: string }[];
  defaultDepartmentId: string | null;
}

/** Records or edits what one department's staff must learn for one candidate. */
@Component({
  selector: 'assay-training-need-dialog',
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
    <h2 mat-dialog-title>{{ data.need ? 'Edit training need' : 'Add training need' }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" [retryable]="p.stale" actionLabel="Reload" (retry)="reload()" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Topic</mat-label>
          <input matInput formControlName="topic" autocomplete="off" required />
          <mat-hint>What staff must learn, e.g. “Circulation desk workflows”.</mat-hint>
          @if (fieldError('topic'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
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
            <mat-label>Department</mat-label>
            <mat-select formControlName="departmentId" required>
              @for (department of data.departments; track department.id) {
                <mat-option [value]="department.id">{{ department.name }}</mat-option>
              }
            </mat-select>
            @if (fieldError('departmentId'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>People</mat-label>
            <input matInput type="number" min="0" step="1" formControlName="people" required />
            @if (fieldError('people'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Hours per person</mat-label>
            <input matInput type="number" min="0" step="0.5" formControlName="hoursPerPerson" required />
            @if (fieldError('hoursPerPerson'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Notes</mat-label>
          <textarea matInput formControlName="notes" rows="2"></textarea>
          @if (fieldError('notes'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Saving…' : data.need ? 'Save' : 'Add training need' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class TrainingNeedDialog extends FormDialog<TrainingNeedFieldsFragment> implements OnInit {
  protected readonly data = inject<TrainingNeedDialogData>(MAT_DIALOG_DATA);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    topic: ['', [Validators.required, Validators.maxLength(300)]],
    candidateId: ['', Validators.required],
    departmentId: ['', Validators.required],
    people: [1, [Validators.required, Validators.min(0), Validators.max(100000)]],
    hoursPerPerson: [1, [Validators.required, Validators.min(0), Validators.max(10000)]],
    notes: ['', Validators.maxLength(2000)],
  });

  ngOnInit(): void {
    const need = this.data.need;
    if (need) {
      this.form.setValue({
        topic: need.topic,
        candidateId: need.candidateId,
        departmentId: need.departmentId,
        people: need.people,
        hoursPerPerson: need.hoursPerPerson,
        notes: need.notes,
      });
    } else {
      const department =
        this.data.departments.find((d) => d.id === this.data.defaultDepartmentId) ??
        (this.data.departments.length === 1 ? this.data.departments[0] : undefined);
      this.form.patchValue({
        candidateId: this.data.candidates.length === 1 ? this.data.candidates[0].id : '',
        departmentId: department?.id ?? '',
      });
    }
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const input = {
        id: this.data.need?.id,
        version: this.data.need?.version,
        candidateId: value.candidateId,
        departmentId: value.departmentId,
        topic: value.topic.trim(),
        people: Math.round(Number(value.people)),
        hoursPerPerson: Number(value.hoursPerPerson),
        notes: optional(value.notes) ?? '',
      };
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: SaveTrainingNeedDocument,
          variables: { evaluationId: this.data.evaluationId, input },
        }),
      );
      return result.data?.saveTrainingNeed;
    });
  }
}
