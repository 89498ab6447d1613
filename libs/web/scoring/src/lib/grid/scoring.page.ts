import { PercentPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
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
import { ConflictsPanelComponent } from './conflicts-panel.component';
import { ConsensusDialog, ConsensusDialogData } from './consensus.dialog';
import { ScoreCommentComponent } from './score-comment.component';
import { candidateName, ScoringFocus } from './scoring-focus';
import { ScoringGridComponent } from './scoring-grid.component';
import { Candidate, cellKey, Criterion, ScoringStore } from './scoring.store';

/**
 * The scoring page of a round: the grid (criteria down, candidates across, your own score in each
 * cell, set from the keyboard and saved as it changes), the focused cell's panel and its comment. Leads open and reveal
 * rounds, follow each evaluator's progress, and after the reveal set consensus scores.
 */
@Component({
  selector: 'assay-scoring-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ScoringStore, ScoringFocus],
  imports: [
    PercentPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    InfoToggleComponent,
    LoadStateComponent,
    PageHeaderComponent,
    ConflictsPanelComponent,
    ScoreCommentComponent,
    ScoringGridComponent,
  ],
  templateUrl: './scoring.page.html',
  styleUrl: './scoring.page.scss',
})
export class ScoringPage {
  protected readonly store = inject(ScoringStore);
  protected readonly focus = inject(ScoringFocus);
  private readonly dialogs = inject(DialogService);
  private readonly title = inject(Title);
  protected readonly grid = viewChild(ScoringGridComponent);

  /** From the route: /evaluations/:id/scoring */
  readonly id = input.required<string>();

  protected readonly evaluation = this.store.evaluation;
  protected readonly round = this.store.round;
  protected readonly candidates = this.focus.candidates;
  protected readonly rubric = this.store.rubric;
  protected readonly candidateName = candidateName;
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

  protected retry(candidateId: string, criterionId: string): void {
    void this.store.retry(candidateId, criterionId);
  }

  protected retryAll(): void {
    for (const { candidate, criterion } of this.failed()) void this.store.retry(candidate.id, criterion.id);
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
          items: shortlisted.map((c) => ({ id: c.id, label: candidateName(c) })),
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
      steps.push({ value, label: this.focus.descriptor(value) });
    const existing = this.store.consensus().get(cellKey(candidate.id, criterion.id));
    const scores =
      (this.store.allScores().get(cellKey(candidate.id, criterion.id)) ?? [])
        .map((s) => `${s.evaluatorName} ${s.value}`)
        .join(', ') || 'none';
    const data: ConsensusDialogData = {
      candidate: candidateName(candidate),
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
