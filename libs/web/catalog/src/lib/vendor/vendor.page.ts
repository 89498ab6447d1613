import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTabChangeEvent, MatTabsModule } from '@angular/material/tabs';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { VendorDetailFragment } from '../vendors.generated';
import { ErrorBannerComponent, LoadStateComponent } from '@assay/web/ui';
import { safeWebUrl } from '../catalog-labels';
import { VendorFormDialog, VendorFormDialogData } from '../dialogs/vendor-form.dialog';
import { AttachmentsComponent } from '../shared/attachments.component';
import { StatusChipComponent } from '../shared/status-chip.component';
import { ContactsSectionComponent } from './contacts-section.component';
import { HistorySectionComponent } from './history-section.component';
import { NotesSectionComponent } from './notes-section.component';
import { ProductsSectionComponent } from './products-section.component';
import { ReferenceChecksSectionComponent } from './reference-checks-section.component';
import { VendorStore } from './vendor.store';

const TABS = ['products', 'notes', 'contacts', 'references', 'history'] as const;
type Tab = (typeof TABS)[number];

/** One vendor: its details, products and versions, research notes, contacts, reference checks and history. */
@Component({
  selector: 'assay-vendor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [VendorStore],
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatSlideToggleModule,
    MatTabsModule,
    ErrorBannerComponent,
    LoadStateComponent,
    StatusChipComponent,
    AttachmentsComponent,
    ContactsSectionComponent,
    HistorySectionComponent,
    NotesSectionComponent,
    ProductsSectionComponent,
    ReferenceChecksSectionComponent,
  ],
  templateUrl: './vendor.page.html',
  styleUrl: './vendor.page.scss',
})
export class VendorPage {
  protected readonly store = inject(VendorStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly title = inject(Title);

  /** From the route: /vendors/:id?tab=notes&item=… */
  readonly id = input.required<string>();
  readonly tab = input<string>();
  readonly item = input<string>();

  protected readonly vendor = this.store.vendor;
  protected readonly tabIndex = computed(() => Math.max(0, TABS.indexOf((this.tab() ?? 'products') as Tab)));
  protected readonly website = computed(() => safeWebUrl(this.vendor()?.website));
  protected readonly counts = computed(() => {
    const vendor = this.vendor();
    return {
      products: vendor?.products.filter((p) => !p.archivedAt).length ?? 0,
      contacts: vendor?.contacts.filter((c) => !c.archivedAt).length ?? 0,
    };
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const name = this.vendor()?.name;
      if (name) this.title.setTitle(`${name} · Vendors · Assay`);
    });
  }

  protected onTab(event: MatTabChangeEvent): void {
    const tab = TABS[event.index] ?? 'products';
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tab: tab === 'products' ? null : tab, item: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected async openEdit(vendor: VendorDetailFragment): Promise<void> {
    await this.store.edit<VendorDetailFragment, VendorFormDialogData>(
      VendorFormDialog,
      { vendor },
      (saved) => `Saved ${saved.name}.`,
    );
  }

  protected setArchived(vendor: VendorDetailFragment, archive: boolean): Promise<void> {
    return this.store.setArchived(
      { kind: 'VENDOR', id: vendor.id, version: vendor.version, what: `the vendor ${vendor.name}` },
      archive,
    );
  }
}
