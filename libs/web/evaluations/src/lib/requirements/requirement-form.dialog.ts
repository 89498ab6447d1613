import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, optional, Priority, VerificationMethod } from '@assay/web/core';
import { CreateRequirementDocument, RequirementFieldsFragment } from '../requirements.generated';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { keysOf, PRIORITY, PRIORITY_HINT, VERIFICATION_METHOD } from '../evaluation-labels';

export interface RequirementFormDialogData {
  evaluationId: string;
  /** The departments the person may add for (a department head: their own). */
  departments: readonly { id: string; name: string; code: string }[];
  defaultDepartmentId: string | null;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Records a new requirement: what is needed, for which department, how important, and why. */
@Component({
  selector: 'assay-requirement-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>Add requirement</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Title</mat-label>
          <input matInput formControlName="title" autocomplete="off" required />
          <mat-hint>What the system must do, in one line.</mat-hint>
          @if (fieldError('title'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Department</mat-label>
            <mat-select formControlName="departmentId" required>
              @for (department of data.departments; track department.id) {
                <mat-option [value]="department.id">{{ department.name }} ({{ department.code }})</mat-option>
              }
            </mat-select>
            @if (fieldError('departmentId'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Priority</mat-label>
            <mat-select formControlName="priority" required>
              @for (priority of priorities; track priority) {
                <mat-option [value]="priority">{{ priorityHint[priority] }}</mat-option>
              }
            </mat-select>
            @if (fieldError('priority'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-checkbox formControlName="mandatory" class="check"
          >Mandatory — a candidate that does not meet it is disqualified</mat-checkbox
        >
        <mat-form-field appearance="outline">
          <mat-label>Verification method</mat-label>
          <mat-select formControlName="verificationMethod" required>
            @for (method of verificationMethods; track method) {
              <mat-option [value]="method">{{ verificationLabel[method] }}</mat-option>
            }
          </mat-select>
          <mat-hint>How a candidate will show it meets the requirement.</mat-hint>
          @if (fieldError('verificationMethod'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Category</mat-label>
            <input matInput formControlName="category" autocomplete="off" />
            <mat-hint>E.g. Holds, Patron records</mat-hint>
            @if (fieldError('category'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Code</mat-label>
            <input matInput formControlName="code" autocomplete="off" />
            <mat-hint>Left empty: the next free one, e.g. CIRC-013</mat-hint>
            @if (fieldError('code'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Description</mat-label>
          <textarea matInput formControlName="description" rows="3"></textarea>
          @if (fieldError('description'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Rationale</mat-label>
          <textarea matInput formControlName="rationale" rows="2"></textarea>
          <mat-hint>Why the department needs it.</mat-hint>
          @if (fieldError('rationale'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Saving…' : 'Add requirement' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class RequirementFormDialog extends FormDialog<RequirementFieldsFragment> implements OnInit {
  protected readonly data = inject<RequirementFormDialogData>(MAT_DIALOG_DATA);
  protected readonly priorities = keysOf(PRIORITY);
  protected readonly priorityHint = PRIORITY_HINT;
  protected readonly verificationMethods = keysOf(VERIFICATION_METHOD);
  protected readonly verificationLabel = VERIFICATION_METHOD;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, Validators.maxLength(300)]],
    departmentId: ['', Validators.required],
    priority: ['SHOULD' as Priority, Validators.required],
    mandatory: [false],
    verificationMethod: ['TEST' as VerificationMethod, Validators.required],
    category: ['', Validators.maxLength(100)],
    code: ['', Validators.pattern(CODE)],
    description: ['', Validators.maxLength(20000)],
    rationale: ['', Validators.maxLength(5000)],
  });

  ngOnInit(): void {
    const departments = this.data.departments;
    const preset =
      departments.find((d) => d.id === this.data.defaultDepartmentId) ??
      (departments.length === 1 ? departments[0] : undefined);
    if (preset) this.form.controls.departmentId.setValue(preset.id);
    if (departments.length === 1) this.form.controls.departmentId.disable();
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const input = {
        evaluationId: this.data.evaluationId,
        title: value.title.trim(),
        departmentId: value.departmentId,
        priority: value.priority,
        mandatory: value.mandatory,
        verificationMethod: value.verificationMethod,
        category: optional(value.category) ?? undefined,
        code: optional(value.code)?.toUpperCase() ?? undefined,
        description: optional(value.description) ?? undefined,
        rationale: optional(value.rationale) ?? undefined,
      };
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: CreateRequirementDocument, variables: { input } }),
      );
      return result.data?.createRequirement;
    });
  }
}
