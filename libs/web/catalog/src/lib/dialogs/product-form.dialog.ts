import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, Hosting, Licence, optional, ProductCategory, webUrl } from '@assay/web/core';
import { CreateProductDocument, ProductFieldsFragment, UpdateProductDocument } from '../vendors.generated';
import { ErrorBannerComponent, FormDialogActionsComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { CATEGORY, HOSTING, keysOf, LICENCE } from '../catalog-labels';

export interface ProductFormDialogData {
  vendorId: string;
  vendorName: string;
  product?: ProductFieldsFragment;
}

/** Adds a product to a vendor or edits one: category, licence, how it is hosted. */
@Component({
  selector: 'assay-product-form-dialog',
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
    <h2 mat-dialog-title>{{ data.product ? 'Edit ' + data.product.name : 'Add product to ' + data.vendorName }}</h2>
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
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Category</mat-label>
            <mat-select formControlName="category" required>
              @for (category of categories; track category) {
                <mat-option [value]="category">{{ categoryLabel[category] }}</mat-option>
              }
            </mat-select>
            @if (fieldError('category'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Licence</mat-label>
            <mat-select formControlName="licence" required>
              @for (licence of licences; track licence) {
                <mat-option [value]="licence">{{ licenceLabel[licence] }}</mat-option>
              }
            </mat-select>
            @if (fieldError('licence'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Hosting</mat-label>
          <mat-select formControlName="hosting" multiple>
            @for (hosting of hostings; track hosting) {
              <mat-option [value]="hosting">{{ hostingLabel[hosting] }}</mat-option>
            }
          </mat-select>
          <mat-hint>Every way the product is offered.</mat-hint>
          @if (fieldError('hosting'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Website</mat-label>
          <input matInput type="url" formControlName="website" autocomplete="off" placeholder="https://" />
          @if (fieldError('website'); as e) {
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
      <assay-form-dialog-actions [saving]="saving()" [submitLabel]="data.product ? 'Save' : 'Add product'" />
    </form>
  `,
  styleUrl: './form-dialog.scss',
})
export class ProductFormDialog extends FormDialog<ProductFieldsFragment> implements OnInit {
  protected readonly data = inject<ProductFormDialogData>(MAT_DIALOG_DATA);
  protected readonly categories = keysOf(CATEGORY);
  protected readonly categoryLabel = CATEGORY;
  protected readonly licences = keysOf(LICENCE);
  protected readonly licenceLabel = LICENCE;
  protected readonly hostings = keysOf(HOSTING);
  protected readonly hostingLabel = HOSTING;

  protected readonly form = inject(FormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    category: [null as ProductCategory | null, Validators.required],
    licence: [null as Licence | null, Validators.required],
    hosting: [[] as Hosting[]],
    website: ['', [webUrl, Validators.maxLength(500)]],
    description: ['', Validators.maxLength(5000)],
  });

  ngOnInit(): void {
    const product = this.data.product;
    if (product) {
      this.form.setValue({
        name: product.name,
        category: product.category,
        licence: product.licence,
        hosting: [...product.hosting],
        website: product.website ?? '',
        description: product.description ?? '',
      });
    }
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const fields = {
        name: (value.name ?? '').trim(),
        category: value.category as ProductCategory,
        licence: value.licence as Licence,
        hosting: value.hosting ?? [],
        website: optional(value.website),
        description: optional(value.description),
      };
      const product = this.data.product;
      if (product) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateProductDocument,
            variables: { input: { id: product.id, version: product.version, ...fields } },
          }),
        );
        return result.data?.updateProduct;
      }
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateProductDocument,
          variables: { input: { vendorId: this.data.vendorId, ...fields } },
        }),
      );
      return result.data?.createProduct;
    });
  }
}
