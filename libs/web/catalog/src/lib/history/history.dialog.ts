import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { CatalogKind } from '@assay/web/core';
import { HistoryListComponent } from './history-list.component';

export interface HistoryDialogData {
  kind: CatalogKind;
  id: string;
  title: string;
  names: ReadonlyMap<string, string>;
}

/** The history of one product, version, note, contact or reference check. */
@Component({
  selector: 'assay-history-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, HistoryListComponent],
  template: `
    <h2 mat-dialog-title>History of {{ data.title }}</h2>
    <mat-dialog-content>
      <assay-history-list [kind]="data.kind" [objectId]="data.id" [names]="data.names" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>Close</button>
    </mat-dialog-actions>
  `,
})
export class HistoryDialog {
  protected readonly data = inject<HistoryDialogData>(MAT_DIALOG_DATA);
}
