/**
 * Member libraries' priorities: each member library marks, per requirement, how much it matters to
 * it (must / should / could / not needed). From those marks come the consortium priority of each
 * requirement under a rule the lead chooses, the libraries that disagree with it, and the ranking as
 * each library would have it (its priorities turned into criterion weights, ranked by the one
 * ranking engine, `rankCandidates`).
 */

import { rankCandidates, Ranking, RankingOptions } from './scoring/ranking';
import { CompiledRubric } from './scoring/rubric';
import { ScoreTable } from './scoring/score-table';

/** A library's mark on a requirement, highest first. */
export const LIBRARY_PRIORITIES = ['must', 'should', 'could', 'not_needed'] as const;
export type LibraryPriority = (typeof LIBRARY_PRIORITIES)[number];

export const LIBRARY_PRIORITY_LABELS: Readonly<Record<LibraryPriority, string>> = {
  must: 'Must',
  should: 'Should',
  could: 'Could',
  not_needed: 'Not needed',
};

/**
 * How the consortium priority follows from the libraries' marks:
 * - `highest`: the highest priority any library gave (one library's "must" makes it a must);
 * - `majority`: the priority the most libraries gave; a tie between priorities goes to the
 *   highest of the tied ones (so a tie never lowers a requirement below what half the tied
 *   libraries asked for, and the result agrees with `highest` among the tied).
 */
export const CONSORTIUM_PRIORITY_RULES = ['highest', 'majority'] as const;
export type ConsortiumPriorityRule = (typeof CONSORTIUM_PRIORITY_RULES)[number];

/** The requirement priority (MoSCoW) a library priority stands for: "not needed" is "won't". */
export function toRequirementPriority(priority: LibraryPriority): 'must' | 'should' | 'could' | 'wont' {
  return priority === 'not_needed' ? 'wont' : priority;
}

export interface LibraryMark {
  libraryId: string;
  priority: LibraryPriority;
}

export interface DerivedPriority {
  /** Null when no library has marked the requirement. */
  priority: LibraryPriority | null;
  /** How many libraries gave each priority. */
  counts: Record<LibraryPriority, number>;
  /** The libraries whose mark differs from the derived priority, in the order given. */
  disagreements: LibraryMark[];
  /** Under `majority`, the priorities that tied for most marks when more than one did (highest first); else empty. */
  tiedAt: LibraryPriority[];
}

/** The consortium priority of one requirement from the libraries' marks under `rule`. */
export function deriveConsortiumPriority(marks: readonly LibraryMark[], rule: ConsortiumPriorityRule): DerivedPriority {
  const counts: Record<LibraryPriority, number> = { must: 0, should: 0, could: 0, not_needed: 0 };
  for (const mark of marks) {
    if (!LIBRARY_PRIORITIES.includes(mark.priority))
      throw new RangeError(`Library "${mark.libraryId}" gave an unknown priority "${mark.priority}".`);
    counts[mark.priority]++;
  }
  if (marks.length === 0) return { priority: null, counts, disagreements: [], tiedAt: [] };
  let priority: LibraryPriority;
  let tiedAt: LibraryPriority[] = [];
  if (rule === 'highest') {
    priority = LIBRARY_PRIORITIES.find((p) => counts[p] > 0)!;
  } else if (rule === 'majority') {
    const most = Math.max(...LIBRARY_PRIORITIES.map((p) => counts[p]));
    const top = LIBRARY_PRIORITIES.filter((p) => counts[p] === most);
    // LIBRARY_PRIORITIES is highest first, so the first of the tied is the highest.
    priority = top[0];
    if (top.length > 1) tiedAt = top;
  } else {
    throw new RangeError(`Unknown consortium priority rule "${rule as string}".`);
  }
  return { priority, counts, disagreements: marks.filter((mark) => mark.priority !== priority), tiedAt };
}

/**
 * Rank-order centroid weights for n ranked classes (Barron, F. H. & Barrett, B. E. (1996),
 * "Decision quality using ranked attribute weights", Management Science 42(11), 1515–1523):
 * w_i = (1/n) Σ_{k=i..n} 1/k, highest rank first; they sum to 1.
 */
