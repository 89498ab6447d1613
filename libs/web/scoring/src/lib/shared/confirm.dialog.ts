import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { problemOf } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';

export interface ConfirmDialogData {
  title: string;
  message: string;
  confirm: string;
  /** Things to choose among before confirming (all chosen at first); at least one must stay chosen. */
  choices?: { legend: string; items: { id: string; label: string }[] };
  run: (chosen: string[]) => Promise<unknown>;
}

/** Asks before an action, runs it, and stays open with the server's words when it is refused. */
@Component({
  selector: 'assay-scoring-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCheckboxModule, MatDialogModule, ErrorBannerComponent],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @if (problem(); as p) {
        <assay-error-banner [message]="p" />
      }
      <p>{{ data.message }}</p>
      @if (data.choices; as choices) {
        <fieldset class="choices">
          <legend>{{ choices.legend }}</legend>
          @for (item of choices.items; track item.id) {
            <mat-checkbox [checked]="chosen().has(item.id)" (change)="toggle(item.id, $event.checked)">{{ item.label }}</mat-checkbox>
          }
          @if (chosen().size === 0) {
            <p class="problem" role="alert">Choose at least one.</p>
          }
        </fieldset>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="button" cdkFocusInitial [disabled]="busy() || (!!data.choices && chosen().size === 0)" (click)="confirm()">{{ busy() ? 'Working…' : data.confirm }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .choices { display: grid; gap: 2px; border: 0; margin: 0; padding: 0; }
    legend { font-weight: 500; margin-bottom: 4px; padding: 0; }
    .problem { color: var(--mat-sys-error); font-size: 13px; margin: 4px 0 0; }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConfirmDialog, boolean>>(MatDialogRef);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly chosen = signal<ReadonlySet<string>>(new Set(this.data.choices?.items.map((item) => item.id) ?? []));

  protected toggle(id: string, on: boolean): void {
    this.chosen.update((chosen) => {
      const next = new Set(chosen);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.data.run(this.data.choices ? this.data.choices.items.map((item) => item.id).filter((id) => this.chosen().has(id)) : []);
      this.ref.close(true);
    } catch (error) {
      this.problem.set(problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
