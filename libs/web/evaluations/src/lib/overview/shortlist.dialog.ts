import { ChangeDetectionStrategy, Component, inject, OnDestroy, OnInit, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, problemOf } from '@assay/web/core';
import {
  CandidateFieldsFragment,
  ProductsToShortlistDocument,
  ProductsToShortlistQuery,
  ProductVersionsToShortlistDocument,
  ProductVersionsToShortlistQuery,
  ShortlistCandidateDocument,
} from '../evaluations.generated';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';

export interface ShortlistDialogData {
  evaluationId: string;
  /** Product versions already candidates, which cannot be added twice. */
  shortlisted: ReadonlySet<string>;
}

type Product = ProductsToShortlistQuery['products']['items'][number];
type Version = ProductVersionsToShortlistQuery['product']['versions'][number];

/** Puts a product version from the catalogue on the shortlist: find the product, then pick its version. */
@Component({
  selector: 'assay-shortlist-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>Shortlist a product</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Product</mat-label>
          <input
            matInput
            formControlName="product"
            [matAutocomplete]="auto"
            (input)="onSearch($any($event.target).value)"
            (focus)="onFocus()"
            autocomplete="off"
            required
          />
          <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="onPick($event)">
            @for (product of products(); track product.id) {
              <mat-option [value]="product"
                >{{ product.name }} <span class="secondary">· {{ product.vendor.name }}</span></mat-option
              >
            }
            @if (searched() && products().length === 0) {
              <mat-option disabled>No product in the catalogue matches.</mat-option>
            }
          </mat-autocomplete>
          <mat-hint>From the vendor catalogue; type part of the product’s name.</mat-hint>
          @if (fieldError('product'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Version</mat-label>
          <mat-select formControlName="versionId" required>
            @for (version of versions(); track version.id) {
              <mat-option [value]="version.id" [disabled]="data.shortlisted.has(version.id)">
                {{ version.name }}{{ version.releaseDate ? ' (released ' + version.releaseDate + ')' : ''
                }}{{ data.shortlisted.has(version.id) ? ' · already a candidate' : '' }}
              </mat-option>
            }
          </mat-select>
          @if (pickedProduct() && versions().length === 0 && !loadingVersions()) {
            <mat-hint>This product has no versions yet: add one on its vendor’s page first.</mat-hint>
          } @else if (!pickedProduct()) {
            <mat-hint>Choose the product first.</mat-hint>
          }
          @if (fieldError('versionId'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Adding…' : 'Add to shortlist' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .secondary {
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ShortlistDialog extends FormDialog<CandidateFieldsFragment> implements OnInit, OnDestroy {
  protected readonly data = inject<ShortlistDialogData>(MAT_DIALOG_DATA);
  protected readonly products = signal<Product[]>([]);
  protected readonly versions = signal<Version[]>([]);
  protected readonly pickedProduct = signal<Product | null>(null);
  protected readonly loadingVersions = signal(false);
  protected readonly searched = signal(false);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private requestId = 0;

  protected readonly form = inject(FormBuilder).group({
    product: [
      null as Product | string | null,
      [
        Validators.required,
        (control: { value: unknown }) => (control.value && typeof control.value !== 'object' ? { pick: true } : null),
      ],
    ],
    versionId: [{ value: null as string | null, disabled: true }, Validators.required],
  });

  ngOnInit(): void {
    void this.search('');
  }

  ngOnDestroy(): void {
    clearTimeout(this.timer);
  }

  protected readonly display = (product: Product | string | null): string =>
    product && typeof product === 'object' ? `${product.name} (${product.vendor.name})` : (product ?? '');

  protected onFocus(): void {
    if (!this.searched()) void this.search('');
  }

  protected onSearch(text: string): void {
    clearTimeout(this.timer);
    if (this.pickedProduct()) {
      this.pickedProduct.set(null);
      this.versions.set([]);
      this.form.controls.versionId.reset({ value: null, disabled: true });
    }
    this.timer = setTimeout(() => void this.search(text.trim()), 250);
  }

  protected async onPick(event: MatAutocompleteSelectedEvent): Promise<void> {
    const product = event.option.value as Product;
    this.form.controls.product.setValue(product);
    this.pickedProduct.set(product);
    this.loadingVersions.set(true);
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: ProductVersionsToShortlistDocument, variables: { id: product.id } }),
      );
      const versions = result.data?.product.versions ?? [];
      this.versions.set(versions);
      const first = versions.find((v) => !this.data.shortlisted.has(v.id));
      this.form.controls.versionId.enable();
      this.form.controls.versionId.setValue(first?.id ?? null);
    } catch (error) {
      this.problem.set(problemOf(error));
    } finally {
      this.loadingVersions.set(false);
    }
  }

  private async search(text: string): Promise<void> {
    const request = ++this.requestId;
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: ProductsToShortlistDocument,
          variables: { filter: { search: text || undefined, archived: false }, page: { offset: 0, limit: 20 } },
        }),
      );
      if (request !== this.requestId) return;
      this.products.set(result.data?.products.items ?? []);
      this.searched.set(true);
    } catch (error) {
      if (request === this.requestId) this.problem.set(problemOf(error));
    }
  }

  protected override fieldError(path: string): string | null {
    const control = this.form.get(path);
    if (path === 'product' && control?.hasError('pick') && control.touched) return 'Choose a product from the list.';
    return super.fieldError(path);
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const versionId = this.form.controls.versionId.value;
      if (!versionId) return null;
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: ShortlistCandidateDocument,
          variables: { input: { evaluationId: this.data.evaluationId, productVersionId: versionId } },
        }),
      );
      return result.data?.shortlistCandidate;
    });
  }
}
