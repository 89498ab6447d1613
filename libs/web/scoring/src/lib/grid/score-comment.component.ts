import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ScoringFocus } from './scoring-focus';
import { ScoringStore } from './scoring.store';

const WEB_ADDRESS = 'Use a web address starting with https:// or http://.';

/**
 * Your comment on the focused cell and the link to its evidence, written under the grid: Enter
 * saves (with the score as it is), Shift+Enter starts a new line, Esc leaves it unchanged.
 */
@Component({
  selector: 'assay-score-comment',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <label class="comment">
      <span>Comment (Enter saves, Esc cancels)</span>
      <textarea
        #commentBox
        rows="2"
        [value]="comment()"
        (input)="comment.set($any($event.target).value)"
        (keydown)="onKey($event)"
      ></textarea>
    </label>
    <label class="comment">
      <span>Evidence link (optional)</span>
      <input
        type="url"
        inputmode="url"
        placeholder="https://"
        [value]="evidence()"
        (input)="evidence.set($any($event.target).value)"
        (keydown)="onKey($event)"
        [attr.aria-invalid]="!!evidenceProblem()"
        [attr.aria-describedby]="evidenceProblem() ? 'evidence-problem' : null"
      />
      @if (evidenceProblem(); as problem) {
        <span class="field-problem" id="evidence-problem">{{ problem }}</span>
      }
    </label>
    <div class="comment-actions">
      <button mat-button type="button" (click)="close(false)">Cancel</button>
      <button mat-flat-button type="button" (click)="close(true)">Save comment</button>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .comment {
      display: grid;
      gap: 4px;
      margin-top: 8px;
      font-size: 13px;
    }
    .comment input,
    .comment textarea {
      font: inherit;
      font-size: 14px;
      padding: 8px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      width: 100%;
      box-sizing: border-box;
    }
    .comment textarea {
      resize: vertical;
    }
    .comment input[aria-invalid='true'] {
      border-color: var(--mat-sys-error);
    }
    .field-problem {
      color: var(--mat-sys-error);
      font-size: 12px;
    }
    .comment-actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 4px;
    }
  `,
})
export class ScoreCommentComponent {
  private readonly store = inject(ScoringStore);
  private readonly focus = inject(ScoringFocus);
  private readonly box = viewChild<ElementRef<HTMLTextAreaElement>>('commentBox');
  /** The comment has closed, saved or not: the focus goes back to the cell. */
  readonly closed = output<void>();

  protected readonly comment = signal(this.focus.cell()?.comment ?? '');
  protected readonly evidence = signal(this.focus.cell()?.evidenceUrl ?? '');
  /** Why the evidence link cannot be saved as typed, or null. */
  protected readonly evidenceProblem = computed(() => {
    const text = this.evidence().trim();
    if (!text) return null;
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:' ? null : WEB_ADDRESS;
    } catch {
      return WEB_ADDRESS;
    }
  });

  constructor() {
    afterNextRender(() => this.box()?.nativeElement.focus());
  }

  protected onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close(false);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.close(true);
    }
  }

  protected close(save: boolean): void {
    const row = this.focus.row();
    const candidate = this.focus.candidate();
    const cell = this.focus.cell();
    if (save && this.evidenceProblem()) return; // stays open with the problem shown at the field
    const comment = this.comment().trim();
    const evidence = this.evidence().trim() || null;
    if (save && row && candidate && cell && (cell.comment !== comment || cell.evidenceUrl !== evidence)) {
      void this.store.setScore(candidate.id, row.criterion.id, cell.value, comment, evidence);
    }
    this.focus.commenting.set(false);
    this.closed.emit();
  }
}
