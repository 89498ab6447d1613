import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

let nextId = 0;

/**
 * A small button that shows and hides a piece of text next to it (an evaluator's comment, a
 * consensus note): reachable with the keyboard and by touch, where a hover tooltip is not.
 *
 * `<assay-info-toggle [label]="'Comment from ' + name" [text]="comment" />`
 */
@Component({
  selector: 'assay-info-toggle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <button
      type="button"
      class="toggle"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="panelId"
      [attr.aria-label]="label()"
      [title]="label()"
      (click)="open.set(!open())"
    >
      <mat-icon aria-hidden="true">{{ open() ? 'expand_less' : icon() }}</mat-icon>
    </button>
    <span class="panel" [id]="panelId" [hidden]="!open()">{{ text() }}</span>
  `,
  styles: `
    :host {
      display: inline;
    }
    .toggle {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 28px;
      height: 28px;
      padding: 0;
      margin: 0 2px 0 6px;
      vertical-align: middle;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: var(--mat-sys-primary);
      cursor: pointer;
    }
    .toggle:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .toggle mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .panel {
      display: block;
      margin: 2px 0 4px;
      padding: 4px 8px;
      border-left: 3px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);
      font-size: 13px;
      font-style: italic;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .panel[hidden] {
      display: none;
    }
  `,
})
export class InfoToggleComponent {
  /** What the button shows, e.g. "Comment from Ada Lovelace" (its accessible name and hover text). */
  readonly label = input.required<string>();
  readonly text = input.required<string>();
  readonly icon = input('chat_bubble_outline');
  protected readonly open = signal(false);
  protected readonly panelId = `info-toggle-${++nextId}`;
}
