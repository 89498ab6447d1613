import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface SnippetSegment {
  text: string;
  match: boolean;
}

/**
 * A search snippet with the matched words marked. Each segment is a text node (matches inside
 * <mark>), never parsed as HTML, so whatever a note says is shown, not run.
 */
@Component({
  selector: 'assay-snippet',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (segment of segments(); track $index) {
      @if (segment.match) {
        <mark>{{ segment.text }}</mark>
      } @else {
        <ng-container>{{ segment.text }}</ng-container>
      }
    }
  `,
  styles: `
    :host {
      overflow-wrap: anywhere;
    }
    mark {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-radius: 3px;
      padding: 0 2px;
      font-weight: 500;
    }
  `,
})
export class SnippetComponent {
  readonly segments = input.required<readonly SnippetSegment[]>();
}
