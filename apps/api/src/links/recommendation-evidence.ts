import {
  DefectFilter,
  DefectsService,
  SignOffsService,
  VendorClaimsService,
  VerdictsService,
} from '@assay/api/acceptance';
import { ReferenceCheck, ResearchService } from '@assay/api/catalog';
import { RequestActor } from '@assay/api/core';
import { RecommendationEvidenceSource } from '@assay/api/decisions';
import { EvaluationsService, RequirementsService } from '@assay/api/evaluations';
import {
  ConflictsService,
  RankingCostsService,
  RankingService,
  RoundsService,
  RubricService,
} from '@assay/api/scoring';
import {
  DEFECT_SEVERITIES,
  DefectSeverity,
  EVIDENCE_SCHEMA_VERSION,
  EvidenceAcceptance,
  EvidenceCost,
  EvidenceRanking,
  OPEN_DEFECT_STATUSES,
  RecommendationEvidence,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Enough for every defect of an evaluation: the evidence counts them all. */
const ALL_DEFECTS = 100_000;

/**
 * The evidence of a recommendation, read from the services that draw the pages it summarises (so
 * the directors read what the team saw): the ranking of the latest revealed round with its tie
 * points, stability, the ranking without consensus and the agreement; each candidate's acceptance
 * verdict with agreed waivers and sign-offs; open defects by severity; contradicted vendor claims;
 * reference checks of the candidates' products; training needs and total costs; the evaluators'
 * conflict-of-interest declarations. Numbers are kept
 * exactly as the services return them. Each service checks the actor's access itself.
 */
@Injectable()
export class LiveRecommendationEvidence implements RecommendationEvidenceSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly evaluations: EvaluationsService,
    private readonly requirements: RequirementsService,
    private readonly rounds: RoundsService,
    private readonly rubrics: RubricService,
    private readonly ranking: RankingService,
    private readonly rankingCosts: RankingCostsService,
    private readonly verdicts: VerdictsService,
    private readonly signOffs: SignOffsService,
    private readonly defects: DefectsService,
    private readonly claims: VendorClaimsService,
    private readonly research: ResearchService,
    private readonly conflictsOfInterest: ConflictsService,
  ) {}

  async assemble(actor: RequestActor, evaluationId: string): Promise<RecommendationEvidence> {
    const evaluation = await this.evaluations.get(actor, evaluationId);
    const candidates = (await this.evaluations.candidates(actor, evaluationId)).filter((c) => c.state !== 'eliminated');
    const nameOf = new Map(candidates.map((c) => [c.id, `${c.productName} ${c.versionName}`]));
    const name = (id: string) => nameOf.get(id) ?? id;

    // The ranking of the latest revealed round, with its rubric and the costs beside it.
    const revealed = (await this.rounds.rounds(actor, evaluationId)).filter((r) => r.status === 'revealed');
    const round = revealed[revealed.length - 1] ?? null;
    let ranking: EvidenceRanking | null = null;
    let rubric: RecommendationEvidence['rubric'] = [];
    let costs: EvidenceCost[] = [];
    if (round) {
      const result = await this.ranking.ranking(actor, round.id);
      const version = await this.rubrics.rubricVersion(actor, round.rubricVersionId);
      const criterionName = new Map(version.criteria.map((c) => [c.id, c.title]));
      rubric = version.criteria.map((c) => ({
        id: c.id,
        name: c.title,
        parentId: c.parentId,
        localWeight: c.normalisedWeight,
        globalWeight: c.globalWeight,
      }));
      ranking = {
        roundId: round.id,
        roundNumber: round.number,
        winnerId: result.winnerId,
        candidates: result.candidates.map((c) => ({
          id: c.candidateId,
          name: c.name,
          rank: c.rank,
          total: c.score,
          completeness: c.scoredWeight,
          knockedOut: c.knockedOut,
          knockouts: c.knockouts.map((k) => k.requirement),
        })),
        tiePoints: result.tiePoints.map((t) => ({
          id: t.criterionId,
          criterion: criterionName.get(t.criterionId) ?? t.criterionId,
          weight: t.weight,
          tieWeight: t.tieWeight,
          change: t.change,
        })),
        stability: result.stability.map((s) => ({ change: s.change, stable: s.stable })),
        consensusCount: result.consensusCount,
        winnerWithoutConsensusId: result.withoutConsensus.winnerId,
        holdsWithoutConsensus: result.winnerId === result.withoutConsensus.winnerId,
        agreement: {
          alpha: result.agreement.alpha,
          kendallW: result.agreement.kendallW,
          kendallP: result.agreement.kendallP,
          lowAgreement: result.agreement.lowAgreement.map((a) => ({
            id: a.criterionId,
            criterion: criterionName.get(a.criterionId) ?? a.criterionId,
            alpha: a.alpha,
          })),
        },
      };
      costs = (await this.rankingCosts.rankingCosts(actor, result)).map((c) => ({
        id: c.candidateId,
        name: result.candidates.find((r) => r.candidateId === c.candidateId)?.name ?? name(c.candidateId),
        total: c.total,
        scorePerTenThousand: c.scorePerTenThousand,
      }));
    }

    // Acceptance: each candidate's verdict, its agreed waivers and its sign-offs.
    const ids = candidates.map((c) => c.id);
    const verdicts = await this.verdicts.acceptanceOf(actor, ids);
    const acceptance: EvidenceAcceptance[] = [];
    for (const [i, id] of ids.entries()) {
      const verdict = verdicts[i];
      if (verdict instanceof Error) throw verdict;
      const waivers = (await this.verdicts.waivers(actor, id)).filter((w) => w.state === 'agreed');
      const signOffs = await this.signOffs.signOffs(actor, id);
      acceptance.push({
        id,
        name: name(id),
        verdict: verdict.verdict,
        reasons: verdict.reasons.map((r) => r.message),
        passRate: verdict.passRate.percent,
        passed: verdict.passRate.passed,
        failed: verdict.passRate.failed,
        waivers: waivers.map((w) => ({
          id: w.id,
          requirement: w.requirementCode,
          rationale: w.rationale,
          agreedBy: w.decidedByName,
          agreedAt: w.decidedAt ? new Date(w.decidedAt).toISOString() : null,
        })),
        signOffs: signOffs.map((s) => ({
          id: s.id,
          role: s.role,
          by: s.signerName ?? '',
          at: new Date(s.signedAt).toISOString(),
          comment: s.comment,
        })),
      });
    }

    // Open defects by severity, per candidate.
    const open = (
      await this.defects.allForEvaluation(
        actor,
        evaluationId,
        { statuses: [...OPEN_DEFECT_STATUSES] } satisfies DefectFilter,
        ALL_DEFECTS,
      )
    ).filter((d) => d.candidateId !== null);
    const defects = candidates.map((c) => ({
      id: c.id,
      name: name(c.id),
      open: Object.fromEntries(
        DEFECT_SEVERITIES.map((severity) => [
          severity,
          open.filter((d) => d.candidateId === c.id && d.severity === severity).length,
        ]),
      ) as Record<DefectSeverity, number>,
    }));

    // Vendor claims the evaluation contradicted.
    const contradictedClaims: RecommendationEvidence['contradictedClaims'] = [];
    for (const c of candidates) {
      for (const d of await this.claims.disagreements(actor, evaluationId, c.id)) {
        contradictedClaims.push({
          id: `${c.id}:${d.requirementId}`,
          candidate: name(c.id),
          requirement: `${d.requirementCode} ${d.requirementTitle}`,
          claim: d.claim,
          disagreement: d.kind,
        });
      }
    }

    // Reference checks of the candidates' products.
    const products: { candidate_id: string; product_id: string }[] = ids.length
      ? await this.dataSource.query(
          `SELECT c.id AS candidate_id, pv.product_id FROM candidate c
             JOIN product_version pv ON pv.id = c.product_version_id WHERE c.id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const checks = products.length
      ? await this.research.referenceChecksOfProducts(
          actor,
          products.map((p) => p.product_id),
          false,
        )
      : new Map<string, ReferenceCheck[]>();
    const referenceChecks: RecommendationEvidence['referenceChecks'] = products.flatMap((p) =>
      (checks.get(p.product_id) ?? []).map((check) => ({
        id: check.id,
        candidate: name(p.candidate_id),
        library: check.libraryName,
        checkedOn: check.checkedOn,
        rating: check.rating,
        summary: check.summary,
      })),
    );

    // Training needs per candidate and department.
    const needs = (await this.requirements.trainingNeeds(actor, evaluationId)).filter((n) => nameOf.has(n.candidateId));
    const departments: { id: string; name: string }[] = needs.length
      ? await this.dataSource.query('SELECT id, name FROM department WHERE id = ANY($1::uuid[])', [
          [...new Set(needs.map((n) => n.departmentId))],
        ])
      : [];
    const trainingNeeds = needs.map((n) => ({
      id: n.id,
      candidate: name(n.candidateId),
      department: departments.find((d) => d.id === n.departmentId)?.name ?? '',
      topic: n.topic,
      people: n.people,
      hoursPerPerson: n.hoursPerPerson,
    }));

    // Conflict-of-interest declarations (all of them for the lead and directors, who submit and review).
    const { declarations } = await this.conflictsOfInterest.conflictsOfInterest(actor, evaluationId);
    const conflicts = declarations.map((d) => ({
      id: d.id,
      evaluator: d.evaluatorName,
      vendor: d.vendorName,
      conflict: d.conflict,
      description: d.description,
      declaredAt: new Date(d.declaredAt).toISOString(),
      override:
        d.overriddenAt && d.overrideReason
          ? { by: d.overriddenByName ?? '', reason: d.overrideReason, at: new Date(d.overriddenAt).toISOString() }
          : null,
    }));

    return {
      schemaVersion: EVIDENCE_SCHEMA_VERSION,
      assembledAt: new Date().toISOString(),
      evaluation: {
        id: evaluation.id,
        title: evaluation.title,
        currency: evaluation.currency,
        costYears: evaluation.costYears,
      },
      rubric,
      ranking,
      acceptance,
      defects,
      contradictedClaims,
      referenceChecks,
      trainingNeeds,
      costs,
      conflicts,
    };
  }
}
