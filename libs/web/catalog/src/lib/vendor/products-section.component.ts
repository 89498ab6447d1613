import { DatePipe, DecimalPipe } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { ProductFieldsFragment, ProductVersionFieldsFragment } from '../vendors.generated';
import { EmptyStateComponent, PluralPipe } from '@assay/web/ui';
import { CATEGORY, HOSTING, LICENCE, safeWebUrl } from '../catalog-labels';
import { ProductFormDialog, ProductFormDialogData } from '../dialogs/product-form.dialog';
import { VersionFormDialog, VersionFormDialogData } from '../dialogs/version-form.dialog';
import { AttachmentsComponent } from '../shared/attachments.component';
import { RatingComponent } from '../shared/rating.component';
import { VendorProduct, VendorStore } from './vendor.store';

/** The vendor's products: what they are, how they are licensed and hosted, their releases and references. */
@Component({
  selector: 'assay-products-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    DecimalPipe,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    EmptyStateComponent,
    PluralPipe,
    RatingComponent,
    AttachmentsComponent,
  ],
  template: `
    @let vendor = store.vendor();
    @if (vendor) {
      <div class="section-bar">
        <p class="lead">Products offered by {{ vendor.name }}, with their releases.</p>
        @if (store.canEdit()) {
          <button mat-flat-button type="button" (click)="addProduct()"><mat-icon>add</mat-icon> Add product</button>
        }
      </div>
      @for (product of store.products(); track product.id) {
        <article
          class="product"
          [id]="'product-' + product.id"
          [class.archived]="product.archivedAt"
          [attr.aria-labelledby]="'product-title-' + product.id"
        >
          <header>
            <div class="title">
              <h2 [id]="'product-title-' + product.id">{{ product.name }}</h2>
              @if (product.archivedAt) {
                <span class="chip muted">Archived</span>
              }
            </div>
            @if (store.canEdit()) {
              <button
                mat-icon-button
                type="button"
                [matMenuTriggerFor]="productMenu"
                [attr.aria-label]="'Actions for ' + product.name"
              >
                <mat-icon>more_vert</mat-icon>
              </button>
              <mat-menu #productMenu="matMenu" xPosition="before">
                <button mat-menu-item type="button" (click)="editProduct(product)">
                  <mat-icon>edit</mat-icon> Edit product
                </button>
                <button mat-menu-item type="button" (click)="addVersion(product)">
                  <mat-icon>new_releases</mat-icon> Add version
                </button>
                <button mat-menu-item type="button" (click)="store.showHistory('PRODUCT', product.id, product.name)">
                  <mat-icon>history</mat-icon> History
                </button>
                @if (product.archivedAt) {
                  <button mat-menu-item type="button" (click)="archiveProduct(product, false)">
                    <mat-icon>unarchive</mat-icon> Restore product
                  </button>
                } @else {
                  <button mat-menu-item type="button" (click)="archiveProduct(product, true)">
                    <mat-icon>archive</mat-icon> Archive product
                  </button>
                }
              </mat-menu>
            }
          </header>
          <ul class="chips" aria-label="Category, licence and hosting">
            <li class="chip category">{{ category[product.category] }}</li>
            <li class="chip licence">{{ licence[product.licence] }}</li>
            @for (hosting of product.hosting; track hosting) {
              <li class="chip hosting">{{ hostingLabel[hosting] }}</li>
            }
          </ul>
          @if (product.description) {
            <p class="prose">{{ product.description }}</p>
          }
          @if (url(product.website); as website) {
            <p>
              <a [href]="website" target="_blank" rel="noopener noreferrer"
                >{{ product.website }}<span class="visually-hidden"> (opens in a new tab)</span></a
              >
            </p>
          }
          <p class="references">
            <mat-icon aria-hidden="true">forum</mat-icon>
            @if (product.referenceSummary.count > 0) {
              <span>{{ product.referenceSummary.count | plural: 'reference check' }}</span>
              @if (product.referenceSummary.meanRating !== null) {
                <span class="mean"
                  >mean <assay-rating [value]="product.referenceSummary.meanRating" />
                  {{ product.referenceSummary.meanRating | number: '1.1-1' }}</span
                >
              }
              @if (product.referenceSummary.latestCheckedOn) {
                <span>latest {{ product.referenceSummary.latestCheckedOn | date: 'd MMM y' }}</span>
              }
            } @else {
              <span>No reference checks yet</span>
            }
          </p>
          <assay-attachments
            ownerKind="PRODUCT"
            [ownerId]="product.id"
            [ownerLabel]="'the product ' + product.name"
            [attachments]="product.attachments"
            [canEdit]="store.canEdit() && !product.archivedAt"
            (changed)="store.changed()"
          />
          <section class="versions" [attr.aria-label]="'Versions of ' + product.name">
            <div class="versions-head">
              <h3>Versions</h3>
              @if (store.canEdit() && !product.archivedAt) {
                <button mat-button type="button" (click)="addVersion(product)">
                  <mat-icon>add</mat-icon> Add version
                </button>
              }
            </div>
            @if (product.versions.length === 0) {
              <p class="none">No versions recorded.</p>
            } @else {
              <ul class="version-list">
                @for (version of product.versions; track version.id) {
                  <li [class.archived]="version.archivedAt">
                    <div class="version-main">
                      <strong>{{ version.name }}</strong>
                      <span class="muted-text">{{
                        version.releaseDate
                          ? 'released ' + (version.releaseDate | date: 'd MMM y')
                          : 'release date not known'
                      }}</span>
                      @if (version.archivedAt) {
                        <span class="chip muted">Archived</span>
                      }
                      @if (version.notes) {
                        <div class="prose small">{{ version.notes }}</div>
                      }
                    </div>
                    @if (store.canEdit()) {
                      <button
                        mat-icon-button
                        type="button"
                        [matMenuTriggerFor]="versionMenu"
                        [attr.aria-label]="'Actions for ' + product.name + ' ' + version.name"
                      >
                        <mat-icon>more_vert</mat-icon>
                      </button>
                      <mat-menu #versionMenu="matMenu" xPosition="before">
                        <button mat-menu-item type="button" (click)="editVersion(product, version)">
                          <mat-icon>edit</mat-icon> Edit version
                        </button>
                        <button
                          mat-menu-item
                          type="button"
                          (click)="store.showHistory('PRODUCT_VERSION', version.id, product.name + ' ' + version.name)"
                        >
                          <mat-icon>history</mat-icon> History
                        </button>
                        @if (version.archivedAt) {
                          <button mat-menu-item type="button" (click)="archiveVersion(product, version, false)">
                            <mat-icon>unarchive</mat-icon> Restore version
                          </button>
                        } @else {
                          <button mat-menu-item type="button" (click)="archiveVersion(product, version, true)">
                            <mat-icon>archive</mat-icon> Archive version
                          </button>
                        }
                      </mat-menu>
                    }
                  </li>
                }
              </ul>
            }
          </section>
        </article>
      } @empty {
        <assay-empty-state
          icon="inventory_2"
          title="No products yet"
          [message]="
            store.canEdit()
              ? 'Add what ' + vendor.name + ' sells, e.g. its ILS or discovery layer.'
              : 'Editors add the products a vendor sells.'
          "
        >
          @if (store.canEdit()) {
            <button mat-stroked-button type="button" (click)="addProduct()">Add product</button>
          }
        </assay-empty-state>
      }
    }
  `,
  styleUrl: './sections.scss',
})
export class ProductsSectionComponent {
  protected readonly store = inject(VendorStore);
  private readonly host = inject(ElementRef<HTMLElement>);
  /** A product to scroll to (from a search result). */
  readonly focusId = input<string>();
  protected readonly category = CATEGORY;
  protected readonly licence = LICENCE;
  protected readonly hostingLabel = HOSTING;

