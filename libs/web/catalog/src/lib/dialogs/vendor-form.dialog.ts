import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, optional, VendorStatus, webUrl } from '@assay/web/core';
import { CreateVendorDocument, UpdateVendorDocument, VendorDetailFragment } from '../vendors.generated';
import { ErrorBannerComponent, FormDialogActionsComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { keysOf, VENDOR_STATUS, VENDOR_STATUS_HINT } from '../catalog-labels';

export interface VendorFormDialogData {
  vendor?: VendorDetailFragment;
}

/** Adds a vendor or edits one: name, status, website, headquarters, support model, company notes. */
@Component({
  selector: 'assay-vendor-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
    FormDialogActionsComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ vendor ? 'Edit ' + vendor.name : 'Add vendor' }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" [retryable]="p.stale" actionLabel="Reload" (retry)="reload()" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          @if (fieldError('name'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Status</mat-label>
          <mat-select formControlName="status">
            @for (status of statuses; track status) {
              <mat-option [value]="status">{{ statusLabel[status] }} — {{ statusHint[status] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Website</mat-label>
          <input matInput type="url" formControlName="website" autocomplete="off" placeholder="https://" />
          @if (fieldError('website'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Headquarters</mat-label>
          <input matInput formControlName="headquarters" autocomplete="off" />
          @if (fieldError('headquarters'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Support model</mat-label>
          <input matInput formControlName="supportModel" autocomplete="off" />
          @if (fieldError('supportModel'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Company notes</mat-label>
          <textarea matInput formControlName="companyNotes" rows="3"></textarea>
          <mat-hint>Size, ownership, financial notes.</mat-hint>
          @if (fieldError('companyNotes'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <assay-form-dialog-actions [saving]="saving()" [submitLabel]="vendor ? 'Save' : 'Add vendor'" />
    </form>
  `,
  styleUrl: './form-dialog.scss',
})
export class VendorFormDialog extends FormDialog<VendorDetailFragment> implements OnInit {
  protected readonly vendor = inject<VendorFormDialogData>(MAT_DIALOG_DATA).vendor;
  protected readonly statuses = keysOf(VENDOR_STATUS);
  protected readonly statusLabel = VENDOR_STATUS;
  protected readonly statusHint = VENDOR_STATUS_HINT;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    status: ['ACTIVE' as VendorStatus],
    website: ['', [webUrl, Validators.maxLength(500)]],
    headquarters: ['', Validators.maxLength(200)],
    supportModel: ['', Validators.maxLength(1000)],
    companyNotes: ['', Validators.maxLength(5000)],
  });

  ngOnInit(): void {
    const vendor = this.vendor;
    if (vendor) {
      this.form.setValue({
        name: vendor.name,
        status: vendor.status,
        website: vendor.website ?? '',
        headquarters: vendor.headquarters ?? '',
        supportModel: vendor.supportModel ?? '',
        companyNotes: vendor.companyNotes ?? '',
      });
    }
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const fields = {
        name: value.name.trim(),
        status: value.status,
        website: optional(value.website),
        headquarters: optional(value.headquarters),
        supportModel: optional(value.supportModel),
        companyNotes: optional(value.companyNotes),
      };
      if (this.vendor) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateVendorDocument,
            variables: { input: { id: this.vendor.id, version: this.vendor.version, ...fields } },
          }),
        );
        return result.data?.updateVendor;
      }
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: CreateVendorDocument, variables: { input: fields } }),
      );
      return result.data?.createVendor;
    });
  }
}
