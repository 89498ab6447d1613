import {
  AccessPolicy,
  AuditService,
  badInput,
  conflict,
  EditTarget,
  forbidden,
  lockEvaluation,
  notFound,
  Notifier,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import {
  DecisionEntity,
  EvaluationEntity,
  RecommendationEntity,
  RecommendationReviewEntity,
  RecommendationRiskValue,
  RecommendationVersionEntity,
} from '@assay/api/data';
import {
  DEFAULT_REQUIRED_APPROVALS,
  draftEditError,
  EVALUATION_ROLES,
  EvaluationFacts,
  EvaluationRole,
  RecommendationReport,
  RecommendationSnapshot,
  RecommendationState,
  requiredApprovalsError,
  reviewError,
  tallyReviews,
  transitionProblems,
  withdrawError,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { RecommendationEvidenceSource } from '../evidence/evidence-source';
import { RECOMMENDATION_LIMITS, ReviewRecommendationInput, SaveRecommendationInput } from './recommendation.inputs';
import {
  Decision,
  DecisionTaken,
  Recommendation,
  RecommendationReview,
  RecommendationToReview,
  RecommendationVersion,
} from './recommendation.types';

const { Lead, Director } = EvaluationRole;
const RECOMMENDATION: EditTarget<RecommendationEntity> = {
  entity: RecommendationEntity,
  objectType: 'recommendation',
  missing: 'The recommendation',
  describe: () => 'The recommendation',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECIDED = 'The recommendation was approved and the decision recorded: neither changes any more.';
const TEXT_FIELDS = ['candidateId', 'noneReason', 'rationale', 'risks', 'conditions', 'costNotes'] as const;

/** What a version row carries for the views, with its reviews and the names they show. */
interface VersionRow {
  id: string;
  recommendation_id: string;
  number: number;
  snapshot: RecommendationSnapshot;
  state: Exclude<RecommendationState, 'draft'>;
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitted_at: Date;
}
interface ReviewRow {
  id: string;
  version_id: string;
  director_id: string;
  director_name: string;
  outcome: RecommendationReview['outcome'];
  comment: string;
  evidence_path: string | null;
  created_at: Date;
}

/**
 * The recommendation of an evaluation, its review by the evaluation's directors and the decision
 * it ends in (libs/domain decisions/recommendation.ts holds the rules). Every method checks the
 * actor's role in the evaluation; every write locks the evaluation, then the recommendation, so
 * writes of one evaluation (two directors approving at once) run one after the other, and an
 * approved recommendation refuses every write: its decision never changes.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
    private readonly notifier: Notifier,
    private readonly evidence: RecommendationEvidenceSource,
  ) {}

  // ---- reads -----------------------------------------------------------------------------

  /** The evaluation's recommendation (members only); null until a lead first saves one. */
  async forEvaluation(actor: RequestActor, evaluationId: string): Promise<Recommendation | null> {
    await this.access.require(actor, evaluationId);
    const row = await this.dataSource.getRepository(RecommendationEntity).findOneBy({ evaluationId });
    return row ? this.view(actor, this.dataSource.manager, row) : null;
  }

  /** The evidence as the evaluation's pages show it now, as JSON (members only). */
  async evidenceJson(actor: RequestActor, evaluationId: string): Promise<string> {
    await this.access.require(actor, evaluationId);
    return JSON.stringify(await this.evidence.assemble(actor, evaluationId));
  }

  /** The evaluation's decision (members only); null until directors approve a recommendation. */
  async decisionFor(actor: RequestActor, evaluationId: string): Promise<Decision | null> {
    await this.access.require(actor, evaluationId);
    const row = await this.dataSource.getRepository(DecisionEntity).findOneBy({ evaluationId });
    return row ? decisionView(row) : null;
  }

  // ---- the lead's writes -----------------------------------------------------------------

  /** Saves the lead's draft; creates the recommendation the first time. */
  async save(actor: RequestActor, input: SaveRecommendationInput): Promise<Recommendation> {
    await this.access.require(actor, input.evaluationId, Lead);
    const text = boundedText(input);
    const row = await this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, input.evaluationId);
      const existing = await this.lockRecommendation(manager, input.evaluationId, false);
      if (existing) {
        if (existing.state === 'approved') throw conflict(DECIDED);
        await this.edit.assertVersion(manager, RECOMMENDATION, existing, input.version ?? undefined);
      }
      assertRecommendationStep(evaluation);
      if (existing) {
        const problem = draftEditError(existing.state);
        if (problem) throw conflict(problem);
      }
      await this.assertCandidate(manager, input.evaluationId, text.candidateId);
      const risks = keepRiskIds(existing?.risks ?? [], text.risks);
      if (!existing) {
        const saved = await manager.save(
          manager.create(RecommendationEntity, {
            ...text,
            risks,
            evaluationId: input.evaluationId,
            requiredApprovals: DEFAULT_REQUIRED_APPROVALS,
            state: 'draft',
            updatedBy: actor.id,
          }),
        );
        await this.audit.record(manager, {
          actorId: actor.id,
          objectType: 'recommendation',
          objectId: saved.id,
          evaluationId: input.evaluationId,
          action: 'created',
          after: { ...pick(saved, TEXT_FIELDS), requiredApprovals: saved.requiredApprovals },
        });
        return saved;
      }
      const before = { ...pick(existing, TEXT_FIELDS), state: existing.state };
      Object.assign(existing, { ...text, risks, state: 'draft', updatedBy: actor.id });
      const changed = this.audit.diff(before, { ...pick(existing, TEXT_FIELDS), state: existing.state }, [
        ...TEXT_FIELDS,
        'state',
      ]);
      if (Object.keys(changed.after).length === 0) return existing;
      const saved = await manager.save(existing);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'recommendation',
        objectId: saved.id,
        evaluationId: input.evaluationId,
        action: 'updated',
        ...changed,
      });
      return saved;
    });
    return this.view(actor, this.dataSource.manager, row);
  }

  /**
   * How many directors must approve (1–9, default 1): set by a lead while the recommendation is
   * not under review, and never more than the evaluation has directors.
   */
  async setRequiredApprovals(
    actor: RequestActor,
    evaluationId: string,
    requiredApprovals: number,
    version: number,
  ): Promise<Recommendation> {
    await this.access.require(actor, evaluationId, Lead);
    const problem = requiredApprovalsError(requiredApprovals);
    if (problem) throw badInput(problem, [{ field: 'requiredApprovals', problems: [problem] }]);
    const row = await this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, evaluationId);
      const row = await this.lockRecommendation(manager, evaluationId, true);
      if (row.state === 'approved') throw conflict(DECIDED);
      await this.edit.assertVersion(manager, RECOMMENDATION, row, version);
      assertRecommendationStep(evaluation);
      if (row.state === 'submitted') {
        throw conflict('The recommendation is under review: withdraw it before changing how many approvals it needs.');
      }
      const directors = await this.count(manager, evaluationId, Director);
      if (requiredApprovals > directors) {
        const message = `The evaluation has ${directors === 1 ? 'one director' : `${directors} directors`}: it cannot need more approvals than that. Invite more directors first.`;
        throw badInput(message, [{ field: 'requiredApprovals', problems: [message] }]);
      }
      if (row.requiredApprovals === requiredApprovals) return row;
      const before = { requiredApprovals: row.requiredApprovals };
      row.requiredApprovals = requiredApprovals;
      const saved = await manager.save(row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'recommendation',
        objectId: row.id,
        evaluationId,
        action: 'required_approvals_changed',
        before,
        after: { requiredApprovals },
      });
      return saved;
    });
    return this.view(actor, this.dataSource.manager, row);
  }

  /**
   * Freezes the text and the evidence (assembled now, by the services of the pages it summarises)
   * in a new version, makes the recommended candidate `recommended` (any other goes back to the
   * shortlist) and tells the evaluation's directors.
   */
  async submit(actor: RequestActor, evaluationId: string, version: number): Promise<Recommendation> {
    await this.access.require(actor, evaluationId, Lead);
    const evidence = await this.evidence.assemble(actor, evaluationId);
    const row = await this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, evaluationId);
      const row = await this.lockRecommendation(manager, evaluationId, true);
      if (row.state === 'approved') throw conflict(DECIDED);
      await this.edit.assertVersion(manager, RECOMMENDATION, row, version);
      assertRecommendationStep(evaluation);
      if (row.state === 'submitted') throw conflict('The recommendation is already under review.');
      if (!row.rationale.trim()) {
        throw badInput('Write the rationale before submitting the recommendation.', [
          { field: 'rationale', problems: ['Required to submit.'] },
        ]);
      }
      await this.assertCandidate(manager, evaluationId, row.candidateId, row.noneReason);
      const directors = await this.count(manager, evaluationId, Director);
      if (directors === 0) throw conflict('Invite at least one director to review the recommendation.');
      if (row.requiredApprovals > directors) {
        throw conflict(
          `The recommendation needs ${row.requiredApprovals} approvals but the evaluation has ${directors === 1 ? 'one director' : `${directors} directors`}: invite more or need fewer.`,
        );
      }
      const [{ next }]: { next: number }[] = await manager.query(
        'SELECT coalesce(max(number), 0)::int + 1 AS next FROM recommendation_version WHERE recommendation_id = $1',
        [row.id],
      );
      const candidateName = row.candidateId ? await this.candidateName(manager, row.candidateId) : null;
      const snapshot: RecommendationSnapshot = {
        version: next,
        candidateName,
        text: {
          candidateId: row.candidateId,
          noneReason: row.noneReason,
          rationale: row.rationale,
          risks: row.risks.map(({ id, risk, mitigation }) => ({ id, risk, mitigation })),
          conditions: row.conditions,
          costNotes: row.costNotes,
        },
        evidence,
      };
      const saved = await manager.save(
        manager.create(RecommendationVersionEntity, {
          recommendationId: row.id,
          number: next,
          snapshot,
          state: 'submitted',
          submittedBy: actor.id,
        }),
      );
      const before = { state: row.state };
      row.state = 'submitted';
      const savedRow = await manager.save(row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'recommendation',
        objectId: row.id,
        evaluationId,
        action: 'submitted',
        before,
        after: { state: 'submitted', version: next, candidateId: row.candidateId },
      });
      await this.setCandidateStates(manager, actor, evaluationId, row.candidateId, 'recommended');
      await this.notifier.notify(manager, {
        recipients: { roles: [Director] },
        kind: 'recommendation_submitted',
        actorId: actor.id,
        evaluationId,
        objectId: saved.id,
        subject: versionSubject(next, candidateName),
      });
      return savedRow;
    });
    return this.view(actor, this.dataSource.manager, row);
  }

  /** Takes a submitted version back while no director has reviewed it. */
  async withdraw(actor: RequestActor, evaluationId: string, version: number): Promise<Recommendation> {
    await this.access.require(actor, evaluationId, Lead);
    const row = await this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, evaluationId);
      const row = await this.lockRecommendation(manager, evaluationId, true);
      if (row.state === 'approved') throw conflict(DECIDED);
      await this.edit.assertVersion(manager, RECOMMENDATION, row, version);
      assertRecommendationStep(evaluation);
      const current = await this.lockCurrentVersion(manager, row.id);
      if (!current) throw conflict('Only a recommendation under review can be withdrawn.');
      const reviews = await this.reviewsOf(manager, current.id);
      const problem = withdrawError({ state: current.state, reviews: reviews.map(asReview) });
      if (problem) throw conflict(problem);
      current.state = 'withdrawn';
      await manager.save(current);
      row.state = 'withdrawn';
      const saved = await manager.save(row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'recommendation',
        objectId: row.id,
        evaluationId,
        action: 'withdrawn',
        before: { state: 'submitted' },
        after: { state: 'withdrawn', version: current.number },
      });
      await this.notifier.settle(manager, { kinds: ['recommendation_submitted'], objectId: current.id });
      await this.setCandidateStates(manager, actor, evaluationId, null, 'recommended');
      return saved;
    });
    return this.view(actor, this.dataSource.manager, row);
  }

  // ---- the directors' review ---------------------------------------------------------------

  /**
   * A director's review of the version under review. A rejection or a request for changes returns
   * it to the leads; when the approvals of distinct directors reach the number required, the
   * decision is recorded in the same transaction: the evaluation is decided and the chosen
   * candidate selected.
   */
  async review(actor: RequestActor, input: ReviewRecommendationInput): Promise<Recommendation> {
    const hiddenAs = 'The recommendation version';
    const found = UUID.test(input.versionId)
      ? await this.dataSource.getRepository(RecommendationVersionEntity).findOneBy({ id: input.versionId })
      : null;
    if (!found) throw notFound(hiddenAs);
    const owner = await this.dataSource.getRepository(RecommendationEntity).findOneBy({ id: found.recommendationId });
    if (!owner) throw notFound(hiddenAs);
    const evaluationId = owner.evaluationId;
    await this.access.require(actor, { evaluationId, hiddenAs });
    const isDirector = (await this.access.rolesOf(actor, evaluationId)).includes(Director);
    if (!isDirector)
      throw forbidden(reviewError(actor.id, { state: 'submitted', submittedBy: null, reviews: [] }, false)!);
    const comment = input.comment.trim();
    if (input.outcome !== 'approve' && !comment) {
      const message =
        input.outcome === 'reject' ? 'Say why the recommendation is rejected.' : 'Say what should change.';
      throw badInput(message, [{ field: 'comment', problems: ['Required unless approving.'] }]);
    }
    const row = await this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, evaluationId);
      const row = await this.lockRecommendation(manager, evaluationId, true);
      if (row.state === 'approved') throw conflict(DECIDED);
      assertRecommendationStep(evaluation);
      const version = await manager
        .getRepository(RecommendationVersionEntity)
        .findOne({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!version) throw notFound(hiddenAs);
      const reviews = await this.reviewsOf(manager, version.id);
      const problem = reviewError(
        actor.id,
        { state: version.state, submittedBy: version.submittedBy, reviews: reviews.map(asReview) },
        true,
      );
      if (problem) throw conflict(problem);
      const saved = await manager.save(
        manager.create(RecommendationReviewEntity, {
          versionId: version.id,
          directorId: actor.id,
          outcome: input.outcome,
          comment,
          evidencePath: input.evidencePath ?? null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'recommendation_version',
        objectId: version.id,
        evaluationId,
        action: 'reviewed',
        after: { outcome: input.outcome, comment, evidencePath: saved.evidencePath, version: version.number },
      });
      const all = [...reviews.map(asReview), { reviewerId: actor.id, outcome: input.outcome }];
      const tally = tallyReviews(row.requiredApprovals, all);
      // The reviewer has done what was asked; once the version is settled, nobody else need review it.
      await this.notifier.settle(manager, {
        kinds: ['recommendation_submitted'],
        objectId: version.id,
        recipientId: tally.state === 'submitted' ? actor.id : undefined,
      });
      const subject = versionSubject(version.number, version.snapshot.candidateName);
      if (tally.state === 'rejected' || tally.state === 'changes_requested') {
        version.state = tally.state;
        await manager.save(version);
        row.state = tally.state;
        const savedRow = await manager.save(row);
        await this.audit.record(manager, {
          actorId: actor.id,
          objectType: 'recommendation',
          objectId: row.id,
          evaluationId,
          action: 'state_changed',
          before: { state: 'submitted' },
          after: { state: tally.state },
        });
        await this.setCandidateStates(manager, actor, evaluationId, null, 'recommended');
        await this.notifier.notify(manager, {
          recipients: { roles: [Lead] },
          kind: tally.state === 'rejected' ? 'recommendation_rejected' : 'recommendation_changes_requested',
          actorId: actor.id,
          evaluationId,
          objectId: version.id,
          subject,
          detail: comment,
        });
        return savedRow;
      }
      if (tally.state === 'approved') {
        return this.recordDecision(manager, actor, evaluation, row, version, tally.approvers);
      }
      return row;
    });
    return this.view(actor, this.dataSource.manager, row);
  }

  /**
   * The decision, in the review's transaction: exactly the snapshot the directors approved, with
   * who approved it and when; the evaluation moves to `decided` through the status path's check
   * (with the approvals as its fact), and the chosen candidate is `selected`.
   */
  private async recordDecision(
    manager: EntityManager,
    actor: RequestActor,
    evaluation: EvaluationEntity,
    row: RecommendationEntity,
    version: RecommendationVersionEntity,
    approvers: string[],
  ): Promise<RecommendationEntity> {
    const evaluationId = evaluation.id;
    const facts = await this.decidedFacts(manager, evaluationId, approvers.length);
    const problems = transitionProblems(evaluation.status, 'decided', facts);
    if (problems.length > 0) throw conflict(problems.join(' '));
    const approvals: ReviewRow[] = (await this.reviewsOf(manager, version.id)).filter((r) => r.outcome === 'approve');
    const decision = await manager.save(
      manager.create(DecisionEntity, {
        evaluationId,
        recommendationVersionId: version.id,
        candidateId: version.snapshot.text.candidateId,
        snapshot: version.snapshot,
        approvals: approvers.map((id) => {
          const review = approvals.find((r) => r.director_id === id)!;
          return {
            directorId: id,
            directorName: review.director_name,
            approvedAt: new Date(review.created_at).toISOString(),
            comment: review.comment,
          };
        }),
      }),
    );
    version.state = 'approved';
    await manager.save(version);
    row.state = 'approved';
    const saved = await manager.save(row);
    await manager.query(
      `UPDATE evaluation SET status = 'decided', version = version + 1, updated_at = now() WHERE id = $1`,
      [evaluationId],
    );
    await this.audit.recordMany(manager, [
      {
        actorId: actor.id,
        objectType: 'recommendation',
        objectId: row.id,
        evaluationId,
        action: 'state_changed',
        before: { state: 'submitted' },
        after: { state: 'approved' },
      },
      {
        actorId: actor.id,
        objectType: 'decision',
        objectId: decision.id,
        evaluationId,
        action: 'decided',
        after: { candidateId: decision.candidateId, version: version.number, approvals: decision.approvals },
      },
      {
        actorId: actor.id,
        objectType: 'evaluation',
        objectId: evaluationId,
        evaluationId,
        action: 'status_changed',
        before: { status: evaluation.status },
        after: { status: 'decided' },
      },
    ]);
    if (decision.candidateId)
      await this.setCandidateStates(manager, actor, evaluationId, decision.candidateId, 'selected');
    await this.notifier.notify(manager, {
      recipients: { roles: EVALUATION_ROLES },
      kind: 'decision_recorded',
      actorId: actor.id,
      evaluationId,
      objectId: decision.id,
      subject: version.snapshot.candidateName ? `${version.snapshot.candidateName} selected` : 'none selected',
    });
    return saved;
  }

  // ---- report data -----------------------------------------------------------------------

  /** What the report of a decision is made from (members of the evaluation only). */
  async reportForDecision(actor: RequestActor, decisionId: string): Promise<RecommendationReport> {
    const hiddenAs = 'The decision';
    const decision = UUID.test(decisionId)
      ? await this.dataSource.getRepository(DecisionEntity).findOneBy({ id: decisionId })
      : null;
    if (!decision) throw notFound(hiddenAs);
    await this.access.require(actor, { evaluationId: decision.evaluationId, hiddenAs });
    const report = await this.report(decision.recommendationVersionId, 'decision');
    return {
      ...report,
      snapshot: decision.snapshot,
      decidedAt: new Date(decision.decidedAt).toISOString(),
      approvals: decision.approvals.map((a) => ({ director: a.directorName, at: a.approvedAt, comment: a.comment })),
    };
  }

  /** What the report of a submitted version is made from, marked as a draft (members only). */
  async reportForVersion(actor: RequestActor, versionId: string): Promise<RecommendationReport> {
    const hiddenAs = 'The recommendation version';
    const version = UUID.test(versionId)
      ? await this.dataSource.getRepository(RecommendationVersionEntity).findOneBy({ id: versionId })
      : null;
    if (!version) throw notFound(hiddenAs);
    const owner = await this.dataSource.getRepository(RecommendationEntity).findOneBy({ id: version.recommendationId });
    await this.access.require(actor, { evaluationId: owner!.evaluationId, hiddenAs });
    return this.report(version.id, 'draft');
  }

  private async report(versionId: string, kind: RecommendationReport['kind']): Promise<RecommendationReport> {
    const manager = this.dataSource.manager;
    const [version] = await this.versionRows(manager, 'v.id = $1', [versionId]);
    const owner = await manager.getRepository(RecommendationEntity).findOneBy({ id: version.recommendation_id });
    const reviews = await this.reviewsOf(manager, versionId);
    const approvals = reviews.filter((r) => r.outcome === 'approve');
    return {
      kind,
      snapshot: version.snapshot,
      submittedBy: version.submitted_by_name,
      submittedAt: new Date(version.submitted_at).toISOString(),
      decidedAt: null,
      approvals: approvals.map((r) => ({
        director: r.director_name,
        at: new Date(r.created_at).toISOString(),
        comment: r.comment,
      })),
      reviews: reviews.map((r) => ({
        director: r.director_name,
        outcome: r.outcome,
        at: new Date(r.created_at).toISOString(),
        comment: r.comment,
      })),
      requiredApprovals: owner!.requiredApprovals,
      generatedAt: new Date().toISOString(),
    };
  }

  // ---- home page -------------------------------------------------------------------------

  /** As a director: submitted versions of evaluations you direct that you have not reviewed (nor submitted). */
  async toReview(actor: RequestActor): Promise<RecommendationToReview[]> {
    const ids = await this.access.evaluationsAs(actor, Director);
    if (ids.length === 0) return [];
    const rows: {
      evaluation_id: string;
      title: string;
      number: number;
      candidate_name: string | null;
      submitted_at: Date;
      submitted_by_name: string | null;
      approvals: number;
      required_approvals: number;
    }[] = await this.dataSource.query(
      `SELECT r.evaluation_id, e.title, v.number, v.snapshot->>'candidateName' AS candidate_name, v.submitted_at,
              u.display_name AS submitted_by_name, r.required_approvals,
              (SELECT count(DISTINCT w.director_id) FROM recommendation_review w
                WHERE w.version_id = v.id AND w.outcome = 'approve')::int AS approvals
         FROM recommendation_version v
         JOIN recommendation r ON r.id = v.recommendation_id
         JOIN evaluation e ON e.id = r.evaluation_id
         LEFT JOIN app_user u ON u.id = v.submitted_by
        WHERE r.evaluation_id = ANY($1::uuid[]) AND v.state = 'submitted'
          AND v.submitted_by IS DISTINCT FROM $2
          AND NOT EXISTS (SELECT 1 FROM recommendation_review w WHERE w.version_id = v.id AND w.director_id = $2)
        ORDER BY v.submitted_at, v.id`,
      [ids, actor.id],
    );
    return rows.map((row) => ({
      evaluationId: row.evaluation_id,
      evaluationTitle: row.title,
      versionNumber: row.number,
      candidateName: row.candidate_name,
      submittedAt: new Date(row.submitted_at),
      submittedByName: row.submitted_by_name,
      approvals: row.approvals,
      requiredApprovals: row.required_approvals,
    }));
  }

  /** Decisions of evaluations you are a member of, newest first (at most 20). */
  async decisionsTaken(actor: RequestActor): Promise<DecisionTaken[]> {
    const ids = await this.access.evaluationsOf(actor);
    if (ids.length === 0) return [];
    const rows: { evaluation_id: string; title: string; candidate_name: string | null; decided_at: Date }[] =
      await this.dataSource.query(
        `SELECT d.evaluation_id, e.title, d.snapshot->>'candidateName' AS candidate_name, d.decided_at
           FROM decision d JOIN evaluation e ON e.id = d.evaluation_id
          WHERE d.evaluation_id = ANY($1::uuid[])
          ORDER BY d.decided_at DESC, d.id LIMIT 20`,
        [ids],
      );
    return rows.map((row) => ({
      evaluationId: row.evaluation_id,
      evaluationTitle: row.title,
      candidateName: row.candidate_name,
      decidedAt: new Date(row.decided_at),
    }));
  }

  // ---- helpers ---------------------------------------------------------------------------

  private async lockRecommendation(
    manager: EntityManager,
    evaluationId: string,
    required: true,
  ): Promise<RecommendationEntity>;
  private async lockRecommendation(
    manager: EntityManager,
    evaluationId: string,
    required: false,
  ): Promise<RecommendationEntity | null>;
  private async lockRecommendation(
    manager: EntityManager,
    evaluationId: string,
    required: boolean,
  ): Promise<RecommendationEntity | null> {
    const row = await manager
      .getRepository(RecommendationEntity)
      .findOne({ where: { evaluationId }, lock: { mode: 'pessimistic_write' } });
    if (!row && required) throw notFound('The recommendation');
    return row;
  }

  private async lockCurrentVersion(
    manager: EntityManager,
    recommendationId: string,
  ): Promise<RecommendationVersionEntity | null> {
    return manager.getRepository(RecommendationVersionEntity).findOne({
      where: { recommendationId },
      order: { number: 'DESC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The recommended candidate must be one of the evaluation's, not eliminated; none needs a reason. */
  private async assertCandidate(
    manager: EntityManager,
    evaluationId: string,
    candidateId: string | null,
    noneReason?: string,
  ): Promise<void> {
    if (candidateId === null) {
      if (noneReason !== undefined && !noneReason.trim()) {
        throw badInput('Recommend a candidate, or say why none of them.', [
          { field: 'noneReason', problems: ['Required when no candidate is recommended.'] },
        ]);
      }
      return;
    }
    const [candidate]: { state: string }[] = await manager.query(
      'SELECT state FROM candidate WHERE id = $1 AND evaluation_id = $2',
      [candidateId, evaluationId],
    );
    if (!candidate) throw notFound('The candidate');
    if (candidate.state === 'eliminated') {
      throw badInput('That candidate is eliminated: recommend one still in the running.', [
        { field: 'candidateId', problems: ['Eliminated.'] },
      ]);
    }
  }

  /**
   * Candidates that were `from` (recommended) go back to the shortlist, and `chosen` (when given)
   * becomes the given state; each change is audited. Eliminated candidates are left alone.
   */
  private async setCandidateStates(
    manager: EntityManager,
    actor: RequestActor,
    evaluationId: string,
    chosen: string | null,
    state: 'recommended' | 'selected',
  ): Promise<void> {
    const changed: { id: string; before: string; after: string }[] = [];
    if (state === 'recommended') {
      const back: { id: string }[] = await manager.query(
        `UPDATE candidate SET state = 'shortlisted', version = version + 1, updated_at = now()
          WHERE evaluation_id = $1 AND state = 'recommended' AND ($2::uuid IS NULL OR id <> $2) RETURNING id`,
        [evaluationId, chosen],
      );
      changed.push(...rowsOf(back).map(({ id }) => ({ id, before: 'recommended', after: 'shortlisted' })));
    }
    if (chosen) {
      const [current]: { state: string }[] = await manager.query(
        'SELECT state FROM candidate WHERE id = $1 FOR UPDATE',
        [chosen],
      );
      if (current && current.state !== state) {
        await manager.query(
          'UPDATE candidate SET state = $2, version = version + 1, updated_at = now() WHERE id = $1',
          [chosen, state],
        );
        changed.push({ id: chosen, before: current.state, after: state });
      }
    }
    await this.audit.recordMany(
      manager,
      changed.map(({ id, before, after }) => ({
        actorId: actor.id,
        objectType: 'candidate' as const,
        objectId: id,
        evaluationId,
        action: 'state_changed' as const,
        before: { state: before },
        after: { state: after },
      })),
    );
  }

  /** What the status path's step to `decided` reads, with the approvals as the directors' fact. */
  private async decidedFacts(
    manager: EntityManager,
    evaluationId: string,
    approvals: number,
  ): Promise<EvaluationFacts> {
    const [row]: { leads: number; directors: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE role = 'lead')::int AS leads, count(*) FILTER (WHERE role = 'director')::int AS directors
         FROM evaluation_member WHERE evaluation_id = $1`,
      [evaluationId],
    );
    // The step to decided reads only the people and the approvals; the other facts are not asked.
    return {
      leads: row.leads,
      directors: row.directors,
      directorApprovals: approvals,
      departmentHeads: 0,
      evaluators: 0,
      testers: 0,
      shortlistedCandidates: 0,
      recommendedCandidates: 0,
      requirements: { proposed: 0, approved: 0, rejected: 0 },
      openRounds: [],
      revealedRounds: 0,
      candidatesWithoutEvidence: [],
    };
  }

  private async count(manager: EntityManager, evaluationId: string, role: EvaluationRole): Promise<number> {
    const [row]: { n: number }[] = await manager.query(
      'SELECT count(*)::int AS n FROM evaluation_member WHERE evaluation_id = $1 AND role = $2',
      [evaluationId, role],
    );
    return row.n;
  }

  private async candidateName(manager: EntityManager, candidateId: string): Promise<string | null> {
    const [row]: { name: string }[] = await manager.query(
      `SELECT p.name || ' ' || pv.name AS name FROM candidate c
         JOIN product_version pv ON pv.id = c.product_version_id JOIN product p ON p.id = pv.product_id
        WHERE c.id = $1`,
      [candidateId],
    );
    return row?.name ?? null;
  }

  private async reviewsOf(manager: EntityManager, versionId: string): Promise<ReviewRow[]> {
    return (await this.reviewRows(manager, [versionId])).get(versionId) ?? [];
  }

  private async reviewRows(manager: EntityManager, versionIds: string[]): Promise<Map<string, ReviewRow[]>> {
    const found = new Map<string, ReviewRow[]>();
    if (versionIds.length === 0) return found;
    const rows: ReviewRow[] = await manager.query(
      `SELECT w.id, w.version_id, w.director_id, u.display_name AS director_name, w.outcome, w.comment,
              w.evidence_path, w.created_at
         FROM recommendation_review w JOIN app_user u ON u.id = w.director_id
        WHERE w.version_id = ANY($1::uuid[]) ORDER BY w.created_at, w.id`,
      [versionIds],
    );
    for (const row of rows) found.set(row.version_id, [...(found.get(row.version_id) ?? []), row]);
    return found;
  }

  private async versionRows(manager: EntityManager, where: string, params: unknown[]): Promise<VersionRow[]> {
    return manager.query(
      `SELECT v.id, v.recommendation_id, v.number, v.snapshot, v.state, v.submitted_by, v.submitted_at,
              u.display_name AS submitted_by_name
         FROM recommendation_version v LEFT JOIN app_user u ON u.id = v.submitted_by
        WHERE ${where} ORDER BY v.number DESC`,
      params,
    );
  }

  private async view(actor: RequestActor, manager: EntityManager, row: RecommendationEntity): Promise<Recommendation> {
    const rows = await this.versionRows(manager, 'v.recommendation_id = $1', [row.id]);
    const reviews = await this.reviewRows(
      manager,
      rows.map((v) => v.id),
    );
    const versions = rows.map((v) => versionView(v, reviews.get(v.id) ?? []));
    const current = versions[0] ?? null;
    const [evaluation]: { status: string }[] = await manager.query('SELECT status FROM evaluation WHERE id = $1', [
      row.evaluationId,
    ]);
    const [names]: { candidate_name: string | null; updated_by_name: string | null }[] = await manager.query(
      `SELECT (SELECT p.name || ' ' || pv.name FROM candidate c JOIN product_version pv ON pv.id = c.product_version_id
                 JOIN product p ON p.id = pv.product_id WHERE c.id = $1) AS candidate_name,
              (SELECT display_name FROM app_user WHERE id = $2) AS updated_by_name`,
      [row.candidateId, row.updatedBy],
    );
    const lead = await this.access.holds(actor, row.evaluationId, Lead);
    const director = (await this.access.rolesOf(actor, row.evaluationId)).includes(Director);
    const inStep = evaluation?.status === 'recommendation';
    const canEdit = lead && inStep && draftEditError(row.state) === null;
    const currentReviews = current ? (reviews.get(current.id) ?? []).map(asReview) : [];
    return {
      id: row.id,
      evaluationId: row.evaluationId,
      state: row.state,
      requiredApprovals: row.requiredApprovals,
      version: row.version,
      candidateId: row.candidateId,
      candidateName: names.candidate_name,
      noneReason: row.noneReason,
      rationale: row.rationale,
      risks: row.risks,
      conditions: row.conditions,
      costNotes: row.costNotes,
      updatedAt: row.updatedAt,
      updatedByName: names.updated_by_name,
      currentVersion: current,
      versions,
      canEdit,
      canSubmit: canEdit && row.rationale.trim() !== '' && (row.candidateId !== null || row.noneReason.trim() !== ''),
      canWithdraw:
        lead && current !== null && withdrawError({ state: current.state, reviews: currentReviews }) === null,
      canReview:
        current !== null &&
        reviewError(
          actor.id,
          { state: current.state, submittedBy: current.submittedBy, reviews: currentReviews },
          director,
        ) === null,
    } as Recommendation;
  }
}

function assertRecommendationStep(evaluation: EvaluationEntity): void {
  if (evaluation.status === 'decided') throw conflict(DECIDED);
  if (evaluation.status !== 'recommendation') {
    throw conflict(
      `The evaluation is in the ${evaluation.status} step: the recommendation is written in the recommendation step.`,
    );
  }
}

/** The lead's text, trimmed and bounded (the input's validation says the same; every path passes here). */
function boundedText(input: SaveRecommendationInput) {
  const limits = RECOMMENDATION_LIMITS;
  const problems: { field: string; problems: string[] }[] = [];
  const text = (field: 'noneReason' | 'rationale' | 'conditions' | 'costNotes') => {
    const value = (input[field] ?? '').trim();
    if (value.length > limits[field]) problems.push({ field, problems: [`At most ${limits[field]} characters.`] });
    return value;
  };
  const values = {
    candidateId: input.candidateId ?? null,
    noneReason: text('noneReason'),
    rationale: text('rationale'),
    conditions: text('conditions'),
    costNotes: text('costNotes'),
    risks: (input.risks ?? [])
      .map((r) => ({ risk: r.risk.trim(), mitigation: r.mitigation.trim() }))
      .filter((r) => r.risk || r.mitigation),
  };
  if (values.risks.length > limits.risks)
    problems.push({ field: 'risks', problems: [`At most ${limits.risks} risks.`] });
  if (values.risks.some((r) => !r.risk))
    problems.push({ field: 'risks', problems: ['Each mitigation needs its risk.'] });
  if (values.risks.some((r) => r.risk.length > limits.risk || r.mitigation.length > limits.mitigation)) {
    problems.push({ field: 'risks', problems: [`At most ${limits.risk} characters for a risk or its mitigation.`] });
  }
  if (values.candidateId === null && !values.noneReason) {
    problems.push({ field: 'noneReason', problems: ['Recommend a candidate, or say why none of them.'] });
  }
  if (values.candidateId !== null) values.noneReason = '';
  if (problems.length > 0) throw badInput('The recommendation has fields to correct.', problems);
  return values;
}

/** Risks keep their ids when their wording stays, so versions can be compared risk by risk. */
function keepRiskIds(
  earlier: readonly RecommendationRiskValue[],
  risks: readonly { risk: string; mitigation: string }[],
): RecommendationRiskValue[] {
  const used = new Set<string>();
  return risks.map((r) => {
    const same = earlier.find((e) => !used.has(e.id) && e.risk === r.risk);
    const id = same?.id ?? randomUUID();
    used.add(id);
    return { id, ...r };
  });
}

function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;
}

/** node-postgres answers UPDATE … RETURNING with rows; PGlite with [rows, count]. */
function rowsOf<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}

const asReview = (r: { director_id: string; outcome: RecommendationReview['outcome'] }) => ({
  reviewerId: r.director_id,
  outcome: r.outcome,
});

/** How notifications name a version: "v2 (Koha 24.05)". */
function versionSubject(number: number, candidateName: string | null): string {
  return `v${number} (${candidateName ?? 'none of them'})`;
}

function versionView(row: VersionRow, reviews: ReviewRow[]): RecommendationVersion {
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    submittedAt: new Date(row.submitted_at),
    submittedBy: row.submitted_by,
    submittedByName: row.submitted_by_name,
    snapshotJson: JSON.stringify(row.snapshot),
    reviews: reviews.map((r) => ({
      id: r.id,
      versionId: r.version_id,
      directorId: r.director_id,
      directorName: r.director_name,
      outcome: r.outcome,
      comment: r.comment,
      evidencePath: r.evidence_path,
      createdAt: new Date(r.created_at),
    })),
    approvals: new Set(reviews.filter((r) => r.outcome === 'approve').map((r) => r.director_id)).size,
    reportPdfUrl: `/api/recommendations/versions/${row.id}/report.pdf`,
  };
}

function decisionView(row: DecisionEntity): Decision {
  return {
    id: row.id,
    evaluationId: row.evaluationId,
    recommendationVersionId: row.recommendationVersionId,
    candidateId: row.candidateId,
    candidateName: row.snapshot.candidateName,
    decidedAt: row.decidedAt,
    approvals: row.approvals.map((a) => ({ ...a, approvedAt: new Date(a.approvedAt) })),
    snapshotJson: JSON.stringify(row.snapshot),
    reportPdfUrl: `/api/decisions/${row.id}/report.pdf`,
    reportXlsxUrl: `/api/decisions/${row.id}/report.xlsx`,
  };
}
