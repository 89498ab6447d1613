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
  /** Each evaluator's progress, shown before revealing a round. */
  progress?: { name: string; scored: number; expected: number }[];
  /** A caution shown above the confirm button, e.g. that some evaluators have not finished. */
  warning?: string;
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
      @if (data.progress; as progress) {
        <ul class="progress" aria-label="Scores entered per evaluator">
          @for (p of progress; track p.name) {
            <li [class.incomplete]="p.scored < p.expected">
              <span>{{ p.name }}</span>&ngsp;<span class="count">{{ p.scored }} of {{ p.expected }}</span>
            </li>
          }
        </ul>
      }
      @if (data.warning) {
        <p class="warning" role="note"><strong>Not everyone has finished.</strong> {{ data.warning }}</p>
      }
      @if (data.choices; as choices) {
        <fieldset class="choices">
          <legend>{{ choices.legend }}</legend>
          @for (item of choices.items; track item.id) {
            <mat-checkbox [checked]="chosen().has(item.id)" (change)="toggle(item.id, $event.checked)">{{
              item.label
            }}</mat-checkbox>
          }
          @if (chosen().size === 0) {
            <p class="problem" role="alert">Choose at least one.</p>
          }
        </fieldset>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button
        mat-flat-button
        type="button"
        cdkFocusInitial
        [disabled]="busy() || (!!data.choices && chosen().size === 0)"
        (click)="confirm()"
      >
        {{ busy() ? 'Working…' : data.confirm }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .choices {
      display: grid;
      gap: 2px;
      border: 0;
      margin: 0;
      padding: 0;
    }
    legend {
      font-weight: 500;
      margin-bottom: 4px;
      padding: 0;
    }
    .problem {
      color: var(--mat-sys-error);
      font-size: 13px;
      margin: 4px 0 0;
    }
    .progress {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
    }
    .progress li {
      display: flex;
      justify-content: space-between;
      gap: 12px;
      padding: 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .progress .count {
      font-variant-numeric: tabular-nums;
    }
    .progress .incomplete .count {
      font-weight: 600;
    }
    .warning {
      margin: 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConfirmDialog, boolean>>(MatDialogRef);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly chosen = signal<ReadonlySet<string>>(
    new Set(this.data.choices?.items.map((item) => item.id) ?? []),
  );

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
      await this.data.run(
        this.data.choices ? this.data.choices.items.map((item) => item.id).filter((id) => this.chosen().has(id)) : [],
      );
      this.ref.close(true);
    } catch (error) {
      this.problem.set(problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
