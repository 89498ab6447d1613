import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** How a chip is coloured: what kind of state it names, not which one. */
export type ChipTone = 'neutral' | 'active' | 'good' | 'notice' | 'bad' | 'outline';

/** A state as a small coloured label (evaluation status, requirement status, candidate state). */
@Component({
  selector: 'assay-state-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="tone()" [attr.title]="hint() || null">{{ label() }}</span>`,
  styles: `
    :host {
      display: inline-flex;
    }
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font-size: 12px;
      line-height: 20px;
      white-space: nowrap;
      font-weight: 500;
    }
    .neutral {
      background: var(--mat-sys-surface-variant);
      color: var(--mat-sys-on-surface-variant);
    }
    .active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .good {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .notice {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .bad {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .outline {
      background: transparent;
      color: var(--mat-sys-on-surface);
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
    }
  `,
})
export class StateChipComponent {
  readonly label = input.required<string>();
  readonly tone = input<ChipTone>('neutral');
  readonly hint = input<string>();
}
