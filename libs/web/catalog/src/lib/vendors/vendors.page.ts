import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnDestroy,
  OnInit,
  signal,
  WritableSignal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Params, Router, RouterLink } from '@angular/router';
import { Hosting, Licence, problemOf, SortDirection, VendorSortField, VendorStatus } from '@assay/web/core';
import { VendorDetailFragment, VendorsDocument, VendorSummaryFragment } from '../vendors.generated';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingComponent,
  PageHeaderComponent,
  PluralPipe,
} from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { HOSTING, keysOf, LICENCE, VENDOR_STATUS } from '../catalog-labels';
import { VendorFormDialog, VendorFormDialogData } from '../dialogs/vendor-form.dialog';
import { CatalogActions } from '../shared/catalog-actions.service';
import { StatusChipComponent } from '../shared/status-chip.component';
import { vendorExportUrl, VendorListState } from './vendor-list-state';

/** The columns people sort by, and the server's names for them. */
const SORT_FIELDS: Record<string, VendorSortField> = {
  name: 'NAME',
  productCount: 'PRODUCT_COUNT',
  noteCount: 'NOTE_COUNT',
  updatedAt: 'UPDATED_AT',
};

/** The vendor catalogue: searched, filtered, sorted and paged on the server; the state lives in the URL. */
@Component({
  selector: 'assay-vendors-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
    PluralPipe,
    StatusChipComponent,
  ],
  templateUrl: './vendors.page.html',
  styleUrl: './vendors.page.scss',
})
export class VendorsPage implements OnInit, OnDestroy {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly actions = inject(CatalogActions);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private requestId = 0;

  protected readonly statuses = keysOf(VENDOR_STATUS);
  protected readonly statusLabel = VENDOR_STATUS;
  protected readonly licences = keysOf(LICENCE);
  protected readonly licenceLabel = LICENCE;
  protected readonly hostings = keysOf(HOSTING);
  protected readonly hostingLabel = HOSTING;

