import { notFound, RequestActor, sanitiseFileName, spreadsheetText } from '@assay/api/core';
import { EvaluationEntity } from '@assay/api/data';
import { krippendorffAlpha } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { Workbook, Worksheet } from 'exceljs';
import { DataSource } from 'typeorm';
import { RankingCostsService } from '../ranking/ranking-costs.service';
import { RankingService } from '../ranking/ranking.service';
import { RoundsService } from '../rounds/rounds.service';
import { RubricService } from '../rubric/rubric.service';

type Cell = string | number | null;

/** A sheet's columns: header, width, and a number format for numeric columns. */
interface Column {
  header: string;
  width: number;
  format?: string;
}

/**
 * The results of a revealed round as a workbook for the directors and the minutes: the ranking
 * with costs, every score with its comment, consensus, agreement, sensitivity and weights. The
 * numbers are the ranking's own (RankingService), so the file says what the screen says. Refused
 * to non-members and, before the reveal, to everyone: the ranking itself is refused then.
 */
@Injectable()
export class ResultsExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scoring: RoundsService,
    private readonly rubrics: RubricService,
    private readonly rankings: RankingService,
    private readonly costs: RankingCostsService,
  ) {}

  async workbook(actor: RequestActor, roundId: string): Promise<{ bytes: Buffer; fileName: string }> {
    const round = await this.scoring.round(roundId);
    const ranking = await this.rankings.ranking(actor, roundId);
    const [evaluation, rubric, costs] = await Promise.all([
      this.evaluation(round.evaluationId),
      this.rubrics.rubricVersion(actor, round.rubricVersionId),
      this.costs.rankingCosts(actor, ranking),
    ]);
    const allScores: {
      evaluator_id: string;
      evaluator: string;
      candidate_id: string;
      criterion_id: string;
      value: string | null;
      comment: string;
      evidence_url: string | null;
    }[] = await this.dataSource.query(
      `SELECT s.evaluator_id, u.display_name AS evaluator, s.candidate_id, s.criterion_id, s.value, s.comment, s.evidence_url
         FROM score s JOIN app_user u ON u.id = s.evaluator_id WHERE s.round_id = $1 ORDER BY lower(u.display_name), s.evaluator_id`,
      [round.id],
    );
    // Scores set aside by a declared conflict are left out here as in the ranking, and listed on their own sheet.
    const setAside = new Set(ranking.setAside.map((x) => `${x.evaluatorId}|${x.candidateId}`));
    const scores = allScores.filter((s) => !setAside.has(`${s.evaluator_id}|${s.candidate_id}`));
    const consensus: { candidate_id: string; criterion_id: string; value: string; note: string }[] =
      await this.dataSource.query(
        'SELECT candidate_id, criterion_id, value, note FROM consensus_score WHERE round_id = $1',
        [round.id],
      );

    const candidateName = new Map(ranking.candidates.map((c) => [c.candidateId, c.name]));
    const byId = new Map(rubric.criteria.map((c) => [c.id, c]));
    const leaves = rubric.criteria.filter((c) => c.parentId);
    const categoryOf = (criterionId: string) => byId.get(byId.get(criterionId)?.parentId ?? '')?.title ?? '';
    const titleOf = (criterionId: string) => byId.get(criterionId)?.title ?? criterionId;
    const workbook = new Workbook();
    workbook.creator = 'Assay';
    workbook.created = new Date();

    // Ranking: one row per candidate in ranking order, with each evaluator's total as a column.
    const evaluators = [
      ...new Map(
        ranking.candidates.flatMap((c) => c.byEvaluator.map((b) => [b.evaluatorId, b.evaluatorName] as const)),
      ).entries(),
    ];
    const costOf = new Map(costs.map((c) => [c.candidateId, c]));
    sheet(
      workbook,
      'Ranking',
      [
        { header: 'Rank', width: 6 },
        { header: 'Candidate', width: 32 },
        { header: 'Score (0–100)', width: 14, format: '0.00' },
        { header: 'Completeness %', width: 16, format: '0.0' },
        { header: 'Knocked out', width: 12 },
        { header: 'Knockout reasons', width: 48 },
        ...evaluators.map(([, name]) => ({ header: `${name} (0–100)`, width: 18, format: '0.00' })),
        { header: `TCO, ${evaluation.costYears} years (${evaluation.currency})`, width: 22, format: '#,##0.00' },
        { header: 'Score per 10,000', width: 16, format: '0.0000' },
      ],
      ranking.candidates.map((c) => [
        c.rank,
        c.name,
        c.score,
        c.criterionCount ? Math.round((c.scoredCount / c.criterionCount) * 1000) / 10 : null,
        c.knockedOut ? 'Yes' : 'No',
        c.knockouts.length
          ? c.knockouts.map((k) => `${k.requirement} (${titleOf(k.criterionId)}: ${k.value})`).join('; ')
          : null,
        ...evaluators.map(([id]) => c.byEvaluator.find((b) => b.evaluatorId === id)?.score ?? null),
        costOf.get(c.candidateId)?.total ?? null,
        costOf.get(c.candidateId)?.scorePerTenThousand ?? null,
      ]),
    );

    // Scores: every score of the round, in ranking order of the candidates and rubric order of the criteria.
    const candidateOrder = new Map(ranking.candidates.map((c, i) => [c.candidateId, i]));
    const criterionOrder = new Map(rubric.criteria.map((c, i) => [c.id, i]));
    const sorted = [...scores].sort(
      (a, b) =>
        (candidateOrder.get(a.candidate_id) ?? 0) - (candidateOrder.get(b.candidate_id) ?? 0) ||
        (criterionOrder.get(a.criterion_id) ?? 0) - (criterionOrder.get(b.criterion_id) ?? 0),
    );
    sheet(
      workbook,
      'Scores',
      [
        { header: 'Candidate', width: 32 },
        { header: 'Category', width: 24 },
        { header: 'Criterion', width: 40 },
        { header: 'Evaluator', width: 24 },
        { header: 'Value', width: 8, format: '0.###' },
        { header: 'Comment', width: 60 },
        { header: 'Evidence', width: 40 },
      ],
      sorted.map((s) => [
        candidateName.get(s.candidate_id) ?? s.candidate_id,
        categoryOf(s.criterion_id),
        titleOf(s.criterion_id),
        s.evaluator,
        s.value === null ? null : Number(s.value),
        s.comment,
        s.evidence_url,
      ]),
    );

    sheet(
      workbook,
      'Set aside',
      [
        { header: 'Evaluator', width: 24 },
        { header: 'Candidate', width: 32 },
        { header: 'Vendor', width: 24 },
        { header: 'Declared conflict', width: 48 },
        { header: 'Scores set aside', width: 16 },
      ],
      ranking.setAside.map((x) => [
        x.evaluatorName,
        candidateName.get(x.candidateId) ?? x.candidateId,
        x.vendorName,
        x.reason,
        x.scoreCount,
      ]),
    );

    sheet(
      workbook,
      'Consensus',
      [
        { header: 'Candidate', width: 32 },
        { header: 'Criterion', width: 40 },
        { header: 'Value', width: 8, format: '0.###' },
        { header: 'Note', width: 60 },
      ],
      consensus
        .sort(
          (a, b) =>
            (candidateOrder.get(a.candidate_id) ?? 0) - (candidateOrder.get(b.candidate_id) ?? 0) ||
            (criterionOrder.get(a.criterion_id) ?? 0) - (criterionOrder.get(b.criterion_id) ?? 0),
        )
        .map((c) => [
          candidateName.get(c.candidate_id) ?? c.candidate_id,
          titleOf(c.criterion_id),
          Number(c.value),
          c.note,
        ]),
    );

    // Agreement per criterion: raters × candidates, as the ranking computes it; the overall figures are the ranking's.
    const evaluatorIds = [...new Set(scores.map((s) => s.evaluator_id))];
    const valueOf = new Map(
      scores.map((s) => [
        `${s.evaluator_id}|${s.candidate_id}|${s.criterion_id}`,
        s.value === null ? null : Number(s.value),
      ]),
    );
    const low = new Map(ranking.agreement.lowAgreement.map((l) => [l.criterionId, l.alpha]));
    const perCriterion = leaves.map((criterion) => {
      const alpha =
        low.get(criterion.id) ??
        krippendorffAlpha(
          evaluatorIds.map((e) => round.candidateIds.map((c) => valueOf.get(`${e}|${c}|${criterion.id}`) ?? null)),
          'interval',
        );
      return [
        titleOf(criterion.id),
        Number.isFinite(alpha) ? Math.round(alpha * 10000) / 10000 : null,
        low.has(criterion.id) ? 'Yes' : 'No',
      ] as Cell[];
    });
    sheet(
      workbook,
      'Agreement',
      [
        { header: 'Criterion', width: 40 },
        { header: 'Krippendorff’s alpha', width: 20, format: '0.0000' },
        { header: 'Low (below 0.667)', width: 18 },
      ],
      [
        ...perCriterion,
        [],
        ['Overall alpha', ranking.agreement.alpha],
        ['Kendall’s W', ranking.agreement.kendallW],
        ['Kendall’s W p-value', ranking.agreement.kendallP],
      ],
    );

    sheet(
      workbook,
      'Sensitivity',
      [
        { header: 'Criterion', width: 40 },
        { header: 'Weight', width: 10, format: '0.0000' },
        { header: 'Tie weight', width: 12, format: '0.0000' },
        { header: 'Change', width: 10, format: '0.0000' },
        { header: 'Raw change', width: 12, format: '0.0000' },
      ],
      [
        ...ranking.tiePoints.map((t) => [titleOf(t.criterionId), t.weight, t.tieWeight, t.change, t.rawChange]),
        [],
        ['Weight change', 'Winner stable'],
        ...ranking.stability.map((s) => [`±${Math.round(s.change * 100)}%`, s.stable ? 'Yes' : 'No']),
      ],
    );

    sheet(
      workbook,
      'Weights',
      [
        { header: 'Category', width: 24 },
        { header: 'Criterion', width: 40 },
        { header: 'Local weight', width: 14, format: '0.0000' },
        { header: 'Global weight', width: 14, format: '0.0000' },
      ],
      rubric.criteria.map((c) =>
        c.parentId
          ? [categoryOf(c.id), c.title, c.normalisedWeight, c.globalWeight]
          : [c.title, null, c.normalisedWeight, c.globalWeight],
      ),
    );

    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    return { bytes, fileName: sanitiseFileName(`${evaluation.title} – round ${round.number} results.xlsx`) };
  }

  /** The round's evaluation; the caller is a member (the ranking has checked). */
  private async evaluation(id: string): Promise<EvaluationEntity> {
    const row = await this.dataSource.getRepository(EvaluationEntity).findOneBy({ id });
    if (!row) throw notFound('The evaluation');
    return row;
  }
}

/** A sheet with a bold, frozen header row; every text cell neutralised, numbers kept as numbers. */
function sheet(workbook: Workbook, name: string, columns: Column[], rows: Cell[][]): Worksheet {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: column.format ? { numFmt: column.format } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of rows)
    worksheet.addRow(row.map((cell) => (typeof cell === 'string' ? spreadsheetText(cell) : cell)));
  return worksheet;
}
