import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { problemOf } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';

export interface ConfirmDialogData {
  title: string;
  message: string;
  confirm: string;
  run: () => Promise<unknown>;
}

/** Asks before an action, runs it, and stays open with the server's words when it is refused. */
@Component({
  selector: 'assay-scoring-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, ErrorBannerComponent],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @if (problem(); as p) {
        <assay-error-banner [message]="p" />
      }
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="button" cdkFocusInitial [disabled]="busy()" (click)="confirm()">{{ busy() ? 'Working…' : data.confirm }}</button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConfirmDialog, boolean>>(MatDialogRef);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.data.run();
      this.ref.close(true);
    } catch (error) {
      this.problem.set(problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
