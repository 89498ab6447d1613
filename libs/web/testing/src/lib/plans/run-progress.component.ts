import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TestProgressFieldsFragment } from '../testing-plans.generated';
import { PROGRESS_PARTS, progressText } from './test-labels';

/** A run's progress: a bar of its statuses, and the same counts in words beside it (never colour alone). */
@Component({
  selector: 'assay-run-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" aria-hidden="true">
      @for (part of parts(); track part.name) {
        <span [class]="'part ' + part.name" [style.width.%]="part.share"></span>
      }
    </div>
    <span class="words">{{ words() }}</span>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: 0;
    }
    .bar {
      display: flex;
      height: 8px;
      border-radius: 4px;
      overflow: hidden;
      background: var(--mat-sys-surface-container-highest);
    }
    .part.passed {
      background: #2e7d32;
    }
    .part.failed {
      background: #c62828;
    }
    .part.blocked {
      background: #6a1b9a;
    }
    .part.retest {
      background: #ef6c00;
    }
    .part.skipped {
      background: #78909c;
    }
    .part.untested {
      background: transparent;
    }
    .words {
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class RunProgressComponent {
  readonly progress = input.required<TestProgressFieldsFragment>();
  protected readonly words = computed(() => progressText(this.progress()));
  protected readonly parts = computed(() => {
    const progress = this.progress();
    return PROGRESS_PARTS.map((name) => ({
      name,
      share: progress.total ? (progress[name] / progress.total) * 100 : 0,
    }));
  });
}
