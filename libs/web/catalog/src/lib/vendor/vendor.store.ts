import { ComponentType } from '@angular/cdk/portal';
import { computed, inject, Injectable, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CatalogKind, Problem, problemOf } from '@assay/web/core';
import { VendorDocument, VendorQuery } from '../vendors.generated';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { HistoryDialog, HistoryDialogData } from '../history/history.dialog';
import { CatalogActions, CatalogItem } from '../shared/catalog-actions.service';

export type VendorData = VendorQuery['vendor'];
export type VendorProduct = VendorData['products'][number];

/**
 * One vendor page's state, shared by its sections: the vendor with its products, versions and
 * contacts, whether the person may edit, whether archived things show, and the page-level problem
 * (an archive that conflicted). Sections that load their own data (notes, reference checks)
 * reload when `revision` moves.
 */
@Injectable()
export class VendorStore {
  private readonly apollo = inject(Apollo);
  private readonly actions = inject(CatalogActions);
  private readonly dialog = inject(MatDialog);
  private requestId = 0;

  readonly id = signal<string | null>(null);
  readonly vendor = signal<VendorData | null>(null);
  readonly canEdit = signal(false);
  readonly loading = signal(true);
  readonly error = signal<Problem | null>(null);
  /** A change that failed (e.g. someone else saved first), shown at the top of the page. */
  readonly problem = signal<Problem | null>(null);
  readonly showArchived = signal(false);
  readonly revision = signal(0);

  readonly products = computed(() => this.vendor()?.products ?? []);
  readonly currentProducts = computed(() => this.products().filter((product) => !product.archivedAt));
  /** Names for the ids that history entries mention. */
  readonly names = computed(() => {
    const names = new Map<string, string>();
    const vendor = this.vendor();
    if (vendor) names.set(vendor.id, vendor.name);
    for (const product of this.products()) names.set(product.id, product.name);
    return names as ReadonlyMap<string, string>;
  });

  async load(id = this.id()): Promise<void> {
    if (!id) return;
    const request = ++this.requestId;
    if (id !== this.id()) {
      this.id.set(id);
      this.vendor.set(null);
    }
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: VendorDocument, variables: { id, includeArchived: this.showArchived() } }),
      );
      if (request !== this.requestId) return;
      this.vendor.set(result.data?.vendor ?? null);
      this.canEdit.set(result.data?.canEditCatalogue ?? false);
    } catch (error) {
      if (request === this.requestId) this.error.set(problemOf(error));
    } finally {
      if (request === this.requestId) this.loading.set(false);
    }
  }

  /** After any change: the vendor again, and a nudge to the sections that load their own lists. */
  async changed(): Promise<void> {
    this.problem.set(null);
    this.revision.update((n) => n + 1);
    await this.load();
  }

  async setShowArchived(show: boolean): Promise<void> {
    this.showArchived.set(show);
    await this.changed();
  }

  /** Opens a form dialog; on save says so and reloads, on a stale-version "Reload" just reloads. */
  async edit<T, D>(
    component: ComponentType<unknown>,
    data: D,
    done: (saved: T) => string,
    width?: string,
  ): Promise<T | null> {
    const result = await this.actions.openForm<T, D>(component, data, width);
    if (!result) return null;
    if ('saved' in result) this.actions.notify(done(result.saved));
    await this.changed();
    return 'saved' in result ? result.saved : null;
  }

  async setArchived(item: CatalogItem, archive: boolean): Promise<void> {
    const outcome = await this.actions.setArchived(item, archive);
    if (outcome === 'cancelled') return;
    if (outcome === 'done') {
      await this.changed();
      return;
    }
    this.problem.set(outcome);
  }

  showHistory(kind: CatalogKind, id: string, title: string): void {
    this.dialog.open<HistoryDialog, HistoryDialogData>(HistoryDialog, {
      data: { kind, id, title, names: this.names() },
      width: '640px',
      maxWidth: '95vw',
    });
  }
}
