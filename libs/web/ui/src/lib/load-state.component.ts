import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EmptyStateComponent } from './empty-state.component';
import { ErrorBannerComponent } from './error-banner.component';
import { LoadingComponent } from './loading.component';

/** What a page could not load: a stable error code and the words to show. */
export interface LoadProblem {
  code: string;
  message: string;
}

/**
 * The top of a page that loads one object: a spinner while it loads; when the object is missing
 * or not the reader's to see (NOT_FOUND, FORBIDDEN — told apart from each other to nobody), a
 * "not found" state with a way back; any other failure as a banner with Try again.
 */
@Component({
  selector: 'assay-load-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, EmptyStateComponent, ErrorBannerComponent, LoadingComponent],
  template: `
    @if (problem(); as p) {
      @if (p.code === 'NOT_FOUND' || p.code === 'FORBIDDEN') {
        <assay-empty-state icon="search_off" [title]="notFoundTitle()" [message]="notFoundMessage()">
          <a mat-stroked-button [routerLink]="backLink()">{{ backLabel() }}</a>
        </assay-empty-state>
      } @else {
        <assay-error-banner [message]="p.message" [retryable]="true" (retry)="retry.emit()" />
      }
    } @else if (loading()) {
      <assay-loading [label]="loadingLabel()" />
    }
  `,
})
export class LoadStateComponent {
  readonly problem = input<LoadProblem | null>(null);
  readonly loading = input(false);
  readonly loadingLabel = input('Loading…');
  readonly notFoundTitle = input('This evaluation was not found');
  readonly notFoundMessage = input('It may have been removed, you may not be a member of it, or the link is wrong.');
  readonly backLink = input('/evaluations');
  readonly backLabel = input('All evaluations');
  readonly retry = output<void>();
}
