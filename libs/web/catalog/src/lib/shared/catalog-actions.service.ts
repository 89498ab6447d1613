import { inject, Injectable } from '@angular/core';
import { CatalogKind, Problem, problemOf } from '@assay/web/core';
import { ArchiveCatalogItemDocument, RestoreCatalogItemDocument } from '../vendors.generated';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DialogService } from '@assay/web/ui';

/** Something in the catalogue that can be archived: what it is, which one, the version seen, and its name in messages. */
export interface CatalogItem {
  kind: CatalogKind;
  id: string;
  version: number;
  /** E.g. "the product Koha" or "the research note “Roadmap 2026”". */
  what: string;
}

export type ActionOutcome = 'done' | 'cancelled' | Problem;

/** Archives and restores catalogue items after asking, for every page of the area. */
@Injectable({ providedIn: 'root' })
export class CatalogActions {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);

  /** Asks, then archives (or restores) the item; says so in a snack bar. A problem is returned for the page to show. */
  async setArchived(item: CatalogItem, archive: boolean): Promise<ActionOutcome> {
    const confirmed = await this.dialogs.confirm(
      archive
        ? {
            title: `Archive ${item.what}?`,
            message: 'It leaves lists and search but keeps its history. You can restore it later from “Show archived”.',
            confirm: 'Archive',
            danger: true,
          }
        : { title: `Restore ${item.what}?`, message: 'It comes back into lists and search.', confirm: 'Restore' },
    );
    if (confirmed !== 'done') return 'cancelled';
    const input = { kind: item.kind, id: item.id, version: item.version };
    try {
      if (archive)
        await firstValueFrom(this.apollo.mutate({ mutation: ArchiveCatalogItemDocument, variables: { input } }));
      else await firstValueFrom(this.apollo.mutate({ mutation: RestoreCatalogItemDocument, variables: { input } }));
      this.dialogs.notify(`${capitalise(item.what)} ${archive ? 'archived' : 'restored'}.`);
      return 'done';
    } catch (error) {
      return problemOf(error);
    }
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
