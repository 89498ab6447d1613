import { DatePipe, DecimalPipe, LowerCasePipe } from '@angular/common';
import {
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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TestResultStatus } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { CaseTimer } from './case-timer';
import { defectStatusLabel, formatDuration, parseDuration, RESULT_STATUSES, statusLabel } from './run-format';
import { RunAttachment, RunStore } from './run.store';

/** The statuses a tester sets on a case or step from the executor (with their keys). */
const SETTABLE = RESULT_STATUSES.filter((s) => s.status !== 'UNTESTED');

/**
 * One case of the run at a time: its text as the result runs it, each step's status and actual
 * result, the case's status and actual result, how long it took, and its evidence. The page
 * handles the keys (see executor-keys.ts) and asks this component to move the focus.
 */
@Component({
  selector: 'assay-run-executor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    DecimalPipe,
    LowerCasePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ErrorBannerComponent,
  ],
  templateUrl: './run-executor.component.html',
  styleUrl: './run-executor.component.scss',
})
export class RunExecutorComponent {
  protected readonly store = inject(RunStore);
  protected readonly timer = inject(CaseTimer);
  protected readonly statuses = SETTABLE;
  protected readonly statusLabel = statusLabel;
  protected readonly formatDuration = formatDuration;
  protected readonly defectStatusLabel = defectStatusLabel;
  /** The tester asks to raise a defect from the open (failed) case; the page does it, as for the D key. */
  readonly raiseDefect = output<void>();

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly actual = viewChild<ElementRef<HTMLTextAreaElement>>('actual');
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The step that has the keyboard focus (its row or one of its fields), or null. */
  readonly focusedStep = signal<number | null>(null);
  protected readonly durationText = signal<string | null>(null);
  protected readonly durationProblem = signal<string | null>(null);

  protected readonly result = this.store.current;
  protected readonly draft = this.store.draft;
  protected readonly newerVersion = computed(() => {
    const result = this.result();
    return result && result.caseCurrentVersion > result.caseVersion.number ? result.caseCurrentVersion : null;
  });
  protected readonly saveText = computed(() => {
    switch (this.store.saveState()) {
      case 'pending':
        return 'Changes not saved yet…';
      case 'saving':
        return 'Saving…';
      case 'saved':
        return 'Saved';
      case 'error':
        return 'Not saved';
      default:
        return '';
    }
  });

  /** Puts the focus on the case itself (its heading), where the keys act on the case. */
  focusCase(): void {
    this.focusedStep.set(null);
    this.heading()?.nativeElement.focus();
  }

  /** Enter: the focused step's actual result, or the case's. */
  focusActual(): void {
    const step = this.focusedStep();
    const target =
      step === null
        ? this.actual()?.nativeElement
        : this.host.nativeElement.querySelector<HTMLInputElement>(`#step-actual-${step}`);
    target?.focus();
  }

  protected stepFocus(index: number | null): void {
    this.focusedStep.set(index);
  }

  protected onStepBlur(event: FocusEvent, index: number): void {
    const next = event.relatedTarget as Node | null;
    const row = (event.currentTarget as HTMLElement | null) ?? null;
    if (!next || !row?.contains(next)) {
      if (this.focusedStep() === index) this.focusedStep.set(null);
    }
  }

  protected setStatus(status: TestResultStatus): void {
    this.store.setStatus(status);
  }

  protected setStepStatus(index: number, status: TestResultStatus): void {
    this.store.setStepStatus(index, status);
  }

  protected shownDuration(): string {
    return this.durationText() ?? formatDuration(this.timer.seconds());
  }

  protected editDuration(text: string): void {
    this.durationText.set(text);
  }

  protected startEditingDuration(): void {
    this.timer.edit(true);
    this.durationText.set(formatDuration(this.timer.seconds()));
  }

  protected commitDuration(): void {
    const text = this.durationText();
    this.durationText.set(null);
    if (text !== null) {
      const seconds = parseDuration(text);
      if (seconds === null) {
        this.durationProblem.set('Type a duration such as 4:30 (minutes:seconds), 1:02:00 or 90.');
      } else {
        this.durationProblem.set(null);
        if (seconds !== this.timer.seconds()) {
          this.timer.set(seconds);
          this.store.durationChanged();
        }
      }
    }
    this.timer.edit(false);
  }

  protected chooseFile(): void {
    this.fileInput()?.nativeElement.click();
  }

  protected async filesChosen(input: HTMLInputElement): Promise<void> {
    for (const file of Array.from(input.files ?? [])) await this.store.attach(file);
    input.value = '';
  }

  protected remove(attachment: RunAttachment): void {
    void this.store
      .removeAttachment(attachment)
      .catch(() => this.store.uploadProblem.set('The file could not be removed.'));
  }

  protected isImage(attachment: RunAttachment): boolean {
    return attachment.contentType.startsWith('image/');
  }
}
