import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

/**
 * The foot of a form dialog: Cancel, and the button that submits the surrounding form, which says
 * "Saving…" and is disabled while the save runs. Place it inside the dialog's `<form>`.
 */
@Component({
  selector: 'assay-form-dialog-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : submitLabel() }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class FormDialogActionsComponent {
  readonly saving = input(false);
  /** What the submit button says, e.g. "Save" or "Add vendor". */
  readonly submitLabel = input.required<string>();
}
