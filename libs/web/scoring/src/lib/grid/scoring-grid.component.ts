import { CdkVirtualScrollViewport, ScrollingModule } from '@angular/cdk/scrolling';
import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, viewChild } from '@angular/core';
import { MatBottomSheet } from '@angular/material/bottom-sheet';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { firstValueFrom } from 'rxjs';
import { ScaleSheet, ScaleSheetChoice, ScaleSheetData } from './scale.sheet';
import { candidateName, CellPosition, ScoringFocus } from './scoring-focus';
import { Candidate, cellKey, Criterion, GridRow, ScoringStore } from './scoring.store';

/** Height of one grid row in pixels (the virtual scroll needs it fixed). */
export const ROW_HEIGHT = 48;

/**
 * The scoring grid: criteria down (under their categories), the candidates shown across, your
 * own score in each cell and, after the reveal, everyone's. One cell holds the focus (a roving
 * tabindex); keys move it, type a score, clear it, or open its comment; a tap on a touch
 * screen offers the scale as large buttons. Rows are drawn as they scroll into view.
 */
@Component({
  selector: 'assay-scoring-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PercentPipe, ScrollingModule, MatIconModule, MatTooltipModule],
  templateUrl: './scoring-grid.component.html',
  styleUrl: './scoring-grid.component.scss',
})
export class ScoringGridComponent {
  protected readonly store = inject(ScoringStore);
  protected readonly focus = inject(ScoringFocus);
  private readonly bottomSheet = inject(MatBottomSheet);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly viewport = viewChild(CdkVirtualScrollViewport);
  private readonly header = viewChild<ElementRef<HTMLElement>>('header');
  /** How the last press on a cell came (mouse, pen, touch): a tap offers the scale, there being no keys to type. */
  private lastPointer = '';

  protected readonly rowHeight = ROW_HEIGHT;
  protected readonly rows = this.store.rows;
  protected readonly candidates = this.focus.candidates;
  protected readonly candidateName = candidateName;
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

  protected cellLabel(candidate: Candidate, criterion: Criterion): string {
    const cell = this.store.cell(candidate.id, criterion.id)?.();
    const max = this.store.rubric()?.scaleMax ?? 0;
    const value = cell?.value === null || cell?.value === undefined ? 'not scored' : `${cell.value} of ${max}`;
    const save = cell?.save === 'saving' ? ', saving' : cell?.save === 'error' ? ', not saved' : '';
    const low = this.store.revealed() && this.store.lowAgreement(candidate.id, criterion.id) ? ', low agreement' : '';
    const excluded = this.store.excludedFrom().has(candidate.id)
      ? ', excluded: you declared a conflict of interest'
      : '';
    return `${candidateName(candidate)}, ${criterion.title}: ${value}${save}${low}${excluded}${this.revealedText(candidate.id, criterion.id)}`;
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

  /** The scale as large buttons for the focused cell; what is chosen is saved like a key press. */
  async offerScale(): Promise<void> {
    const row = this.focus.row();
    const candidate = this.focus.candidate();
    const rubric = this.store.rubric();
    if (!row || !candidate || !rubric || !this.store.canScore() || this.store.excludedFrom().has(candidate.id)) return;
    const steps = [];
    for (let value = rubric.scaleMin; value <= rubric.scaleMax; value++)
      steps.push({ value, label: this.focus.descriptor(value) });
    const data: ScaleSheetData = {
      candidate: candidateName(candidate),
      criterion: row.criterion.title,
      description: row.criterion.description ?? '',
      steps,
      current: this.focus.cell()?.value ?? null,
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
    if (choice.kind === 'comment') this.focus.openComment();
    else this.score(choice.kind === 'value' ? choice.value : null);
  }

  protected select(row: number, col: number): void {
    if (this.focus.isAt(row, col)) return;
    this.focus.moveTo({ row, col });
  }

  protected onKey(event: KeyboardEvent): void {
    const { row, col } = this.focus.position();
    const rows = this.store.criterionRows().length;
    const cols = this.candidates().length;
    if (!rows || !cols) return;
    const rubric = this.store.rubric();
    let next: CellPosition | null = null;
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
        this.focus.openComment();
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
    const row = this.focus.row();
    const candidate = this.focus.candidate();
    if (!row || !candidate || !this.store.canScore() || this.store.excludedFrom().has(candidate.id)) return;
    const cell = this.store.cell(candidate.id, row.criterion.id);
    if (cell && cell().value === value && cell().save !== 'error') return;
    void this.store.setScore(candidate.id, row.criterion.id, value);
  }

  /** Moves the focus, scrolling the row into view first when the virtual scroll has not drawn it. */
  private moveTo(next: CellPosition): void {
    this.focus.moveTo(next);
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

  /** Gives the keyboard focus back to the focused cell (after its comment closes). */
  focusCurrent(): void {
    this.focusCell(this.focus.position(), 0);
  }

  private focusCell(target: CellPosition, attempt: number): void {
    requestAnimationFrame(() => {
      if (!this.focus.isAt(target.row, target.col)) return; // another key has moved on since
      const element = this.host.nativeElement.querySelector<HTMLElement>(`#cell-${target.row}-${target.col}`);
      if (element) {
        element.focus({ preventScroll: false });
        element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      } else if (attempt < 60) {
        this.focusCell(target, attempt + 1);
      }
    });
  }
}
