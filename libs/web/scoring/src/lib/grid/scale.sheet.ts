import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MAT_BOTTOM_SHEET_DATA, MatBottomSheetRef } from '@angular/material/bottom-sheet';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

export interface ScaleSheetData {
  candidate: string;
  criterion: string;
  /** The criterion's description, shown so the scorer need not hover anything. */
  description: string;
  steps: { value: number; label: string }[];
  current: number | null;
}

/** What the scorer chose: a value, clearing the score, or writing a comment. */
export type ScaleSheetChoice = { kind: 'value'; value: number } | { kind: 'clear' } | { kind: 'comment' };

/**
 * The scale offered when a cell is tapped on a touch screen (no keyboard to type a digit): each
 * value with its anchor as a large button, the current one marked.
 */
@Component({
  selector: 'assay-scale-sheet',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule],
  template: `
    <div class="sheet" role="group" aria-labelledby="scale-sheet-title">
      <h2 id="scale-sheet-title">{{ data.candidate }} · {{ data.criterion }}</h2>
      @if (data.description) {
        <p class="description">{{ data.description }}</p>
      }
      <div class="steps">
        @for (step of data.steps; track step.value) {
          <button
            type="button"
            class="step"
            [class.current]="step.value === data.current"
            [attr.aria-pressed]="step.value === data.current"
            (click)="choose({ kind: 'value', value: step.value })"
          >
            <span class="value">{{ step.value }}</span>
            <span class="label">{{ step.label }}</span>
          </button>
        }
      </div>
      <div class="actions">
        @if (data.current !== null) {
          <button mat-button type="button" (click)="choose({ kind: 'clear' })">
            <mat-icon>backspace</mat-icon> Clear score
          </button>
        }
        <button mat-button type="button" (click)="choose({ kind: 'comment' })">
          <mat-icon>chat_bubble_outline</mat-icon> Comment or evidence
        </button>
        <button mat-button type="button" (click)="close()">Cancel</button>
      </div>
    </div>
  `,
  styles: `
    .sheet {
      padding: 4px 0 8px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
    }
    .description {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
      font-size: 14px;
    }
    .steps {
      display: grid;
      gap: 8px;
      margin: 8px 0;
    }
    .step {
      display: flex;
      align-items: center;
      gap: 12px;
      min-height: 48px;
      padding: 8px 12px;
      text-align: left;
      font: inherit;
      cursor: pointer;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .step.current {
      border: 2px solid var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .step .value {
      font-size: 22px;
      font-weight: 500;
      min-width: 24px;
      text-align: center;
      font-variant-numeric: tabular-nums;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 4px;
    }
  `,
})
export class ScaleSheet {
  protected readonly data = inject<ScaleSheetData>(MAT_BOTTOM_SHEET_DATA);
  private readonly ref = inject<MatBottomSheetRef<ScaleSheet, ScaleSheetChoice>>(MatBottomSheetRef);

  protected choose(choice: ScaleSheetChoice): void {
    this.ref.dismiss(choice);
  }

  protected close(): void {
    this.ref.dismiss();
  }
}
