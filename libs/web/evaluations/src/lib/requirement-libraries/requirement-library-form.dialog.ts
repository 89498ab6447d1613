import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialog, optional } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { CreateRequirementLibraryDocument, RequirementLibraryFieldsFragment } from '../requirement-libraries.generated';

/** Starts a new, empty requirement library: its items come from a file or from evaluations. */
@Component({
  selector: 'assay-requirement-library-form-dialog',
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
    <h2 mat-dialog-title>New requirement library</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          <mat-hint>E.g. ILS core requirements, Accessibility (WCAG 2.2 AA)</mat-hint>
          @if (fieldError('name'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Description</mat-label>
          <textarea matInput formControlName="description" rows="3"></textarea>
          @if (fieldError('description'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Saving…' : 'Create library' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class RequirementLibraryFormDialog extends FormDialog<RequirementLibraryFieldsFragment> {
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(5000)],
  });

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const input = { name: value.name.trim(), description: optional(value.description) ?? undefined };
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: CreateRequirementLibraryDocument, variables: { input } }),
      );
      return result.data?.createRequirementLibrary;
    });
  }
}
