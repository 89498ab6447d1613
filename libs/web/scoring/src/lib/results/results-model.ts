import type { RoundResultsQuery } from './results.generated';
import type { RubricFieldsFragment } from '../scoring.generated';
import {
  buildScoreTable,
  compileRubric,
  CompiledRubric,
  CriterionNode,
  criteriaUnder,
  EvaluatorKey,
  evaluatorKeys,
  groupTotals,
  krippendorffAlpha,
  MandatoryRequirement,
  normaliseScore,
  rankCandidates,
  Ranking,
  ScoreTable,
  weightedTotal,
} from '@assay/domain';
import { rubricTree } from '../shared/rubric-tree';

export type RoundResults = NonNullable<RoundResultsQuery['scoringRound']>;
export type ServerRanking = RoundResults['ranking'];
export type Criterion = RubricFieldsFragment['criteria'][number];

/** Criteria with alpha below this are topics for the calibration meeting (Krippendorff 2004). */
export const LOW_ALPHA = 0.667;

export interface Category {
  id: string;
  title: string;
  /** Indexes into the compiled rubric's criteria. */
  indexes: number[];
  share: number;
}

/** One criterion behind a candidate's total: its share, the aggregate score and each evaluator's. */
export interface DrillCriterion {
  id: string;
  title: string;
  share: number;
  value: number | null;
  fromConsensus: boolean;
  consensusNote: string | null;
  /** Points of the 0–100 total this criterion contributes (they add up to the total). */
  points: number | null;
  byEvaluator: (number | null)[];
}

export interface DrillCategory {
  id: string;
  title: string;
  share: number;
  score: number | null;
  scoredWeight: number;
  criteria: DrillCriterion[];
}

export interface CriterionAgreementRow {
  id: string;
  title: string;
  category: string;
  alpha: number | null;
  /** The largest spread (max − min) of the evaluators' scores on one candidate. */
  spread: number;
  low: boolean;
}

/**
 * The round's scores arranged with the same libs/domain code the server ranks with, so the
 * browser can explain each total and re-rank live when a weight moves.
 */
export class ResultsModel {
  readonly rubric: CompiledRubric;
  readonly table: ScoreTable;
  readonly categories: Category[];
  readonly titles: ReadonlyMap<string, string>;
  /** In the order the scoring grid lists their scores too, with the same initials. */
  readonly evaluators: EvaluatorKey[];
  readonly mandatory: MandatoryRequirement[];
  private readonly notes: ReadonlyMap<string, string>;

  constructor(
    readonly version: RubricFieldsFragment,
    readonly round: RoundResults,
  ) {
    const tree: CriterionNode[] = rubricTree(version.criteria).map(({ category, criteria }) => ({
      id: category.id,
      weight: category.weight,
      children: criteria.map((row) => ({ id: row.id, weight: row.weight })),
    }));
    this.rubric = compileRubric(tree, { min: version.scaleMin, max: version.scaleMax });
    this.titles = new Map(version.criteria.map((c) => [c.id, c.title]));

    const names = new Map<string, string>();
    for (const candidate of round.ranking.candidates)
      for (const b of candidate.byEvaluator) names.set(b.evaluatorId, b.evaluatorName);
    for (const score of round.scores)
      if (!names.has(score.evaluatorId)) names.set(score.evaluatorId, score.evaluatorName);
    this.evaluators = evaluatorKeys([...names].map(([id, name]) => ({ id, name })));

    const inRubric = (criterionId: string) => this.rubric.indexOf.has(criterionId);
    // Scores set aside by a declared conflict of interest count nowhere, as in the server's ranking.
    const setAside = new Set(round.ranking.setAside.map((x) => `${x.evaluatorId}|${x.candidateId}`));
    this.table = buildScoreTable(this.rubric, {
      candidateIds: round.candidateIds,
      evaluatorIds: this.evaluators.map((e) => e.id),
      scores: round.scores
        .filter((s) => inRubric(s.criterionId) && !setAside.has(`${s.evaluatorId}|${s.candidateId}`))
        .map((s) => ({
          evaluatorId: s.evaluatorId,
          candidateId: s.candidateId,
          criterionId: s.criterionId,
          value: s.value,
        })),
      consensus: round.consensus
        .filter((c) => inRubric(c.criterionId))
        .map((c) => ({ candidateId: c.candidateId, criterionId: c.criterionId, value: c.value })),
    });
    this.notes = new Map(round.consensus.map((c) => [`${c.candidateId}:${c.criterionId}`, c.note]));

    this.categories = tree
      .filter((node) => node.children && node.children.length > 0)
      .map((node) => {
        const indexes = criteriaUnder(this.rubric, node.id);
        return {
          id: node.id,
          title: this.titles.get(node.id) ?? '',
          indexes,
          share: indexes.reduce((s, i) => s + this.rubric.weights[i], 0),
        };
      });

    // The server's knockouts, as requirements the live re-ranking applies in the same way.
    const mandatory = new Map<string, MandatoryRequirement>();
    for (const candidate of round.ranking.candidates) {
      for (const k of candidate.knockouts) {
        const entry = mandatory.get(k.requirement) ?? { id: k.requirement, label: k.requirement, criterionIds: [] };
        if (!entry.criterionIds.includes(k.criterionId)) entry.criterionIds = [...entry.criterionIds, k.criterionId];
        mandatory.set(k.requirement, entry);
      }
    }
    this.mandatory = [...mandatory.values()];
  }

