import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EmptyStateComponent, PageHeaderComponent } from '@assay/web/ui';

/** An area of the product that this version does not have yet, said plainly. */
@Component({
  selector: 'assay-not-yet-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyStateComponent, PageHeaderComponent],
  template: `
    <assay-page-header [title]="area()" />
    <assay-empty-state
      icon="construction"
      [title]="area() + ' is not available in this version of Assay yet'"
      [message]="'This area will hold ' + about() + '.'"
    />
  `,
})
export class NotYetPage {
  readonly area = input('This area');
  readonly about = input('more of Assay');
}
