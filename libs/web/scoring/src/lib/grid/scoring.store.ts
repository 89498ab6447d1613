import { computed, inject, Injectable, signal, WritableSignal } from '@angular/core';
import { problemOf, SessionStore, loader } from '@assay/web/core';
import {
  CloseScoringRoundDocument,
  ConflictsFieldsFragment,
  DeclareConflictsDocument,
  OpenScoringRoundDocument,
  OverrideConflictDocument,
  RevealScoringRoundDocument,
  RubricFieldsFragment,
  RoundFieldsFragment,
  SaveScoreDocument,
  ScoreFieldsFragment,
  ScoringDocument,
  ScoringQuery,
  ScoringRubricVersionDocument,
  SetConsensusScoreDocument,
} from '../scoring.generated';
import { evaluatorKeys } from '@assay/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { rubricTree } from '../shared/rubric-tree';

export type ScoringEvaluation = NonNullable<ScoringQuery['evaluation']>;
export type Candidate = ScoringEvaluation['candidates'][number];
export type Criterion = RubricFieldsFragment['criteria'][number];

/** One line of the grid: a category heading, or a criterion to score (with its category). */
export type GridRow =
  | { kind: 'category'; criterion: Criterion }
  | { kind: 'criterion'; criterion: Criterion; category: Criterion | null; index: number };

export type Declaration = ConflictsFieldsFragment['declarations'][number];
export type ConflictVendor = ConflictsFieldsFragment['vendors'][number];

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** Your own score in one cell, with how its last save went. */
export interface CellState {
  value: number | null;
  comment: string;
  /** A web address of the evidence behind the score (a sandbox screenshot, a document), or null. */
  evidenceUrl: string | null;
  save: SaveState;
  problem: string | null;
}

/** The round the grid shows: the open one, or else the latest. */
function shownRound<R extends Pick<RoundFieldsFragment, 'status' | 'number'>>(rounds: readonly R[]): R | null {
  const latest = [...rounds].sort((a, b) => b.number - a.number);
  // A round closed unrevealed is not worked on any more: the latest revealed one is shown instead, when there is one.
  return rounds.find((r) => r.status === 'OPEN') ?? latest.find((r) => r.status === 'REVEALED') ?? latest[0] ?? null;
}

export const cellKey = (candidateId: string, criterionId: string): string => `${candidateId}:${criterionId}`;

/**
 * The scoring grid's state: the evaluation, the round shown (the open one, or the latest), the
 * rubric version it uses, and your own score per cell in a signal of its own, saved as it changes.
 */
