import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/** An error a person can act on, announced to screen readers, with an optional retry (or other action). */
@Component({
  selector: 'assay-error-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule],
  template: `
    <div class="banner" role="alert">
      <mat-icon aria-hidden="true">error_outline</mat-icon>
      <span class="message">{{ message() }}</span>
      @if (retryable()) {
        <button mat-button type="button" (click)="retry.emit()">{{ actionLabel() }}</button>
      }
    </div>
  `,
  styles: `
    .banner {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 12px 16px;
      margin: 8px 0 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .message {
      flex: 1;
    }
  `,
})
export class ErrorBannerComponent {
  readonly message = input.required<string>();
  readonly retryable = input(false);
  /** What the action does, e.g. "Reload" when the data on screen is out of date. */
  readonly actionLabel = input('Try again');
  readonly retry = output<void>();
}