  /** On a phone the table keeps the name (with status and counts under it) and the actions. */
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 600px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.narrow() ? ['name', 'actions'] : ['name', 'status', 'productCount', 'noteCount', 'updatedAt', 'actions'],
  );

  protected readonly vendors = signal<VendorSummaryFragment[]>([]);
  protected readonly total = signal(0);
  protected readonly canEdit = signal(false);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  protected readonly search = signal('');
  protected readonly status = signal<VendorStatus[]>([]);
  protected readonly licence = signal<Licence | null>(null);
  protected readonly hosting = signal<Hosting | null>(null);
  protected readonly archived = signal(false);
  protected readonly sortField = signal<VendorSortField>('NAME');
  protected readonly sortDirection = signal<SortDirection>('ASC');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);

  private readonly state = computed<VendorListState>(() => ({
    search: this.search().trim(),
    status: this.status(),
    licence: this.licence(),
    hosting: this.hosting(),
    archived: this.archived(),
    sort: this.sortField(),
    direction: this.sortDirection(),
  }));
  protected readonly filtered = computed(
    () => !!(this.search().trim() || this.status().length || this.licence() || this.hosting()),
  );
  protected readonly csvUrl = computed(() => vendorExportUrl('csv', this.state()));
  protected readonly xlsxUrl = computed(() => vendorExportUrl('xlsx', this.state()));
  protected readonly matSortActive = computed(
    () => Object.entries(SORT_FIELDS).find(([, field]) => field === this.sortField())?.[0] ?? 'name',
  );
  protected readonly matSortDirection = computed(() => (this.sortDirection() === 'DESC' ? 'desc' : 'asc'));

  ngOnInit(): void {
    this.readParams(this.route.snapshot.queryParams);
    void this.load();
  }

  ngOnDestroy(): void {
    clearTimeout(this.searchTimer);
  }

  protected onSearch(value: string): void {
    this.search.set(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.refresh(), 300);
  }

  /** A filter changed: the list again from its first page. */
  protected onFilter<T>(filter: WritableSignal<T>, value: T): void {
    filter.set(value);
    this.refresh();
  }

  protected onSort(sort: Sort): void {
    this.sortField.set(SORT_FIELDS[sort.active] ?? 'NAME');
    // A third click on a header clears the sort: back to name order.
    this.sortDirection.set(sort.direction === 'desc' ? 'DESC' : 'ASC');
    if (!sort.direction) this.sortField.set('NAME');
    this.refresh();
  }

  /** On a phone the sortable columns are folded away: the same orders as a list. */
  protected readonly sortChoices: { value: string; label: string }[] = [
    { value: 'NAME:ASC', label: 'Name, A–Z' },
    { value: 'NAME:DESC', label: 'Name, Z–A' },
    { value: 'PRODUCT_COUNT:DESC', label: 'Most products' },
    { value: 'NOTE_COUNT:DESC', label: 'Most notes' },
    { value: 'UPDATED_AT:DESC', label: 'Recently updated' },
    { value: 'UPDATED_AT:ASC', label: 'Least recently updated' },
  ];

  protected onSortChoice(value: string): void {
    const [field, direction] = value.split(':') as [VendorSortField, SortDirection];
    this.sortField.set(field);
    this.sortDirection.set(direction);
    this.refresh();
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.writeParams();
    void this.load();
  }

  protected clearFilters(): void {
    this.search.set('');
    this.status.set([]);
    this.licence.set(null);
    this.hosting.set(null);
    this.refresh();
  }

  /** Back to the first page with the current filter, in the URL and on screen. */
  private refresh(): void {
    clearTimeout(this.searchTimer);
    this.pageIndex.set(0);
    this.writeParams();
    void this.load();
  }

  async load(): Promise<void> {
    const request = ++this.requestId;
    this.loading.set(true);
    this.error.set(null);
    const state = this.state();
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: VendorsDocument,
          variables: {
            filter: {
              search: state.search || undefined,
              status: state.status.length ? state.status : undefined,
              licence: state.licence ?? undefined,
              hosting: state.hosting ?? undefined,
              archived: state.archived,
            },
            sort: { field: state.sort, direction: state.direction },
            page: { offset: this.pageIndex() * this.pageSize(), limit: this.pageSize() },
          },
        }),
      );
      if (request !== this.requestId) return; // a newer search is on its way
      this.vendors.set(result.data?.vendors.items ?? []);
      this.total.set(result.data?.vendors.total ?? 0);
      this.canEdit.set(result.data?.canEditCatalogue ?? false);
    } catch (error) {
      if (request === this.requestId) this.error.set(problemOf(error).message);
    } finally {
      if (request === this.requestId) this.loading.set(false);
    }
  }

  protected async openCreate(): Promise<void> {
    const result = await this.actions.openForm<VendorDetailFragment, VendorFormDialogData>(VendorFormDialog, {});
    if (result && 'saved' in result) {
      this.actions.notify(`Added ${result.saved.name}.`);
      await this.router.navigate([result.saved.id], { relativeTo: this.route });
    }
  }

  protected async setArchived(vendor: VendorSummaryFragment, archive: boolean): Promise<void> {
    const outcome = await this.actions.setArchived(
      { kind: 'VENDOR', id: vendor.id, version: vendor.version, what: `the vendor ${vendor.name}` },
      archive,
    );
    if (outcome === 'cancelled') return;
    if (outcome !== 'done') this.error.set(outcome.message);
    await this.load();
  }

  private readParams(params: Params): void {
    const list = (value: unknown): string[] =>
      Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(',') : [];
    this.search.set(typeof params['q'] === 'string' ? params['q'] : '');
    this.status.set(list(params['status']).filter((s): s is VendorStatus => s in VENDOR_STATUS));
    this.licence.set(params['licence'] in LICENCE ? (params['licence'] as Licence) : null);
    this.hosting.set(params['hosting'] in HOSTING ? (params['hosting'] as Hosting) : null);
    this.archived.set(params['archived'] === 'true');
    this.sortField.set(
      Object.values(SORT_FIELDS).includes(params['sort']) ? (params['sort'] as VendorSortField) : 'NAME',
    );
    this.sortDirection.set(params['direction'] === 'DESC' ? 'DESC' : 'ASC');
    const page = Number(params['page']);
    const size = Number(params['size']);
    this.pageIndex.set(Number.isInteger(page) && page > 1 ? page - 1 : 0);
    this.pageSize.set([10, 25, 50, 100].includes(size) ? size : 25);
  }

  /** Keeps the list's state in the address, so Back, reload and a shared link show the same list. */
  private writeParams(): void {
    const state = this.state();
    const queryParams: Params = {
      q: state.search || null,
      status: state.status.length ? state.status.join(',') : null,
      licence: state.licence,
      hosting: state.hosting,
      archived: state.archived ? 'true' : null,
      sort: state.sort === 'NAME' ? null : state.sort,
      direction: state.direction === 'ASC' ? null : state.direction,
      page: this.pageIndex() > 0 ? this.pageIndex() + 1 : null,
      size: this.pageSize() === 25 ? null : this.pageSize(),
    };
    void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true });
  }
}
