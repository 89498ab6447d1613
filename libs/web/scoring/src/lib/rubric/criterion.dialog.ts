import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CriterionInput, FormDialog } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { Rubric, RubricCriterion, RubricRequirement } from './rubric.store';

export interface CriterionDialogData {
  kind: 'category' | 'criterion';
  /** The one being edited; null adds a new one. */
  criterion: RubricCriterion | null;
  /** For a criterion: the categories it may sit in, and the one to preselect. */
  categories: RubricCriterion[];
  parentId: string | null;
  /** Requirements that may be linked: the approved ones, and any already linked. */
  requirements: RubricRequirement[];
  run: (input: Omit<CriterionInput, 'rubricVersionId'>) => Promise<Rubric | null>;
}

/** Adds or edits a category or a criterion: title, description, weight and the requirements it covers. */
@Component({
  selector: 'assay-criterion-dialog',
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
    <h2 mat-dialog-title>{{ heading }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Title</mat-label>
          <input matInput formControlName="title" autocomplete="off" required />
          @if (fieldError('title'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          @if (data.kind === 'criterion') {
            <mat-form-field appearance="outline">
              <mat-label>Category</mat-label>
              <mat-select formControlName="parentId" required>
                @for (category of data.categories; track category.id) {
                  <mat-option [value]="category.id">{{ category.title }}</mat-option>
                }
              </mat-select>
              @if (fieldError('parentId'); as e) {
                <mat-error>{{ e }}</mat-error>
              }
            </mat-form-field>
          }
          <mat-form-field appearance="outline" class="narrow-field">
            <mat-label>Weight</mat-label>
            <input matInput type="number" formControlName="weight" min="0" step="any" required />
            <mat-hint>Relative to its {{ data.kind === 'category' ? 'sibling categories' : 'siblings' }}</mat-hint>
            @if (fieldError('weight'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Description</mat-label>
          <textarea matInput formControlName="description" rows="3"></textarea>
          <mat-hint>What the evaluators look for when they score it.</mat-hint>
          @if (fieldError('description'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        @if (data.kind === 'criterion') {
          <mat-form-field appearance="outline">
            <mat-label>Requirements covered</mat-label>
            <mat-select formControlName="requirementIds" multiple>
              @for (requirement of data.requirements; track requirement.id) {
                <mat-option [value]="requirement.id">{{ requirement.code }} {{ requirement.title }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{
              data.requirements.length ? 'Approved requirements of this evaluation.' : 'No approved requirements yet.'
            }}</mat-hint>
            @if (fieldError('requirementIds'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Saving…' : data.criterion ? 'Save' : 'Add' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class CriterionDialog extends FormDialog<Rubric> {
  protected readonly data = inject<CriterionDialogData>(MAT_DIALOG_DATA);
  protected readonly heading = `${this.data.criterion ? 'Edit' : 'Add'} ${this.data.kind}`;

  protected readonly form = inject(FormBuilder).group({
    title: [this.data.criterion?.title ?? '', [Validators.required, Validators.maxLength(300)]],
    parentId: [
      this.data.criterion?.parentId ?? this.data.parentId,
      this.data.kind === 'criterion' ? Validators.required : [],
    ],
    weight: [
      this.data.criterion?.weight ?? (1 as number | null),
      [Validators.required, Validators.min(0.000001), Validators.max(1000000)],
    ],
    description: [this.data.criterion?.description ?? '', Validators.maxLength(5000)],
    requirementIds: [this.data.criterion?.requirementIds ?? ([] as string[])],
  });

  protected save(): Promise<void> {
    return this.submit(() => {
      const value = this.form.getRawValue();
      const input: Omit<CriterionInput, 'rubricVersionId'> = {
        id: this.data.criterion?.id,
        title: (value.title ?? '').trim(),
        description: (value.description ?? '').trim(),
        weight: Number(value.weight),
        parentId: this.data.kind === 'criterion' ? value.parentId : null,
      };
      if (this.data.kind === 'criterion') input.requirementIds = value.requirementIds ?? [];
      return this.data.run(input);
    });
  }
}