  constructor() {
    afterNextRender(() => {
      const id = this.focusId();
      if (id) this.host.nativeElement.querySelector(`#product-${CSS.escape(id)}`)?.scrollIntoView({ block: 'start' });
    });
  }

  protected url(value: string | null): string | null {
    return safeWebUrl(value);
  }

  protected async addProduct(): Promise<void> {
    const vendor = this.store.vendor();
    if (!vendor) return;
    await this.store.edit<ProductFieldsFragment, ProductFormDialogData>(
      ProductFormDialog,
      { vendorId: vendor.id, vendorName: vendor.name },
      (saved) => `Added ${saved.name}.`,
    );
  }

  protected async editProduct(product: VendorProduct): Promise<void> {
    const vendor = this.store.vendor();
    if (!vendor) return;
    await this.store.edit<ProductFieldsFragment, ProductFormDialogData>(
      ProductFormDialog,
      { vendorId: vendor.id, vendorName: vendor.name, product },
      (saved) => `Saved ${saved.name}.`,
    );
  }

  protected async addVersion(product: VendorProduct): Promise<void> {
    await this.store.edit<ProductVersionFieldsFragment, VersionFormDialogData>(
      VersionFormDialog,
      { productId: product.id, productName: product.name },
      (saved) => `Added ${product.name} ${saved.name}.`,
      '520px',
    );
  }

  protected async editVersion(product: VendorProduct, version: ProductVersionFieldsFragment): Promise<void> {
    await this.store.edit<ProductVersionFieldsFragment, VersionFormDialogData>(
      VersionFormDialog,
      { productId: product.id, productName: product.name, version },
      (saved) => `Saved ${product.name} ${saved.name}.`,
      '520px',
    );
  }

  protected archiveProduct(product: VendorProduct, archive: boolean): Promise<void> {
    return this.store.setArchived(
      { kind: 'PRODUCT', id: product.id, version: product.version, what: `the product ${product.name}` },
      archive,
    );
  }

  protected archiveVersion(
    product: VendorProduct,
    version: ProductVersionFieldsFragment,
    archive: boolean,
  ): Promise<void> {
    return this.store.setArchived(
      { kind: 'PRODUCT_VERSION', id: version.id, version: version.version, what: `${product.name} ${version.name}` },
      archive,
    );
  }
}