  /** Ranks the candidates with the given criterion weights (the rubric's when left out). */
  rank(weights?: readonly number[]): Ranking {
    return rankCandidates(this.rubric, this.table, { mandatory: this.mandatory, weights });
  }

  /** Each category's total per candidate (0–100 over its scored criteria), candidates in round order. */
  categoryTotals(weights?: readonly number[]): { candidateId: string; totals: (number | null)[] }[] {
    return this.table.candidateIds.map((candidateId, c) => ({
      candidateId,
      totals: groupTotals(this.rubric, this.table.aggregate[c], this.categories, weights).map((g) => g.total.score),
    }));
  }

  /** The criteria and scores behind one candidate's total, by category. */
  drillDown(candidateId: string): DrillCategory[] {
    const c = this.table.candidateIds.indexOf(candidateId);
    if (c < 0) return [];
    const values = this.table.aggregate[c];
    const total = weightedTotal(this.rubric, values);
    const scoredShare = total.scoredWeight; // the weights sum to 1, so this is Σ scored shares
    return this.categories.map((category) => {
      const [group] = groupTotals(this.rubric, values, [category]);
      return {
        id: category.id,
        title: category.title,
        share: category.share,
        score: group.total.score,
        scoredWeight: group.total.scoredWeight,
        criteria: category.indexes.map((i) => {
          const criterion = this.rubric.criteria[i];
          const value = values[i];
          return {
            id: criterion.id,
            title: this.titles.get(criterion.id) ?? '',
            share: criterion.weight,
            value,
            fromConsensus: this.table.fromConsensus[c][i],
            consensusNote: this.notes.get(`${candidateId}:${criterion.id}`) ?? null,
            points:
              value === null || scoredShare <= 0
                ? null
                : (100 * criterion.weight * normaliseScore(value, criterion.scale)) / scoredShare,
            byEvaluator: this.table.byEvaluator.map((byCandidate) => byCandidate[c][i]),
          };
        }),
      };
    });
  }

  /** Krippendorff's alpha (interval) per criterion across the candidates, lowest first. */
  agreement(): CriterionAgreementRow[] {
    const categoryOf = new Map<number, string>();
    for (const category of this.categories) for (const i of category.indexes) categoryOf.set(i, category.title);
    const rows = this.rubric.criteria.map((criterion, i) => {
      const data = this.table.byEvaluator.map((byCandidate) => byCandidate.map((values) => values[i]));
      const alpha = this.evaluators.length > 1 ? krippendorffAlpha(data, 'interval') : Number.NaN;
      let spread = 0;
      for (let c = 0; c < this.table.candidateIds.length; c++) {
        const given = this.table.byEvaluator
          .map((byCandidate) => byCandidate[c][i])
          .filter((v): v is number => v !== null);
        if (given.length > 1) spread = Math.max(spread, Math.max(...given) - Math.min(...given));
      }
      const value = Number.isFinite(alpha) ? alpha : null;
      return {
        id: criterion.id,
        title: this.titles.get(criterion.id) ?? '',
        category: categoryOf.get(i) ?? '',
        alpha: value,
        spread,
        low: value !== null && value < LOW_ALPHA,
      };
    });
    return rows.sort((a, b) => (a.alpha ?? Infinity) - (b.alpha ?? Infinity) || b.spread - a.spread);
  }
}
