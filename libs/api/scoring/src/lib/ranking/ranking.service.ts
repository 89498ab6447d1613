import { AccessPolicy, RequestActor } from '@assay/api/core';
import { CriterionEntity, RubricVersionEntity } from '@assay/api/data';
import {
  buildScoreTable,
  CompiledRubric,
  compileRubric,
  consensusEffect,
  CriterionNode,
  kendallW,
  krippendorffAlpha,
  LibraryPriority,
  MandatoryRequirement,
  rankByLibrary,
  rankCandidates,
  ScoreEntry,
  ScoreRow,
  sensitivity,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictsService } from '../conflicts/conflicts.service';
import { RoundsService } from '../rounds/rounds.service';
import { MemberLibraryBasis, MemberLibraryRanking, Ranking } from './ranking.types';

/** Below this, Krippendorff suggests data are not reliable enough for tentative conclusions. */
const LOW_ALPHA = 0.667;

/**
 * The ranking of a round with the shared domain logic: weighted totals with completeness,
 * knockouts from mandatory requirements, per-evaluator totals, tie points and stability, and
 * agreement. Blind scoring: refused until the round is revealed, for everyone.
 */
@Injectable()
export class RankingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly scoring: RoundsService,
    private readonly conflicts: ConflictsService,
  ) {}

  async ranking(actor: RequestActor, roundId: string): Promise<Ranking> {
    const round = await this.scoring.round(roundId);
    await this.access.require(actor, { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' });
    this.scoring.assertRevealed(round);

    const version = (await this.dataSource
      .getRepository(RubricVersionEntity)
      .findOneBy({ id: round.rubricVersionId }))!;
    const rows = await this.dataSource
      .getRepository(CriterionEntity)
      .find({ where: { rubricVersionId: version.id }, order: { position: 'ASC', title: 'ASC' } });
    const scale = { min: version.scaleMin, max: version.scaleMax };
    const tree: CriterionNode[] = rows
      .filter((row) => !row.parentId)
      .map((category) => ({
        id: category.id,
        weight: category.weight,
        children: rows.filter((row) => row.parentId === category.id).map((row) => ({ id: row.id, weight: row.weight })),
      }));
    const rubric = compileRubric(tree, scale);

    const evaluators: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT u.id, u.display_name AS name FROM evaluation_member m JOIN app_user u ON u.id = m.user_id WHERE m.evaluation_id = $1 AND m.role = 'evaluator' ORDER BY lower(u.display_name)`,
      [round.evaluationId],
    );
    // An evaluator excluded from a candidate by a declared conflict: their scores of it are set aside.
    const excluded = await this.conflicts.excluded(round.evaluationId, round.candidateIds);
    const excludedKeys = new Set(excluded.map((x) => `${x.evaluatorId}|${x.candidateId}`));
    const { rows: scoreRows, scores, setAsideCounts } = await this.scoresOf(round.id, rubric, excludedKeys);
    const consensus: { candidate_id: string; criterion_id: string; value: string }[] = await this.dataSource.query(
      'SELECT candidate_id, criterion_id, value FROM consensus_score WHERE round_id = $1',
      [round.id],
    );
    const evaluatorIds = [
      ...new Set([
        ...evaluators.map((e) => e.id),
        ...scoreRows.map((r) => r.evaluatorId),
        ...scores.map((s) => s.evaluatorId),
      ]),
    ];
    const table = buildScoreTable(rubric, {
      candidateIds: round.candidateIds,
      evaluatorIds,
      rows: scoreRows,
      scores,
      consensus: consensus
        .filter((c) => rubric.indexOf.has(c.criterion_id))
        .map((c) => ({ candidateId: c.candidate_id, criterionId: c.criterion_id, value: Number(c.value) })),
    });

    const links: { requirement_id: string; label: string; criterion_id: string }[] = await this.dataSource.query(
      `SELECT r.id AS requirement_id, r.code || ' ' || r.title AS label, cr.criterion_id
         FROM criterion_requirement cr JOIN criterion c ON c.id = cr.criterion_id JOIN requirement r ON r.id = cr.requirement_id
        WHERE c.rubric_version_id = $1 AND r.mandatory AND r.status = 'approved'`,
      [version.id],
    );
    const mandatory = new Map<string, MandatoryRequirement & { criterionIds: string[] }>();
    for (const link of links) {
      const entry = mandatory.get(link.requirement_id) ?? {
        id: link.requirement_id,
        label: link.label,
        criterionIds: [],
      };
      entry.criterionIds.push(link.criterion_id);
      mandatory.set(link.requirement_id, entry);
    }
    const ranking = rankCandidates(rubric, table, { mandatory: [...mandatory.values()] });
    const effect = consensusEffect(rubric, table, { mandatory: [...mandatory.values()] });

    const names: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT c.id, p.name || ' ' || pv.name AS name FROM candidate c JOIN product_version pv ON pv.id = c.product_version_id JOIN product p ON p.id = pv.product_id WHERE c.id = ANY($1::uuid[])`,
      [round.candidateIds],
    );
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    const evaluatorName = new Map(evaluators.map((e) => [e.id, e.name]));
    const analysis = sensitivity(rubric, ranking);

    // Agreement: per criterion, raters × candidates; overall, raters × every (candidate, criterion) cell.
    // One raters × candidates buffer is refilled for each criterion.
    const unit = table.byEvaluator.map((byCandidate) => new Array<number | null>(byCandidate.length));
    const per = rubric.criteria.map((criterion, i) => {
      for (let e = 0; e < unit.length; e++)
        for (let c = 0; c < unit[e].length; c++) unit[e][c] = table.byEvaluator[e][c][i];
      return { criterionId: criterion.id, alpha: krippendorffAlpha(unit, 'interval') };
    });
    const overall = krippendorffAlpha(
      table.byEvaluator.map((byCandidate) => {
        // Every (candidate, criterion) cell in one row per rater, copied by hand: flatMap is far slower at this size.
        const cells = new Array<number | null>(byCandidate.length * rubric.criteria.length);
        let at = 0;
        for (const values of byCandidate) for (let i = 0; i < values.length; i++) cells[at++] = values[i];
        return cells;
      }),
      'interval',
    );
    const totals =
      ranking.candidates.length > 1
        ? evaluatorIds.map((id) =>
            round.candidateIds.map(
              (c) =>
                ranking.candidates.find((r) => r.candidateId === c)!.byEvaluator.find((b) => b.evaluatorId === id)
                  ?.total.score ?? null,
            ),
          )
        : [];
    const complete = totals.filter((row) => row.every((value) => value !== null)) as number[][];
    const w = complete.length >= 2 ? kendallW(complete) : null;

    return {
      roundId: round.id,
      winnerId: ranking.winnerId,
      candidates: ranking.candidates.map((c) => ({
        candidateId: c.candidateId,
        name: nameOf.get(c.candidateId) ?? c.candidateId,
        rank: c.rank,
        score: c.total.score === null ? null : round2(c.total.score),
        scoredWeight: round4(c.total.scoredWeight),
        scoredCount: c.total.scoredCount,
        criterionCount: c.total.criterionCount,
        knockedOut: c.knockedOut,
        knockouts: c.knockouts.map((k) => ({ requirement: k.label, criterionId: k.criterionId, value: k.value })),
        byEvaluator: c.byEvaluator.map((b) => ({
          evaluatorId: b.evaluatorId,
          evaluatorName: evaluatorName.get(b.evaluatorId) ?? 'Former evaluator',
          score: b.total.score === null ? null : round2(b.total.score),
          scoredWeight: round4(b.total.scoredWeight),
        })),
      })),
      withoutConsensus: {
        winnerId: effect.withoutConsensus.winnerId,
        candidates: effect.withoutConsensus.candidates.map((c) => ({
          candidateId: c.candidateId,
          rank: c.rank,
          score: c.total.score === null ? null : round2(c.total.score),
          knockedOut: c.knockedOut,
        })),
      },
      consensusCount: effect.consensusCount,
      leaderChangedByConsensus: effect.leaderChanged,
      decisiveConsensus: effect.decisive,
      tiePoints: (analysis?.tiePoints ?? []).flatMap((t) =>
        t
          ? [
              {
                criterionId: t.criterionId,
                weight: round4(t.weight),
                tieWeight: round4(t.tieWeight),
                change: round4(t.change),
                rawChange: round4(t.rawChange),
              },
            ]
          : [],
      ),
      stability: analysis?.stability.levels.map((l) => ({ change: l.change, stable: l.stable })) ?? [],
      agreement: {
        alpha: Number.isFinite(overall) ? round4(overall) : null,
        kendallW: w ? round4(w.w) : null,
        kendallP: w ? round4(w.p) : null,
        lowAgreement: per
          .filter((p) => Number.isFinite(p.alpha) && p.alpha < LOW_ALPHA)
          .sort((a, b) => a.alpha - b.alpha)
          .map((p) => ({ criterionId: p.criterionId, alpha: round4(p.alpha) })),
      },
      memberLibraryBasis: {
        evaluationId: round.evaluationId,
        rubricVersionId: version.id,
        rubric,
        table,
        winnerId: ranking.winnerId,
        mandatory: [...mandatory.values()],
      },
      setAside: excluded.map((x) => ({
        evaluatorId: x.evaluatorId,
        evaluatorName: x.evaluatorName,
        candidateId: x.candidateId,
        vendorName: x.vendorName,
        reason: x.description,
        scoreCount: setAsideCounts.get(`${x.evaluatorId}|${x.candidateId}`) ?? 0,
      })),
    };
  }

  /**
   * The ranking as each member library that marked priorities would have it: the same scores and
   * knockouts, the criteria weighted by the library's priorities (libs/domain `rankByLibrary`).
   * Computed only when asked for: the basis comes with the ranking, whose access was checked.
   */
  async byMemberLibrary(basis: MemberLibraryBasis): Promise<MemberLibraryRanking[]> {
    const { evaluationId, rubricVersionId, rubric, table, winnerId, mandatory } = basis;
    const marks: {
      member_library_id: string;
      code: string;
      name: string;
      requirement_id: string;
      priority: LibraryPriority;
    }[] = await this.dataSource.query(
      `SELECT p.member_library_id, l.code, l.name, p.requirement_id, p.priority
           FROM library_priority p JOIN member_library l ON l.id = p.member_library_id
           JOIN requirement r ON r.id = p.requirement_id
          WHERE p.evaluation_id = $1 AND r.status <> 'rejected'
          ORDER BY lower(l.code), l.id`,
      [evaluationId],
    );
    if (marks.length === 0) return [];
    const linkRows: { criterion_id: string; requirement_id: string }[] = await this.dataSource.query(
      `SELECT cr.criterion_id, cr.requirement_id FROM criterion_requirement cr JOIN criterion c ON c.id = cr.criterion_id
        WHERE c.rubric_version_id = $1`,
      [rubricVersionId],
    );
    const links = new Map<string, string[]>();
    for (const row of linkRows) {
      if (!rubric.indexOf.has(row.criterion_id)) continue;
      links.set(row.criterion_id, [...(links.get(row.criterion_id) ?? []), row.requirement_id]);
    }
    const libraries = new Map<string, { code: string; name: string; marks: Map<string, LibraryPriority> }>();
    for (const mark of marks) {
      const library = libraries.get(mark.member_library_id) ?? { code: mark.code, name: mark.name, marks: new Map() };
      library.marks.set(mark.requirement_id, mark.priority);
      libraries.set(mark.member_library_id, library);
    }
    const rankings = rankByLibrary(
      rubric,
      table,
      [...links].map(([criterionId, requirementIds]) => ({ criterionId, requirementIds })),
      [...libraries].map(([libraryId, library]) => ({ libraryId, marks: library.marks })),
      { mandatory },
    );
    return rankings.map((r) => {
      const library = libraries.get(r.libraryId)!;
      return {
        memberLibraryId: r.libraryId,
        code: library.code,
        name: library.name,
        winnerId: r.ranking.winnerId,
        winnerDiffers: r.ranking.winnerId !== winnerId,
        reweightedCount: r.reweighted.length,
        fallback: r.fallback,
        candidates: r.ranking.candidates.map((c) => ({
          candidateId: c.candidateId,
          rank: c.rank,
          score: c.total.score === null ? null : round2(c.total.score),
          knockedOut: c.knockedOut,
        })),
      };
    });
  }

  /**
   * The round's scores on the rubric's criteria, lean: one row of text per evaluator and candidate
   * (values in criterion id order) instead of a row per score, which at consortium scale (15
   * evaluators × 20 candidates × 500 criteria) costs far more to transfer and parse than to rank.
   * An evaluator who left some criteria untouched has no complete row; those pairs come score by score.
   */
  private async scoresOf(
    roundId: string,
    rubric: CompiledRubric,
    excluded: ReadonlySet<string>,
  ): Promise<{ rows: ScoreRow[]; scores: ScoreEntry[]; setAsideCounts: Map<string, number> }> {
    // PostgreSQL orders uuids by their bytes, which is the order of their lowercase text.
    const sorted = rubric.criteria.map((c) => c.id).sort();
    const indexes = sorted.map((id) => rubric.indexOf.get(id)!);
    const groups: { evaluator_id: string; candidate_id: string; n: number; v: string }[] = await this.dataSource.query(
      `SELECT evaluator_id, candidate_id, count(*)::int AS n, string_agg(coalesce(value::text, ''), ',' ORDER BY criterion_id) AS v
         FROM score WHERE round_id = $1 AND criterion_id = ANY($2::uuid[]) GROUP BY evaluator_id, candidate_id`,
      [roundId, sorted],
    );
    const rows: ScoreRow[] = [];
    const partial: { evaluator_id: string; candidate_id: string }[] = [];
    const setAsideCounts = new Map<string, number>();
    for (const group of groups) {
      const key = `${group.evaluator_id}|${group.candidate_id}`;
      if (excluded.has(key)) {
        setAsideCounts.set(key, group.v.split(',').filter((v) => v !== '').length);
        continue;
      }
      if (group.n !== sorted.length) {
        partial.push(group);
        continue;
      }
      rows.push({
        evaluatorId: group.evaluator_id,
        candidateId: group.candidate_id,
        values: parseValues(group.v, indexes),
      });
    }
    if (partial.length === 0) return { rows, scores: [], setAsideCounts };
    const single: { evaluator_id: string; candidate_id: string; criterion_id: string; value: string | null }[] =
      await this.dataSource.query(
        `SELECT s.evaluator_id, s.candidate_id, s.criterion_id, s.value FROM score s
         JOIN unnest($3::uuid[], $4::uuid[]) AS p(evaluator_id, candidate_id) ON p.evaluator_id = s.evaluator_id AND p.candidate_id = s.candidate_id
        WHERE s.round_id = $1 AND s.criterion_id = ANY($2::uuid[])`,
        [roundId, sorted, partial.map((p) => p.evaluator_id), partial.map((p) => p.candidate_id)],
      );
    const scores = single.map((s) => ({
      evaluatorId: s.evaluator_id,
      candidateId: s.candidate_id,
      criterionId: s.criterion_id,
      value: s.value === null ? null : Number(s.value),
    }));
    return { rows, scores, setAsideCounts };
  }
}

/**
 * A row of numeric(8, 3) text values ("2.000,,0.500") into the rubric's order (blank = null).
 * Digits are read by hand, without a string per value: at consortium scale there are 150,000 of
 * them. (integer digits · 10^d + fraction digits) / 10^d is one correctly rounded division of exact
 * integers, so each value is the same double that Number() gives for its text.
 */
function parseValues(text: string, indexes: readonly number[]): (number | null)[] {
  const values = new Array<number | null>(indexes.length);
  let at = 0;
  for (let k = 0; k < indexes.length; k++) {
    if (at >= text.length || text.charCodeAt(at) === 44 /* , */) {
      values[indexes[k]] = null;
      at++;
      continue;
    }
    const negative = text.charCodeAt(at) === 45; /* - */
    if (negative) at++;
    let digits = 0;
    let scale = 1;
    let fraction = false;
    for (; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 44) break;
      if (code === 46 /* . */) fraction = true;
      else {
        digits = digits * 10 + (code - 48);
        if (fraction) scale *= 10;
      }
    }
    at++;
    const value = digits / scale;
    values[indexes[k]] = negative ? -value : value;
  }
  return values;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const round4 = (value: number) => Math.round(value * 10000) / 10000;
