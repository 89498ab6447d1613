import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RATING_WORDS } from '../catalog-labels';

/** A 1–5 rating as stars, read out as "Rated 4 out of 5 (very good)"; halves for means. */
@Component({
  selector: 'assay-rating',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <span class="rating" role="img" [attr.aria-label]="text()" [title]="text()">
      @for (star of stars(); track $index) {
        <mat-icon aria-hidden="true">{{ star }}</mat-icon>
      }
    </span>
  `,
  styles: `
    .rating {
      display: inline-flex;
      vertical-align: middle;
      color: var(--mat-sys-tertiary);
    }
    mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
  `,
})
export class RatingComponent {
  readonly value = input.required<number>();
  protected readonly stars = computed(() => {
    const value = Math.round(this.value() * 2) / 2;
    return [1, 2, 3, 4, 5].map((n) => (value >= n ? 'star' : value >= n - 0.5 ? 'star_half' : 'star_border'));
  });
  protected readonly text = computed(() => {
    const value = this.value();
    const word = Number.isInteger(value) ? RATING_WORDS[value] : '';
    return `Rated ${Number.isInteger(value) ? value : value.toFixed(1)} out of 5${word ? ` (${word.toLowerCase()})` : ''}`;
  });
}
