import { computed, inject, Injectable, signal } from '@angular/core';
import { Candidate, ScoringStore } from './scoring.store';

/** A cell of the grid: the criterion's index among the criteria (category rows are skipped) and the candidate's column. */
export interface CellPosition {
  row: number;
  col: number;
}

/** "Koha 24.05": how a candidate is named in the grid, its panel and its dialogs. */
export function candidateName(candidate: Pick<Candidate, 'productName' | 'versionName'>): string {
  return `${candidate.productName} ${candidate.versionName}`;
}

/**
 * What the scoring page is looking at, shared by the grid, the focused cell's panel and the
 * comment editor: the candidates shown, the cell that has the focus, and whether its comment is
 * being written.
 */
@Injectable()
export class ScoringFocus {
  private readonly store = inject(ScoringStore);

  /** One candidate at a time (its id), or all side by side (null). */
  readonly only = signal<string | null>(null);
  readonly candidates = computed(() => {
    const all = this.store.candidates();
    const only = this.only();
    const one = only ? all.filter((c) => c.id === only) : [];
    return one.length > 0 ? one : all;
  });
  readonly position = signal<CellPosition>({ row: 0, col: 0 });
  readonly commenting = signal(false);

  readonly row = computed(() => this.store.criterionRows()[this.position().row] ?? null);
  readonly candidate = computed(() => this.candidates()[this.position().col] ?? null);
  /** What you declared, when a conflict excludes you from the focused cell's candidate. */
  readonly excludedReason = computed(() => {
    const candidate = this.candidate();
    return candidate ? (this.store.excludedFrom().get(candidate.id) ?? null) : null;
  });
  /** You may score the focused cell: scoring is open to you and no declared conflict excludes you from its candidate. */
  readonly mayScore = computed(() => {
    const candidate = this.candidate();
    return this.store.canScore() && !!candidate && !this.store.excludedFrom().has(candidate.id);
  });
  /** Your score in the focused cell, or null. */
  readonly cell = computed(() => {
    const row = this.row();
    const candidate = this.candidate();
    return row && candidate ? (this.store.cell(candidate.id, row.criterion.id)?.() ?? null) : null;
  });

  isAt(row: number, col: number): boolean {
    const position = this.position();
    return position.row === row && position.col === col;
  }

  /** Moves the focus to another cell; a comment being written there is left. */
  moveTo(position: CellPosition): void {
    this.position.set(position);
    this.commenting.set(false);
  }

  showOnly(candidateId: string | null): void {
    this.only.set(candidateId);
    this.position.update((position) => ({ row: position.row, col: 0 }));
  }

  /** Opens the focused cell's comment, when the person may score it. */
  openComment(): void {
    if (!this.mayScore() || !this.cell()) return;
    this.commenting.set(true);
  }

  /** The words for a point of the scale ("Meets the need"), or ''. */
  descriptor(value: number | null): string {
    if (value === null) return '';
    return this.store.rubric()?.descriptors.find((d) => d.value === value)?.label ?? '';
  }
}
