import { CdkVirtualScrollViewport, ScrollingModule } from '@angular/cdk/scrolling';
import { PercentPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatBottomSheet } from '@angular/material/bottom-sheet';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  InfoToggleComponent,
  LoadStateComponent,
  PageHeaderComponent,
  DialogService,
  ConfirmDialogData,
} from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { ConsensusDialog, ConsensusDialogData } from './consensus.dialog';
import { ScaleSheet, ScaleSheetChoice, ScaleSheetData } from './scale.sheet';
import { Candidate, cellKey, Criterion, GridRow, ScoringStore } from './scoring.store';

/** Height of one grid row in pixels (the virtual scroll needs it fixed). */
export const ROW_HEIGHT = 48;

interface Focus {
  /** Index among the criteria (category rows are skipped). */
  row: number;
  col: number;
}

/**
 * The scoring grid of a round: criteria down (under their categories), candidates across, your
 * own score in each cell, set from the keyboard and saved as it changes. Leads open and reveal
 * rounds, follow each evaluator's progress, and after the reveal set consensus scores.
 */
@Component({
  selector: 'assay-scoring-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ScoringStore],
  imports: [
    PercentPipe,
    RouterLink,
    ScrollingModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltipModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    InfoToggleComponent,
    LoadStateComponent,
    PageHeaderComponent,
  ],
  templateUrl: './scoring.page.html',
  styleUrl: './scoring.page.scss',
})
export class ScoringPage {
  protected readonly store = inject(ScoringStore);
  private readonly bottomSheet = inject(MatBottomSheet);
  /** How the last press on a cell came (mouse, pen, touch): a tap offers the scale, there being no keys to type. */
  private lastPointer = '';
  private readonly dialogs = inject(DialogService);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly viewport = viewChild(CdkVirtualScrollViewport);
  private readonly header = viewChild<ElementRef<HTMLElement>>('header');
  private readonly commentBox = viewChild<ElementRef<HTMLTextAreaElement>>('commentBox');

  /** From the route: /evaluations/:id/scoring */
  readonly id = input.required<string>();

