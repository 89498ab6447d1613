import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialog, optional } from '@assay/web/core';
import {
  CreateProductVersionDocument,
  ProductVersionFieldsFragment,
  UpdateProductVersionDocument,
} from '../vendors.generated';
import { ErrorBannerComponent, FormDialogActionsComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';

export interface VersionFormDialogData {
  productId: string;
  productName: string;
  version?: ProductVersionFieldsFragment;
}

/** Adds a release of a product or edits one: its name (e.g. 24.11), release date and notes. */
@Component({
  selector: 'assay-version-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
    FormDialogActionsComponent,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ data.version ? 'Edit ' + data.productName + ' ' + data.version.name : 'Add version of ' + data.productName }}
    </h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" [retryable]="p.stale" actionLabel="Reload" (retry)="reload()" />
        }
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Version</mat-label>
            <input matInput formControlName="name" autocomplete="off" required />
            <mat-hint>The release, e.g. 24.11.</mat-hint>
            @if (fieldError('name'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Release date</mat-label>
            <input matInput type="date" formControlName="releaseDate" />
            @if (fieldError('releaseDate'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Notes</mat-label>
          <textarea matInput formControlName="notes" rows="3"></textarea>
          @if (fieldError('notes'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <assay-form-dialog-actions [saving]="saving()" [submitLabel]="data.version ? 'Save' : 'Add version'" />
    </form>
  `,
  styleUrl: './form-dialog.scss',
})
export class VersionFormDialog extends FormDialog<ProductVersionFieldsFragment> implements OnInit {
  protected readonly data = inject<VersionFormDialogData>(MAT_DIALOG_DATA);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    releaseDate: [''],
    notes: ['', Validators.maxLength(5000)],
  });

  ngOnInit(): void {
    const version = this.data.version;
    if (version)
      this.form.setValue({ name: version.name, releaseDate: version.releaseDate ?? '', notes: version.notes ?? '' });
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const fields = {
        name: value.name.trim(),
        releaseDate: optional(value.releaseDate),
        notes: optional(value.notes),
      };
      const version = this.data.version;
      if (version) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateProductVersionDocument,
            variables: { input: { id: version.id, version: version.version, ...fields } },
          }),
        );
        return result.data?.updateProductVersion;
      }
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateProductVersionDocument,
          variables: { input: { productId: this.data.productId, ...fields } },
        }),
      );
      return result.data?.createProductVersion;
    });
  }
}
