import { ScrollingModule, CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  HostListener,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { FormDialogResult, TestResultStatus } from '@assay/web/core';
import { DialogService, ErrorBannerComponent, LoadStateComponent, PageHeaderComponent } from '@assay/web/ui';
import { CaseTimer } from './case-timer';
import { executorCommand } from './executor-keys';
import {
  defectDraftOf,
  filtersFromParams,
  NO_FILTERS,
  progressSegments,
  progressSummary,
  RESULT_STATUSES,
  RunFilters,
  statusLabel,
} from './run-format';
import { JUnitImportSummary, JUnitUploadDialog, JUnitUploadDialogData } from './junit-upload.dialog';
import { RaiseDefectDialog, RaiseDefectDialogData, RaisedDefect } from './raise-defect.dialog';
import { RunExecutorComponent } from './run-executor.component';
import { RunResult, RunStore } from './run.store';

/** The height of one row of the case list, in pixels (the virtual scroll needs it fixed). */
export const ROW_HEIGHT = 52;

const PRIORITIES = [
  { value: 'CRITICAL', label: 'Critical' },
  { value: 'HIGH', label: 'High' },
  { value: 'MEDIUM', label: 'Medium' },
  { value: 'LOW', label: 'Low' },
];

/** Whether a key pressed on `target` is typing (text fields, selects), not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.matches('input, textarea, select, [role="combobox"], [role="listbox"], [role="option"]')
  );
}

/**
 * /testing/runs/:runId — a run and its execution at the keyboard: the run's facts and progress,
 * the case list (virtually scrolled, fetched page by page with filters on the server) and beside
 * it the executor for one case at a time. Testers set statuses with P/F/B/S, move with N/J and K,
 * Enter writes the actual result and Escape comes back to the case; everything saves as it changes.
 */
@Component({
  selector: 'assay-run-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RunStore, CaseTimer],
  imports: [
    DatePipe,
    RouterLink,
    ScrollingModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
    LoadStateComponent,
    PageHeaderComponent,
    RunExecutorComponent,
  ],
  templateUrl: './run.page.html',
  styleUrl: './run.page.scss',
})
export class RunPage {
  protected readonly store = inject(RunStore);
  protected readonly timer = inject(CaseTimer);
  private readonly dialogs = inject(DialogService);
  private readonly title = inject(Title);
  private readonly route = inject(ActivatedRoute);
  private readonly viewport = viewChild(CdkVirtualScrollViewport);
  private readonly executor = viewChild(RunExecutorComponent);

  /** From the route: /testing/runs/:runId */
  readonly runId = input.required<string>();

  protected readonly rowHeight = ROW_HEIGHT;
  protected readonly statuses = RESULT_STATUSES;
  protected readonly priorities = PRIORITIES;
  protected readonly statusLabel = statusLabel;
  protected readonly run = this.store.run;
  protected readonly filters = this.store.filters;
  protected readonly segments = computed(() => {
    const run = this.run();
    return run ? progressSegments(run.progress) : [];
  });
  protected readonly summary = computed(() => {
    const run = this.run();
    return run ? progressSummary(run.progress) : '';
  });
  protected readonly countsText = computed(() => {
    const run = this.run();
    if (!run) return '';
    return RESULT_STATUSES.map((s) => `${s.label} ${run.progress[s.status.toLowerCase() as 'passed']}`).join(', ');
  });
  protected readonly filtered = computed(() => {
    const f = this.filters();
    return !!(f.statuses.length || f.priorities.length || f.tag || f.requirementId || f.text);
  });
  /** The case in the executor; edits to it leave this unchanged, so its timer keeps counting. */
  private readonly openResultId = computed(() => this.store.draft()?.resultId ?? null);
  /** As tall as the rows need, up to what the window leaves for the list. */
  protected readonly viewportHeight = computed(
    () => `min(${this.store.rows().length * ROW_HEIGHT + 2}px, var(--list-height))`,
  );
  private textTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    this.store.durationOf = () => this.timer.seconds();
    this.store.filters.set(filtersFromParams(this.route.snapshot.queryParams));
    effect(() => {
      const id = this.runId();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const run = this.run();
      if (run) this.title.setTitle(`Run · ${run.productName} ${run.productVersionName} · Assay`);
    });
    // A case opens: its timer starts from what was saved, and only for those who record results.
    effect(() => {
      const id = this.openResultId();
      const canExecute = this.store.canExecute();
      untracked(() => {
        const result = this.store.current();
        if (!id || !result) this.timer.stop();
        else this.timer.start(result.durationSeconds ?? 0, canExecute);
      });
    });
  }

  protected trackRow = (index: number, row: RunResult | null) => row?.id ?? `loading-${index}`;

  protected onScrolled(first: number): void {
    const shown = Math.ceil((this.viewport()?.getViewportSize() ?? 800) / ROW_HEIGHT);
    this.store.ensureRange(first - shown, first + 2 * shown);
  }

  protected async openCase(index: number): Promise<void> {
    await this.store.open(index);
  }

  /** Moves through the list from the keyboard, keeping the open case in view. */
  private async move(by: number): Promise<void> {
    await this.store.move(by);
    const viewport = this.viewport();
    if (!viewport) return;
    const index = this.store.selected();
    const top = index * ROW_HEIGHT;
    const offset = viewport.measureScrollOffset();
    const size = viewport.getViewportSize();
    if (top < offset || top + ROW_HEIGHT > offset + size) viewport.scrollToOffset(Math.max(0, top - size / 3));
    this.executor()?.focusCase();
  }

  @HostListener('document:keydown', ['$event'])
  protected onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || !this.run()) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('.cdk-overlay-container')) return; // a dialog or menu has the keys
    const typing = isTyping(target);
    if (event.key === 'Escape' && typing && target?.closest('assay-run-executor')) {
      event.preventDefault();
      this.executor()?.focusCase();
      return;
    }
    // Enter on a button or link presses it.
    if (event.key === 'Enter' && target?.closest('button, a, [role="button"]')) return;
    const command = executorCommand({
      key: event.key,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      inTextField: typing,
    });
    if (!command) return;
    event.preventDefault();
    const executor = this.executor();
    switch (command.kind) {
      case 'move':
        void this.move(command.by);
        return;
      case 'actualResult':
        executor?.focusActual();
        return;
      case 'defect':
        void this.raiseDefect();
        return;
      case 'status': {
        const step = executor?.focusedStep() ?? null;
        if (step === null) this.store.setStatus(command.status as TestResultStatus);
        else this.store.setStepStatus(step, command.status as TestResultStatus);
      }
    }
  }

  /**
   * D, or the executor's button: raises a defect from the open case once it is saved as failed,
   * prefilled from the case and what happened, and links it to the result.
   */
  protected async raiseDefect(): Promise<void> {
    const run = this.run();
    if (!run || !this.store.canExecute() || !this.store.current()) return;
    if (this.store.draft()?.status !== 'FAILED') {
      this.dialogs.notify('A defect is raised from a failed case: mark it failed (F) first.');
      return;
    }
    await this.store.flush();
    const result = this.store.current();
    const draft = this.store.draft();
    if (!result || !draft || result.status !== 'FAILED') {
      this.dialogs.notify('The failed result is not saved yet; try again once it says Saved.');
      return;
    }
    const build = run.buildLabel ? `, build ${run.buildLabel}` : '';
    const ranOn = [`${run.productName} ${run.productVersionName}${build}`, run.environment].join(', ');
    const data: RaiseDefectDialogData = {
      resultId: result.id,
      evaluationId: this.store.plan()?.evaluationId ?? null,
      caseKey: result.caseKey,
      ...defectDraftOf(result, draft, ranOn),
    };
    const outcome = await this.dialogs.openForm<FormDialogResult<RaisedDefect>, RaiseDefectDialogData>(
      RaiseDefectDialog,
      data,
      '760px',
    );
    if (!outcome || !('saved' in outcome)) return;
    this.dialogs.notify(`Raised ${outcome.saved.key}: ${outcome.saved.title}`);
    await this.store.refreshCurrent();
  }

  /** A screenshot pasted anywhere on the page (outside a text field that takes text) becomes evidence. */
  @HostListener('document:paste', ['$event'])
  protected onPaste(event: ClipboardEvent): void {
    if (!this.store.canExecute() || !this.store.current()) return;
    const files = Array.from(event.clipboardData?.items ?? [])
      .filter((item) => item.kind === 'file' && item.type.startsWith('image/'))
      .map((item) => item.getAsFile())
      .filter((file): file is File => !!file);
    if (files.length === 0) return;
    event.preventDefault();
    const key = this.store.current()?.caseKey ?? 'case';
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    files.forEach((file, i) => {
      const extension = file.type === 'image/jpeg' ? 'jpg' : (file.type.split('/')[1] ?? 'png');
      void this.store.attach(file, `${key} screenshot ${stamp}${i ? `-${i + 1}` : ''}.${extension}`);
    });
  }

  // ---- filters ---------------------------------------------------------------------------------

  protected setFilter(change: Partial<RunFilters>): void {
    void this.store.setFilters({ ...this.filters(), ...change });
  }

  /** Words and tags apply once the typing pauses. */
  protected typeFilter(change: Partial<RunFilters>): void {
    if (this.textTimer) clearTimeout(this.textTimer);
    this.textTimer = setTimeout(() => this.setFilter(change), 350);
  }

  protected clearFilters(): void {
    void this.store.setFilters(NO_FILTERS);
  }

  // ---- the run ---------------------------------------------------------------------------------

  protected async uploadJUnit(): Promise<void> {
    const run = this.run();
    if (!run) return;
    const summary = await this.dialogs.openForm<JUnitImportSummary, JUnitUploadDialogData>(
      JUnitUploadDialog,
      { runId: run.id, runName: `the run on ${run.productName} ${run.productVersionName}` },
      '640px',
    );
    if (!summary) return;
    this.dialogs.notify(
      `Recorded ${summary.matched + summary.created} of ${summary.total} ${summary.total === 1 ? 'test' : 'tests'}.`,
    );
    // Results changed on the server: the progress, the list and the open case all read again.
    await this.store.load();
  }

  protected async closeRun(): Promise<void> {
    const run = this.run();
    if (!run) return;
    const untested = run.progress.untested;
    const outcome = await this.dialogs.confirm({
      title: 'Close this run?',
      message:
        'A closed run is read-only: nobody can record or change its results, or add evidence, any more. Its results stay as they are for reports and comparisons.',
      warning: untested
        ? `${untested} of ${run.progress.total} cases are still untested; they stay untested.`
        : undefined,
      confirm: 'Close run',
      run: () => this.store.close(),
    });
    if (outcome === 'done') this.dialogs.notify('The run is closed');
    if (outcome === 'done' || outcome === 'reload') await this.store.load();
  }
}
