import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { FormDialogResult, loader } from '@assay/web/core';
import { DialogService, EmptyStateComponent, LoadStateComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { noticeKindLabel } from './notice-labels';
import { NoticeFieldsFragment, ProductNoticesDocument, ProductNoticesQuery } from './notices.generated';
import { SendNoticeDialog, SendNoticeDialogData } from './send-notice.dialog';

/**
 * /testing/products/:productId/notices: the notices sent about a product in use, newest first, and
 * "Send a notice" to chosen member libraries' staff. For administrators and evaluation leads.
 */
@Component({
  selector: 'assay-product-notices-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
  ],
  template: `
    <a class="back" routerLink="/testing"><mat-icon aria-hidden="true">arrow_back</mat-icon> Testing</a>
    <assay-load-state
      [problem]="load.error()"
      [loading]="load.loading() && !data()"
      loadingLabel="Loading the notices…"
      notFoundTitle="This product was not found"
      notFoundMessage="Notices about a product are sent by administrators and evaluation leads."
      backLink="/testing"
      backLabel="Testing"
      (retry)="reload()"
    />
    @if (product(); as product) {
      <assay-page-header
        [title]="'Notices about ' + product.name"
        [subtitle]="product.vendor.name + ' · outages, known defects and planned upgrades, told to member libraries'"
      >
        <button mat-flat-button type="button" (click)="send()"><mat-icon>campaign</mat-icon> Send a notice</button>
      </assay-page-header>
      @if (notices().length === 0) {
        <assay-empty-state
          icon="campaign"
          title="No notices sent"
          message="When this product has an outage, a known defect with a workaround or a planned upgrade, send a notice: the staff of the libraries you choose see it on their home page until you close it."
        />
      } @else {
        <ul class="notices" aria-label="Notices, newest first">
          @for (notice of notices(); track notice.id) {
            <li class="card">
              <h2>
                <a [routerLink]="['/notices', notice.id]">{{ notice.title }}</a>
              </h2>
              <p class="meta">
                {{ kindLabel(notice) }} · sent {{ notice.sentAt | date: 'd MMM y, HH:mm' }} by
                {{ notice.sentByName ?? 'a former user' }} to {{ libraryNames(notice) }} ({{ notice.recipientCount }}
                {{ notice.recipientCount === 1 ? 'person' : 'people' }}) ·
                {{ notice.closedAt ? 'closed' : 'open' }}
              </p>
            </li>
          }
        </ul>
      }
    }
  `,
  styleUrls: ['../plans/testing-pages.scss'],
  styles: `
    .notices {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .notices h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class ProductNoticesPage implements OnInit {
  readonly productId = input.required<string>();
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  protected readonly load = loader({ loading: true });
  protected readonly data = signal<ProductNoticesQuery | null>(null);
  protected readonly product = computed(() => this.data()?.product ?? null);
  protected readonly notices = computed(() => this.data()?.problemNotices ?? []);
  protected readonly kindLabel = (notice: NoticeFieldsFragment) => noticeKindLabel(notice.kind);

  ngOnInit(): void {
    void this.reload();
  }

  protected reload(): Promise<void> {
    return this.load.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: ProductNoticesDocument,
          variables: { productId: this.productId() },
          fetchPolicy: 'network-only',
        }),
      );
      this.data.set(result.data ?? null);
    });
  }

  protected libraryNames(notice: NoticeFieldsFragment): string {
    return notice.libraries.map((library) => library.name).join(', ');
  }

  protected async send(): Promise<void> {
    const product = this.product();
    if (!product) return;
    const result = await this.dialogs.openForm<FormDialogResult<NoticeFieldsFragment>, SendNoticeDialogData>(
      SendNoticeDialog,
      { productId: product.id, productName: product.name, libraries: this.data()?.memberLibraries ?? [] },
      '640px',
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(`Sent the notice to ${result.saved.recipientCount} people.`);
    }
    if (result) await this.reload();
  }
}