  protected readonly rowHeight = ROW_HEIGHT;
  protected readonly focus = signal<Focus>({ row: 0, col: 0 });
  protected readonly commenting = signal(false);
  protected readonly commentDraft = signal('');
  protected readonly evidenceDraft = signal('');
  /** Why the evidence link cannot be saved as typed, or null. */
  protected readonly evidenceProblem = computed(() => {
    const text = this.evidenceDraft().trim();
    if (!text) return null;
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:'
        ? null
        : 'Use a web address starting with https:// or http://.';
    } catch {
      return 'Use a web address starting with https:// or http://.';
    }
  });

  protected readonly evaluation = this.store.evaluation;
  protected readonly round = this.store.round;
  protected readonly rows = this.store.rows;
  /** One candidate at a time (its id), or all side by side (null). */
  protected readonly only = signal<string | null>(null);
  protected readonly candidates = computed(() => {
    const all = this.store.candidates();
    const only = this.only();
    const one = only ? all.filter((c) => c.id === only) : [];
    return one.length > 0 ? one : all;
  });
  protected readonly rubric = this.store.rubric;
  /** As tall as the rows, up to 560 pixels or 60% of the window. */
  protected readonly viewportHeight = computed(() =>
    Math.min(this.rows().length * ROW_HEIGHT + 1, 560, Math.max(240, Math.round(window.innerHeight * 0.6))),
  );
  protected readonly gridWidth = computed(
    () => `calc(var(--criterion-width) + ${this.candidates().length} * var(--cell-width))`,
  );
  /** Where each criterion sits among all rows (with the category headings). */
  private readonly rowPositions = computed(() => {
    const positions: number[] = [];
    this.rows().forEach((row, position) => {
      if (row.kind === 'criterion') positions.push(position);
    });
    return positions;
  });
  protected readonly focusedRow = computed(() => this.store.criterionRows()[this.focus().row] ?? null);
  protected readonly focusedCandidate = computed(() => this.candidates()[this.focus().col] ?? null);
  protected readonly focusedCell = computed(() => {
    const row = this.focusedRow();
    const candidate = this.focusedCandidate();
    return row && candidate ? (this.store.cell(candidate.id, row.criterion.id)?.() ?? null) : null;
  });
  protected readonly percent = computed(() => (this.store.total() ? this.store.scored() / this.store.total() : 0));
  protected readonly failed = computed(() => {
    const failed: { candidate: Candidate; criterion: Criterion }[] = [];
    for (const row of this.store.criterionRows()) {
      for (const candidate of this.candidates()) {
        if (this.store.cell(candidate.id, row.criterion.id)?.().save === 'error')
          failed.push({ candidate, criterion: row.criterion });
      }
    }
    return failed;
  });
  protected readonly subtitle = computed(() => {
    const round = this.round();
    const rubric = this.rubric();
    const parts = [this.evaluation()?.title ?? ''];
    if (round)
      parts.push(
        `Round ${round.number} · ${round.status === 'OPEN' ? 'open, blind' : round.status === 'REVEALED' ? 'revealed' : 'closed'}`,
      );
    if (rubric) parts.push(`rubric version ${rubric.number}`);
    return parts.join(' · ');
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const evaluation = this.evaluation();
      if (evaluation) this.title.setTitle(`Scoring · ${evaluation.title} · Assay`);
    });
  }

  protected showOnly(candidateId: string | null): void {
    this.only.set(candidateId);
    this.focus.update((focus) => ({ row: focus.row, col: 0 }));
  }

  protected candidateName(candidate: Candidate): string {
    return `${candidate.productName} ${candidate.versionName}`;
  }

  protected descriptor(value: number | null): string {
    if (value === null) return '';
    return this.rubric()?.descriptors.find((d) => d.value === value)?.label ?? '';
  }

  protected cellLabel(candidate: Candidate, criterion: Criterion): string {
    const cell = this.store.cell(candidate.id, criterion.id)?.();
    const max = this.rubric()?.scaleMax ?? 0;
    const value = cell?.value === null || cell?.value === undefined ? 'not scored' : `${cell.value} of ${max}`;
    const save = cell?.save === 'saving' ? ', saving' : cell?.save === 'error' ? ', not saved' : '';
    const low = this.store.revealed() && this.store.lowAgreement(candidate.id, criterion.id) ? ', low agreement' : '';
    return `${this.candidateName(candidate)}, ${criterion.title}: ${value}${save}${low}${this.revealedText(candidate.id, criterion.id)}`;
  }

  /** The revealed scores of a cell in the evaluators' shared order, each with its evaluator's initials. */
  protected revealedScores(
    candidateId: string,
    criterionId: string,
  ): { id: string; initials: string; name: string; value: number | null }[] {
    const keys = new Map(this.store.evaluators().map((e) => [e.id, e]));
    return (this.store.allScores().get(cellKey(candidateId, criterionId)) ?? []).map((s) => ({
      id: s.id,
      initials: keys.get(s.evaluatorId)?.initials ?? '?',
      name: s.evaluatorName,
      value: s.value,
    }));
  }

  /** After the reveal: every evaluator's score by full name, and the consensus, for the cell's accessible name. */
  private revealedText(candidateId: string, criterionId: string): string {
    if (!this.store.revealed()) return '';
    const scores = this.revealedScores(candidateId, criterionId);
    const consensus = this.store.consensus().get(cellKey(candidateId, criterionId));
    const parts = [scores.length ? scores.map((s) => `${s.name} ${s.value}`).join(', ') : 'no scores'];
    if (consensus) parts.push(`consensus ${consensus.value}`);
    return `; ${parts.join('; ')}`;
  }

  protected trackRow(_: number, row: GridRow): string {
    return row.criterion.id;
  }

  protected syncHeader(): void {
    const header = this.header()?.nativeElement;
    const viewport = this.viewport()?.elementRef.nativeElement;
    if (header && viewport) header.scrollLeft = viewport.scrollLeft;
  }

  protected isFocused(row: number, col: number): boolean {
    const focus = this.focus();
    return focus.row === row && focus.col === col;
  }

  protected onCellPointer(event: PointerEvent): void {
    this.lastPointer = event.pointerType;
  }

  /** A click selects the cell; a tap on a touch screen also offers the scale to choose from. */
  protected onCellClick(row: number, col: number): void {
    this.select(row, col);
    const touched = this.lastPointer === 'touch' || this.lastPointer === 'pen';
    this.lastPointer = '';
    if (touched) void this.offerScale();
  }

  /** The scale as large buttons for the selected cell; what is chosen is saved like a key press. */
  protected async offerScale(): Promise<void> {
    const row = this.focusedRow();
    const candidate = this.focusedCandidate();
    const rubric = this.rubric();
    if (!row || !candidate || !rubric || !this.store.canScore()) return;
    const steps = [];
    for (let value = rubric.scaleMin; value <= rubric.scaleMax; value++)
      steps.push({ value, label: this.descriptor(value) });
    const data: ScaleSheetData = {
      candidate: this.candidateName(candidate),
      criterion: row.criterion.title,
      description: row.criterion.description ?? '',
      steps,
      current: this.focusedCell()?.value ?? null,
    };
    const choice = await firstValueFrom(
      this.bottomSheet
        .open<ScaleSheet, ScaleSheetData, ScaleSheetChoice>(ScaleSheet, {
          data,
          ariaLabel: `Score ${data.candidate}, ${data.criterion}`,
        })
        .afterDismissed(),
    );
    if (!choice) return;
    if (choice.kind === 'comment') this.openComment();
    else this.score(choice.kind === 'value' ? choice.value : null);
  }

  protected select(row: number, col: number): void {
    if (this.isFocused(row, col)) return;
    this.focus.set({ row, col });
    this.commenting.set(false);
  }

  protected onKey(event: KeyboardEvent): void {
    const { row, col } = this.focus();
    const rows = this.store.criterionRows().length;
    const cols = this.candidates().length;
    if (!rows || !cols) return;
    const rubric = this.rubric();
    let next: Focus | null = null;
    switch (event.key) {
      case 'ArrowUp':
        next = { row: Math.max(0, row - 1), col };
        break;
      case 'ArrowDown':
        next = { row: Math.min(rows - 1, row + 1), col };
        break;
      case 'ArrowLeft':
        next = { row, col: Math.max(0, col - 1) };
        break;
      case 'ArrowRight':
        next = { row, col: Math.min(cols - 1, col + 1) };
        break;
      case 'Home':
        next = event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 };
        break;
      case 'End':
        next = event.ctrlKey ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
        break;
      case 'PageDown':
        next = { row: Math.min(rows - 1, row + 10), col };
        break;
      case 'PageUp':
        next = { row: Math.max(0, row - 10), col };
        break;
      case 'Tab': {
        const index = row * cols + col + (event.shiftKey ? -1 : 1);
        if (index < 0 || index >= rows * cols) return; // leave the grid
        next = { row: Math.floor(index / cols), col: index % cols };
        break;
      }
      case 'Enter':
        event.preventDefault();
        this.openComment();
        return;
      case 'Backspace':
      case 'Delete':
        event.preventDefault();
        this.score(null);
        return;
      default:
        if (/^[0-9]$/.test(event.key) && rubric && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          const value = Number(event.key);
          if (value >= rubric.scaleMin && value <= rubric.scaleMax) this.score(value);
          return;
        }
        return;
    }
    event.preventDefault();
    this.moveTo(next);
  }

  private score(value: number | null): void {
    const row = this.focusedRow();
    const candidate = this.focusedCandidate();
    if (!row || !candidate || !this.store.canScore()) return;
    const cell = this.store.cell(candidate.id, row.criterion.id);
    if (cell && cell().value === value && cell().save !== 'error') return;
    void this.store.setScore(candidate.id, row.criterion.id, value);
  }

  protected retry(candidateId: string, criterionId: string): void {
    void this.store.retry(candidateId, criterionId);
  }

  protected retryAll(): void {
    for (const { candidate, criterion } of this.failed()) void this.store.retry(candidate.id, criterion.id);
  }

  /** Moves the focus, scrolling the row into view first when the virtual scroll has not drawn it. */
  private moveTo(next: Focus): void {
    this.focus.set(next);
    this.commenting.set(false);
    // The cell to focus may not be drawn yet, and the one holding the focus may be recycled by the
    // virtual scroll: hold the focus on the grid itself meanwhile, so no key press is lost.
    if (!this.host.nativeElement.querySelector(`#cell-${next.row}-${next.col}`))
      this.host.nativeElement.querySelector<HTMLElement>('[role="grid"]')?.focus({ preventScroll: true });
    const viewport = this.viewport();
    const position = this.rowPositions()[next.row] ?? 0;
    if (viewport) {
      const range = viewport.getRenderedRange();
      const top = viewport.measureScrollOffset('top');
      const visibleRows = Math.floor(viewport.getViewportSize() / ROW_HEIGHT);
      const first = Math.ceil(top / ROW_HEIGHT);
      if (position < first || position >= first + visibleRows - 1 || position < range.start || position >= range.end) {
        viewport.scrollToOffset(Math.max(0, (position - Math.floor(visibleRows / 2)) * ROW_HEIGHT));
      }
    }
    this.focusCell(next, 0);
  }

  private focusCell(target: Focus, attempt: number): void {
    requestAnimationFrame(() => {
      if (!this.isFocused(target.row, target.col)) return; // another key has moved on since
      const element = this.host.nativeElement.querySelector<HTMLElement>(`#cell-${target.row}-${target.col}`);
      if (element) {
        element.focus({ preventScroll: false });
        element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      } else if (attempt < 60) {
        this.focusCell(target, attempt + 1);
      }
    });
  }

  // ---- comments -------------------------------------------------------------------------------

  protected openComment(): void {
    if (!this.store.canScore() || !this.focusedCell()) return;
    this.commentDraft.set(this.focusedCell()?.comment ?? '');
    this.evidenceDraft.set(this.focusedCell()?.evidenceUrl ?? '');
    this.commenting.set(true);
    requestAnimationFrame(() => this.commentBox()?.nativeElement.focus());
  }

  protected onCommentKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.closeComment(false);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.closeComment(true);
    }
  }

  protected closeComment(save: boolean): void {
    const row = this.focusedRow();
    const candidate = this.focusedCandidate();
    const cell = this.focusedCell();
    if (save && this.evidenceProblem()) return; // stays open with the problem shown at the field
    const evidence = this.evidenceDraft().trim() || null;
    if (
      save &&
      row &&
      candidate &&
      cell &&
      (cell.comment !== this.commentDraft().trim() || cell.evidenceUrl !== evidence)
    ) {
      void this.store.setScore(candidate.id, row.criterion.id, cell.value, this.commentDraft().trim(), evidence);
    }
    this.commenting.set(false);
    this.focusCell(this.focus(), 0);
  }

  // ---- lead ----------------------------------------------------------------------------------

  protected async openRound(): Promise<void> {
    const shortlisted = (this.evaluation()?.candidates ?? []).filter((c) => c.state !== 'ELIMINATED');
    await this.confirm(
      {
        title: 'Open a scoring round',
        message:
          'The latest rubric version is frozen and every evaluator can start scoring the candidates chosen below. Scores stay blind until you reveal the round.',
        confirm: 'Open round',
        choices: {
          legend: 'Candidates to score',
          items: shortlisted.map((c) => ({ id: c.id, label: this.candidateName(c) })),
        },
        run: ({ chosen }) => this.store.openNewRound(chosen),
      },
      'The round is open',
    );
  }

  protected async reveal(): Promise<void> {
    const round = this.round();
    if (!round) return;
    const progress = round.progress.map((p) => ({ name: p.evaluatorName, scored: p.scored, expected: p.expected }));
    const behind = progress.filter((p) => p.scored < p.expected);
    const warning = behind.length
      ? `${behind.length} of ${progress.length} evaluators ${behind.length === 1 ? 'has' : 'have'} not entered every score. Their blanks stay blank after the reveal (a blank is not a zero), and the ranking rests on fewer scores.`
      : undefined;
    await this.confirm(
      {
        title: `Reveal round ${round.number}?`,
        message: 'Everyone in the evaluation will see all scores of this round. Blind scoring cannot be restored.',
        confirm: behind.length ? 'Reveal anyway' : 'Reveal',
        progress,
        warning,
        run: () => this.store.reveal(round.id),
      },
      `Round ${round.number} is revealed`,
    );
  }

  protected async closeRound(): Promise<void> {
    const round = this.round();
    if (!round) return;
    await this.confirm(
      {
        title: `Close round ${round.number} without revealing it?`,
        message:
          'The round stops accepting scores and its scores stay blind for good: nobody sees other people’s scores of it, and it does not count in the results. Use this for a round that should not be used, e.g. scored on a rubric that has since changed.',
        confirm: 'Close without revealing',
        progress: round.progress.map((p) => ({ name: p.evaluatorName, scored: p.scored, expected: p.expected })),
        run: () => this.store.close(round.id),
      },
      `Round ${round.number} is closed`,
    );
  }

  protected async setConsensus(candidate: Candidate, criterion: Criterion): Promise<void> {
    const rubric = this.rubric();
    if (!rubric) return;
    const steps = [];
    for (let value = rubric.scaleMin; value <= rubric.scaleMax; value++)
      steps.push({ value, label: this.descriptor(value) });
    const existing = this.store.consensus().get(cellKey(candidate.id, criterion.id));
    const scores =
      (this.store.allScores().get(cellKey(candidate.id, criterion.id)) ?? [])
        .map((s) => `${s.evaluatorName} ${s.value}`)
        .join(', ') || 'none';
    const data: ConsensusDialogData = {
      candidate: this.candidateName(candidate),
      criterion: criterion.title,
      steps,
      value: existing?.value ?? null,
      note: existing?.note ?? '',
      scores,
      run: (value, note) => this.store.setConsensus(candidate.id, criterion.id, value, note),
    };
    const saved = await this.dialogs.openForm<boolean, ConsensusDialogData>(ConsensusDialog, data, '480px');
    if (saved) {
      this.dialogs.notify('Consensus set');
      await this.store.load();
    }
  }

  /** Asks, runs, says so, and loads the grid again. */
  private async confirm(data: ConfirmDialogData, done: string): Promise<void> {
    const outcome = await this.dialogs.confirm(data);
    if (outcome !== 'done' && outcome !== 'reload') return;
    if (outcome === 'done') this.dialogs.notify(done);
    await this.store.load();
  }
}