export function rankOrderCentroid(n: number): number[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Expected a whole number of ranks, got ${n}.`);
  return Array.from({ length: n }, (_, i) => {
    let sum = 0;
    for (let k = i + 1; k <= n; k++) sum += 1 / k;
    return sum / n;
  });
}

/**
 * How much a criterion counts for a library, by the priority the library gave the requirement(s) it
 * covers: the rank-order centroid weights of the three ranked classes must > should > could
 * (11/18, 5/18, 2/18, i.e. 11 : 5 : 2), and 0 for "not needed" (the library does not need it, so
 * it should not sway that library's ranking).
 */
export const LIBRARY_PRIORITY_FACTORS: Readonly<Record<LibraryPriority, number>> = (() => {
  const [must, should, could] = rankOrderCentroid(3);
  return { must, should, could, not_needed: 0 };
})();

/** The requirements a criterion covers (the rubric's links). */
export interface CriterionRequirementLinks {
  criterionId: string;
  requirementIds: readonly string[];
}

export interface LibraryWeights {
  /** Per criterion of the rubric (its order), shares of the whole that sum to 1. */
  weights: number[];
  /** Criteria whose weight the library's marks changed (their ids, rubric order). */
  reweighted: string[];
  /** True when the library marked every criterion's requirements "not needed": its ranking uses the rubric's weights. */
  fallback: boolean;
}

/**
 * A library's criterion weights from its marks. A criterion covering requirements the library
 * marked counts by the highest factor among those marks (the most the library needs of anything
 * it covers); those criteria share among themselves the weight they had in the rubric, in
 * proportion to weight × factor. Criteria with no linked requirement, or whose requirements the
 * library left unmarked, keep their weight. A library that marked everything alike ranks as the
 * consortium does; one that marked everything it covers "not needed" weighs only the rest.
 */
export function libraryCriterionWeights(
  rubric: CompiledRubric,
  links: readonly CriterionRequirementLinks[],
  marks: ReadonlyMap<string, LibraryPriority>,
): LibraryWeights {
  const factors = new Array<number | null>(rubric.criteria.length).fill(null);
  for (const link of links) {
    const i = rubric.indexOf.get(link.criterionId);
    if (i === undefined) throw new RangeError(`Criterion "${link.criterionId}" is not in this rubric.`);
    for (const requirementId of link.requirementIds) {
      const priority = marks.get(requirementId);
      if (priority === undefined) continue;
      const factor = LIBRARY_PRIORITY_FACTORS[priority];
      factors[i] = Math.max(factors[i] ?? 0, factor);
    }
  }
  let before = 0;
  let after = 0;
  rubric.weights.forEach((w, i) => {
    if (factors[i] === null) return;
    before += w;
    after += w * (factors[i] as number);
  });
  const scale = after > 0 ? before / after : 0;
  const weights = rubric.weights.map((w, i) => (factors[i] === null ? w : w * (factors[i] as number) * scale));
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) return { weights: [...rubric.weights], reweighted: [], fallback: true };
  const shares = weights.map((w) => w / total);
  const reweighted = rubric.criteria.filter((c, i) => Math.abs(shares[i] - rubric.weights[i]) > 1e-12).map((c) => c.id);
  return { weights: shares, reweighted, fallback: false };
}

export interface LibraryRanking extends LibraryWeights {
  libraryId: string;
  ranking: Ranking;
}

/**
 * The ranking as each library would have it: the same score table ranked by `rankCandidates`
 * with the library's weights (knockouts unchanged: a mandatory requirement stays mandatory).
 */
export function rankByLibrary(
  rubric: CompiledRubric,
  table: ScoreTable,
  links: readonly CriterionRequirementLinks[],
  libraries: readonly { libraryId: string; marks: ReadonlyMap<string, LibraryPriority> }[],
  options: Omit<RankingOptions, 'weights'> = {},
): LibraryRanking[] {
  return libraries.map(({ libraryId, marks }) => {
    const weights = libraryCriterionWeights(rubric, links, marks);
    return { libraryId, ...weights, ranking: rankCandidates(rubric, table, { ...options, weights: weights.weights }) };
  });
}