@Injectable()
export class ScoringStore {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionStore);
  private readonly loader = loader({ loading: true });
  private readonly saveIds = new Map<string, number>();
  /** Each cell's saves go one after another, so a quick "0" then Backspace cannot arrive as "0" last. */
  private readonly saveQueues = new Map<string, Promise<unknown>>();

  readonly id = signal<string | null>(null);
  readonly evaluation = signal<ScoringEvaluation | null>(null);
  readonly rubric = signal<RubricFieldsFragment | null>(null);
  /** The vendors to declare conflicts of interest for, and the declarations you may read. */
  readonly conflicts = signal<ConflictsFieldsFragment | null>(null);
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  private readonly cells = signal<ReadonlyMap<string, WritableSignal<CellState>>>(new Map());

  /** Administrators act as leads: the server says so in myPermissions. */
  readonly isLead = computed(() => this.evaluation()?.myPermissions.isLead ?? false);
  readonly isEvaluator = computed(() => this.evaluation()?.myRoles.includes('EVALUATOR') ?? false);
  readonly round = computed<RoundFieldsFragment | null>(() => shownRound(this.evaluation()?.scoringRounds ?? []));
  readonly revealed = computed(() => this.round()?.status === 'REVEALED');
  /** Results exist once any round is revealed, whichever round the grid shows. */
  readonly hasResults = computed(() => this.evaluation()?.scoringRounds.some((r) => r.status === 'REVEALED') ?? false);
  /**
   * Scores may be given while the round is open, and changed after the reveal (the change is
   * recorded), as long as the evaluation is still in scoring.
   */
  readonly canScore = computed(() => {
    const status = this.round()?.status;
    return (
      (this.evaluation()?.myPermissions.canScore ?? false) &&
      (status === 'OPEN' || status === 'REVEALED') &&
      this.undeclaredVendors().length === 0
    );
  });
  /** Your own declarations, one per vendor. */
  readonly myDeclarations = computed(() => {
    const me = this.session.user()?.id;
    return (this.conflicts()?.declarations ?? []).filter((d) => d.evaluatorId === me);
  });
  /** As an evaluator: the vendors of the round's candidates you have not declared for yet (declare before scoring). */
  readonly undeclaredVendors = computed<ConflictVendor[]>(() => {
    if (!this.isEvaluator() || !this.round()) return [];
    const declared = new Set(this.myDeclarations().map((d) => d.vendorId));
    const inRound = new Set(this.round()?.candidateIds ?? []);
    return (this.conflicts()?.vendors ?? []).filter(
      (v) => !declared.has(v.vendorId) && v.candidateIds.some((id) => inRound.has(id)),
    );
  });
  /** Candidates you are excluded from by a conflict you declared (not overridden), with what you declared. */
  readonly excludedFrom = computed(() => {
    const vendors = this.conflicts()?.vendors ?? [];
    const map = new Map<string, string>();
    for (const d of this.myDeclarations()) {
      if (!d.excluded) continue;
      for (const id of vendors.find((v) => v.vendorId === d.vendorId)?.candidateIds ?? []) map.set(id, d.description);
    }
    return map;
  });
  /** Everyone's declarations, for the lead, directors and administrators (others get their own only). */
  readonly allDeclarations = computed(() => {
    const conflicts = this.conflicts();
    return conflicts?.all ? conflicts.declarations : [];
  });
  /** Consensus is set on a revealed round while the evaluation is still in scoring. */
  readonly canSetConsensus = computed(
    () => this.isLead() && this.revealed() && this.evaluation()?.status === 'SCORING',
  );
  readonly openRound = computed(() => this.evaluation()?.scoringRounds.find((r) => r.status === 'OPEN') ?? null);
  /** Why a new round cannot be opened now, or null when it can. */
  readonly openBlocked = computed(() => {
    const evaluation = this.evaluation();
    if (!evaluation) return 'Loading…';
    if (evaluation.status !== 'SCORING') return 'Rounds open while the evaluation is in scoring.';
    if (this.openRound()) return `Round ${this.openRound()?.number} is still open: reveal or close it first.`;
    if (!evaluation.rubric || this.scorable(evaluation.rubric).length === 0) return 'The rubric has no criteria yet.';
    return null;
  });

  readonly candidates = computed<Candidate[]>(() => {
    const evaluation = this.evaluation();
    const round = this.round();
    if (!evaluation || !round) return [];
    const byId = new Map(evaluation.candidates.map((c) => [c.id, c]));
    return round.candidateIds.map((id) => byId.get(id)).filter((c): c is Candidate => !!c);
  });

  readonly rows = computed<GridRow[]>(() => {
    const rows: GridRow[] = [];
    let index = 0;
    for (const { category, criteria } of rubricTree(this.rubric()?.criteria ?? [])) {
      if (criteria.length === 0) {
        rows.push({ kind: 'criterion', criterion: category, category: null, index: index++ });
        continue;
      }
      rows.push({ kind: 'category', criterion: category });
      for (const criterion of criteria) rows.push({ kind: 'criterion', criterion, category, index: index++ });
    }
    return rows;
  });
  readonly criterionRows = computed(() =>
    this.rows().filter((r): r is Extract<GridRow, { kind: 'criterion' }> => r.kind === 'criterion'),
  );

  readonly total = computed(() => this.criterionRows().length * this.candidates().length);
  readonly scored = computed(() => {
    let count = 0;
    for (const cell of this.cells().values()) if (cell().value !== null) count++;
    return count;
  });

  /**
   * The evaluators who scored in the round, in the order every view of revealed scores uses (the
   * results' columns too), with their initials.
   */
  readonly evaluators = computed(() =>
    evaluatorKeys(
      (this.round()?.scores ?? [])
        .filter((s) => s.value !== null)
        .map((s) => ({ id: s.evaluatorId, name: s.evaluatorName })),
    ),
  );
  /** All evaluators' scores per cell, in the evaluators' order (after the reveal; before it, only your own come back). */
  readonly allScores = computed(() => {
    const order = new Map(this.evaluators().map((e, i) => [e.id, i]));
    const map = new Map<string, ScoreFieldsFragment[]>();
    for (const score of this.round()?.scores ?? []) {
      if (score.value === null) continue;
      const key = cellKey(score.candidateId, score.criterionId);
      const list = map.get(key) ?? [];
      list.push(score);
      map.set(key, list);
    }
    for (const list of map.values())
      list.sort((a, b) => (order.get(a.evaluatorId) ?? 0) - (order.get(b.evaluatorId) ?? 0));
    return map;
  });
  readonly consensus = computed(
    () => new Map((this.round()?.consensus ?? []).map((c) => [cellKey(c.candidateId, c.criterionId), c])),
  );

  cell(candidateId: string, criterionId: string): WritableSignal<CellState> | undefined {
    return this.cells().get(cellKey(candidateId, criterionId));
  }

  /** Low agreement: evaluators' scores for the cell differ by two points or more. */
  lowAgreement(candidateId: string, criterionId: string): boolean {
    const values = (this.allScores().get(cellKey(candidateId, criterionId)) ?? []).map((s) => s.value ?? 0);
    return values.length > 1 && Math.max(...values) - Math.min(...values) >= 2;
  }

  async load(id = this.id()): Promise<void> {
    if (!id) return;
    this.id.set(id);
    await this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: ScoringDocument, variables: { id } }));
      const evaluation = result.data?.evaluation ?? null;
      let rubric = evaluation?.rubric ?? null;
      const round = shownRound(evaluation?.scoringRounds ?? []);
      if (round && rubric?.id !== round.rubricVersionId) {
        const version = await step(
          this.apollo.query({ query: ScoringRubricVersionDocument, variables: { id: round.rubricVersionId } }),
        );
        rubric = version.data?.rubricVersion ?? rubric;
      }
      this.evaluation.set(evaluation);
      this.conflicts.set(result.data?.conflictsOfInterest ?? null);
      this.rubric.set(rubric);
      this.buildCells();
    });
  }

  /** Sets (or with null clears) your score for a cell and saves it; the cell says how the save went. */
  async setScore(
    candidateId: string,
    criterionId: string,
    value: number | null,
    comment?: string,
    evidenceUrl?: string | null,
  ): Promise<void> {
    const cell = this.cell(candidateId, criterionId);
    const round = this.round();
    if (!cell || !round || this.excludedFrom().has(candidateId)) return;
    const key = cellKey(candidateId, criterionId);
    const saveId = (this.saveIds.get(key) ?? 0) + 1;
    this.saveIds.set(key, saveId);
    const next = {
      ...cell(),
      value,
      comment: comment ?? cell().comment,
      evidenceUrl: evidenceUrl === undefined ? cell().evidenceUrl : evidenceUrl,
      save: 'saving' as const,
      problem: null,
    };
    cell.set(next);
    const send = async () => {
      if (this.saveIds.get(key) !== saveId) return; // a later change replaces this one before it was sent
      await firstValueFrom(
        this.apollo.mutate({
          mutation: SaveScoreDocument,
          variables: {
            input: {
              roundId: round.id,
              candidateId,
              criterionId,
              value,
              comment: next.comment,
              evidenceUrl: next.evidenceUrl,
            },
          },
        }),
      );
    };
    const queued = (this.saveQueues.get(key) ?? Promise.resolve()).then(send, send);
    this.saveQueues.set(
      key,
      queued.catch(() => undefined),
    );
    try {
      await queued;
      if (this.saveIds.get(key) === saveId) cell.update((c) => ({ ...c, save: 'saved' }));
    } catch (error) {
      if (this.saveIds.get(key) === saveId)
        cell.update((c) => ({ ...c, save: 'error', problem: problemOf(error).message }));
    }
  }

  retry(candidateId: string, criterionId: string): Promise<void> {
    const cell = this.cell(candidateId, criterionId);
    return cell
      ? this.setScore(candidateId, criterionId, cell().value, cell().comment, cell().evidenceUrl)
      : Promise.resolve();
  }

  /** Opens a blind round on the latest rubric version for the candidates given (all shortlisted when none are). */
  async openNewRound(candidateIds: string[] = []): Promise<void> {
    const id = this.id();
    if (!id) return;
    await firstValueFrom(
      this.apollo.mutate({
        mutation: OpenScoringRoundDocument,
        variables: { input: { evaluationId: id, candidateIds: candidateIds.length ? candidateIds : undefined } },
      }),
    );
  }

  async reveal(roundId: string): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: RevealScoringRoundDocument, variables: { roundId } }));
  }

  async close(roundId: string): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: CloseScoringRoundDocument, variables: { roundId } }));
  }

  async setConsensus(candidateId: string, criterionId: string, value: number, note: string): Promise<void> {
    const round = this.round();
    if (!round) return;
    await firstValueFrom(
      this.apollo.mutate({
        mutation: SetConsensusScoreDocument,
        variables: { input: { roundId: round.id, candidateId, criterionId, value, note } },
      }),
    );
  }

  /** Your declarations for the vendors given: no conflict, or a conflict with what it is. */
  async declare(declarations: { vendorId: string; conflict: boolean; description?: string }[]): Promise<void> {
    const evaluationId = this.id();
    if (!evaluationId) return;
    await firstValueFrom(
      this.apollo.mutate({ mutation: DeclareConflictsDocument, variables: { input: { evaluationId, declarations } } }),
    );
  }

  /** As the lead: lets the evaluator score despite the declared conflict, with the reason. */
  async override(declaration: Declaration, reason: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: OverrideConflictDocument,
        variables: { input: { declarationId: declaration.id, reason, version: declaration.version } },
      }),
    );
  }

  private scorable(rubric: RubricFieldsFragment): Criterion[] {
    const parents = new Set(rubric.criteria.map((c) => c.parentId));
    return rubric.criteria.filter((c) => !parents.has(c.id));
  }

  private buildCells(): void {
    const me = this.session.user()?.id;
    const mine = new Map<string, ScoreFieldsFragment>();
    for (const score of this.round()?.scores ?? []) {
      if (score.evaluatorId === me) mine.set(cellKey(score.candidateId, score.criterionId), score);
    }
    const cells = new Map<string, WritableSignal<CellState>>();
    for (const row of this.criterionRows()) {
      for (const candidate of this.candidates()) {
        const key = cellKey(candidate.id, row.criterion.id);
        const score = mine.get(key);
        cells.set(
          key,
          signal<CellState>({
            value: score?.value ?? null,
            comment: score?.comment ?? '',
            evidenceUrl: score?.evidenceUrl ?? null,
            save: 'idle',
            problem: null,
          }),
        );
      }
    }
    this.cells.set(cells);
  }
}
