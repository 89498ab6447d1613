import { ComponentType } from '@angular/cdk/portal';
import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CatalogKind, FormDialogResult, Problem, problemOf } from '@assay/web/core';
import { ArchiveCatalogItemDocument, RestoreCatalogItemDocument } from '../vendors.generated';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialog, ConfirmDialogData } from './confirm.dialog';

/** Something in the catalogue that can be archived: what it is, which one, the version seen, and its name in messages. */
export interface CatalogItem {
  kind: CatalogKind;
  id: string;
  version: number;
  /** E.g. "the product Koha" or "the research note “Roadmap 2026”". */
  what: string;
}

export type ActionOutcome = 'done' | 'cancelled' | Problem;

/** Opens the catalogue's dialogs and runs archive/restore after asking, for every page of the area. */
@Injectable({ providedIn: 'root' })
export class CatalogActions {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  /** Opens a form dialog; resolves with what it saved, a request to reload, or undefined when cancelled. */
  openForm<T, D>(component: ComponentType<unknown>, data: D, width = '600px'): Promise<FormDialogResult<T>> {
    return firstValueFrom(
      this.dialog
        .open<unknown, D, FormDialogResult<T>>(component, {
          data,
          width,
          maxWidth: '95vw',
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
    );
  }

  confirm(data: ConfirmDialogData): Promise<boolean> {
    return firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '440px', maxWidth: '95vw' })
        .afterClosed(),
    ).then(Boolean);
  }

  /** Asks, then archives (or restores) the item; says so in a snack bar. A problem is returned for the page to show. */
  async setArchived(item: CatalogItem, archive: boolean): Promise<ActionOutcome> {
    const confirmed = await this.confirm(
      archive
        ? {
            title: `Archive ${item.what}?`,
            message: 'It leaves lists and search but keeps its history. You can restore it later from “Show archived”.',
            confirm: 'Archive',
            danger: true,
          }
        : { title: `Restore ${item.what}?`, message: 'It comes back into lists and search.', confirm: 'Restore' },
    );
    if (!confirmed) return 'cancelled';
    const input = { kind: item.kind, id: item.id, version: item.version };
    try {
      if (archive)
        await firstValueFrom(this.apollo.mutate({ mutation: ArchiveCatalogItemDocument, variables: { input } }));
      else await firstValueFrom(this.apollo.mutate({ mutation: RestoreCatalogItemDocument, variables: { input } }));
      this.notify(`${capitalise(item.what)} ${archive ? 'archived' : 'restored'}.`);
      return 'done';
    } catch (error) {
      return problemOf(error);
    }
  }

  notify(message: string): void {
    this.snackBar.open(message, 'OK', { duration: 5000 });
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
