import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { AHP_CONSISTENCY_THRESHOLD } from '@assay/domain';
import { problemOf } from '@assay/web/core';
import { ErrorBannerComponent, ScrollRegionDirective } from '@assay/web/ui';
import { Comparison, WeightLevel } from './rubric.store';
import { describeJudgment, equalMatrix, formatJudgment, normaliseMatrix, SAATY_VALUES } from './saaty';

export interface PairwiseDialogData {
  /** What is compared, e.g. "the categories" or "the criteria of Circulation". */
  what: string;
  level: WeightLevel;
  /** Applies the judgments; without it (a frozen version, or a reader) the judgments are shown read-only. */
  run?: (matrix: number[][]) => Promise<WeightLevel | null>;
}

/**
 * Weighs one level by pairwise comparison (AHP): one judgment per pair in the upper triangle on
 * Saaty's scale, the lower triangle following as reciprocals. Applying sets the weights and shows
 * them with the consistency ratio; when the judgments do not hang together (CR ≥ 0.10) the pairs
 * that disagree most are highlighted with the value the weights imply.
 */
@Component({
  selector: 'assay-pairwise-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DecimalPipe,
    PercentPipe,
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    MatSelectModule,
    ErrorBannerComponent,
    ScrollRegionDirective,
  ],
  templateUrl: './pairwise.dialog.html',
  styleUrl: './pairwise.dialog.scss',
})
export class PairwiseDialog {
  protected readonly data = inject<PairwiseDialogData>(MAT_DIALOG_DATA);
  protected readonly values = SAATY_VALUES;
  protected readonly threshold = AHP_CONSISTENCY_THRESHOLD;
  protected readonly format = formatJudgment;
  protected readonly describe = describeJudgment;
  protected readonly readOnly = !this.data.run;

  protected readonly items = signal(this.data.level.items);
  protected readonly matrix = signal<number[][]>(
    this.data.level.comparison
      ? normaliseMatrix(this.data.level.comparison.matrix)
      : equalMatrix(this.data.level.items.length),
  );
  protected readonly result = signal<Comparison | null>(this.data.level.comparison);
  /** The judgments the result was computed from. */
  private readonly appliedMatrix = signal<number[][] | null>(
    this.data.level.comparison ? normaliseMatrix(this.data.level.comparison.matrix) : null,
  );
  /** False when weights were typed in after the comparison was last applied. */
  protected readonly applies = signal(this.data.level.applies);
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected readonly changed = computed(() => JSON.stringify(this.matrix()) !== JSON.stringify(this.appliedMatrix()));
  /** The pairs to revisit, by "row:column", with the judgment the weights imply — only when inconsistent. */
  protected readonly worst = computed(() => {
    const result = this.result();
    if (!result || result.consistent) return new Map<string, number>();
    return new Map(result.worstComparisons.map((issue) => [`${issue.row}:${issue.column}`, issue.implied]));
  });

  protected set(row: number, column: number, value: number): void {
    this.matrix.update((matrix) => {
      const next = matrix.map((r) => [...r]);
      next[row][column] = value;
      next[column][row] = 1 / value;
      return next;
    });
  }

  /** A highlighted pair keeps its hint while it still holds the judgment that was flagged. */
  protected implied(row: number, column: number): number | null {
    const implied = this.worst().get(`${row}:${column}`);
    if (implied === undefined) return null;
    return this.appliedMatrix()?.[row][column] === this.matrix()[row][column] ? implied : null;
  }

  protected async apply(): Promise<void> {
    const run = this.data.run;
    if (this.saving() || !run) return;
    this.saving.set(true);
    this.problem.set(null);
    const matrix = this.matrix();
    try {
      const level = await run(matrix);
      if (level?.comparison) {
        this.items.set(level.items);
        this.result.set(level.comparison);
        this.appliedMatrix.set(matrix);
        this.applies.set(true);
      }
    } catch (error) {
      this.problem.set(problemOf(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
