import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { VendorStatus } from '@assay/web/core';
import { VENDOR_STATUS, VENDOR_STATUS_HINT } from '../catalog-labels';

/** A vendor's status as a coloured chip, with what it means as its title. */
@Component({
  selector: 'assay-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="status().toLowerCase()" [title]="hint()">{{ label() }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font-size: 12px;
      line-height: 20px;
      white-space: nowrap;
      font-weight: 500;
    }
    .active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .watch {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .acquired {
      background: transparent;
      color: var(--mat-sys-on-surface);
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
    }
    .inactive {
      background: var(--mat-sys-surface-variant);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StatusChipComponent {
  readonly status = input.required<VendorStatus>();
  protected readonly label = computed(() => VENDOR_STATUS[this.status()]);
  protected readonly hint = computed(() => VENDOR_STATUS_HINT[this.status()]);
}
