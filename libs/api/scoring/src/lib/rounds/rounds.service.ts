import {
  AccessPolicy,
  AuditService,
  badInput,
  conflict,
  forbidden,
  lockEvaluation,
  notFound,
  Notifier,
  RequestActor,
} from '@assay/api/core';
import {
  CandidateEntity,
  ConsensusScoreEntity,
  CriterionEntity,
  RubricVersionEntity,
  ScoreEntity,
  ScoringRoundEntity,
} from '@assay/api/data';
import { EvaluationRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ConflictsService } from '../conflicts/conflicts.service';
import { ConsensusInput, OpenRoundInput, ScoreInput } from './rounds.inputs';
import { ConsensusScore, MyScoringRound, Score, ScoringProgress, ScoringRound } from './rounds.types';

const { Lead } = EvaluationRole;

/**
 * Scoring rounds, scores and consensus. Blind scoring is enforced here, on every path: until a
 * round is revealed (while it is open, and for good when it is closed unrevealed), every query
 * answers a person with their own scores only — whatever their role — and nothing derived from
 * other people's score values leaves the service. Leads see counts of scores entered, to chase
 * progress.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
    private readonly conflicts: ConflictsService,
  ) {}

  // ---- rounds ----------------------------------------------------------------------------

  async rounds(actor: RequestActor, evaluationId: string): Promise<ScoringRound[]> {
    await this.access.require(actor, evaluationId);
    return (
      await this.dataSource
        .getRepository(ScoringRoundEntity)
        .find({ where: { evaluationId }, order: { number: 'ASC' } })
    ).map(roundView);
  }

  /** One round, for any member of its evaluation (its scores stay blind through their own field). */
  async roundFor(actor: RequestActor, id: string): Promise<ScoringRound> {
    const round = await this.round(id);
    await this.access.require(actor, { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' });
    return roundView(round);
  }

  /** Freezes the latest rubric version and opens a blind round on it. */
  async openRound(actor: RequestActor, input: OpenRoundInput): Promise<ScoringRound> {
    await this.access.require(actor, input.evaluationId, Lead);
    return this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, input.evaluationId);
      if (evaluation.status !== 'scoring')
        throw conflict(`Scoring rounds open while the evaluation is in scoring; it is in ${evaluation.status}.`);
      if (await manager.existsBy(ScoringRoundEntity, { evaluationId: evaluation.id, status: 'open' }))
        throw conflict('A round is already open: reveal or close it first.');
      const rubric = await manager
        .getRepository(RubricVersionEntity)
        .findOne({ where: { evaluationId: evaluation.id }, order: { number: 'DESC' } });
      if (!rubric) throw badInput('Build the rubric before opening a round.');
      const leaves: { n: number }[] = await manager.query(
        `SELECT count(*)::int AS n FROM criterion c WHERE c.rubric_version_id = $1 AND c.parent_id IS NOT NULL`,
        [rubric.id],
      );
      if (leaves[0].n === 0) throw badInput('The rubric has no criteria to score yet.');
      const shortlisted = await manager
        .getRepository(CandidateEntity)
        .findBy({ evaluationId: evaluation.id, state: In(['shortlisted', 'recommended', 'selected']) });
      const candidateIds = input.candidateIds ?? shortlisted.map((c) => c.id);
      if (candidateIds.length === 0 || candidateIds.some((id) => !shortlisted.some((c) => c.id === id))) {
        throw badInput('Choose shortlisted candidates of this evaluation.', [
          { field: 'candidateIds', problems: ['Only shortlisted candidates can be scored.'] },
        ]);
      }
      if (!rubric.frozenAt) {
        rubric.frozenAt = new Date();
        await manager.save(rubric);
      }
      const previous = await manager
        .getRepository(ScoringRoundEntity)
        .count({ where: { evaluationId: evaluation.id } });
      const saved = await manager.save(
        manager.create(ScoringRoundEntity, {
          evaluationId: evaluation.id,
          rubricVersionId: rubric.id,
          number: previous + 1,
          candidateIds: [...new Set(candidateIds)],
          openedBy: actor.id,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'scoring_round',
        objectId: saved.id,
        evaluationId: evaluation.id,
        action: 'opened',
        after: { number: saved.number, rubricVersion: rubric.number, candidates: saved.candidateIds.length },
      });
      await this.notifyEvaluators(manager, actor, saved, 'scoring_round_opened');
      return roundView(saved);
    });
  }

  async reveal(actor: RequestActor, roundId: string): Promise<ScoringRound> {
    const round = await this.round(roundId);
    await this.access.require(actor, { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' }, Lead);
    return this.dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(ScoringRoundEntity)
        .findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
      if (row!.status !== 'open') throw conflict(`Round ${row!.number} is already ${row!.status}.`);
      const undeclared = await this.conflicts.undeclaredScorers(manager, row!.id, row!.evaluationId);
      if (undeclared.length > 0)
        throw conflict(
          `Round ${row!.number} cannot be revealed yet: ${undeclared.join(', ')} scored without declaring their conflicts of interest.`,
          { undeclared },
        );
      row!.status = 'revealed';
      row!.revealedAt = new Date();
      const saved = await manager.save(row!);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'scoring_round',
        objectId: row!.id,
        evaluationId: row!.evaluationId,
        action: 'revealed',
      });
      await this.notifyEvaluators(manager, actor, saved, 'scoring_round_revealed');
      return roundView(saved);
    });
  }

  /** The evaluation's evaluators hear that a round opened (their scores are wanted) or was revealed. */
  private async notifyEvaluators(
    manager: EntityManager,
    actor: RequestActor,
    round: ScoringRoundEntity,
    kind: 'scoring_round_opened' | 'scoring_round_revealed',
  ): Promise<void> {
    await this.notifier.notify(manager, {
      recipients: { roles: [EvaluationRole.Evaluator] },
      kind,
      actorId: actor.id,
      evaluationId: round.evaluationId,
      objectId: round.id,
      subject: `round ${round.number}`,
    });
  }

  /**
   * Ends an open round without revealing it (e.g. scored on a rubric that has since changed): it
   * accepts no more scores and its scores stay blind for good — each evaluator still sees their own.
   */
  async closeRound(actor: RequestActor, roundId: string): Promise<ScoringRound> {
    const round = await this.round(roundId);
    await this.access.require(actor, { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' }, Lead);
    return this.dataSource.transaction(async (manager) => {
      const row = (await manager
        .getRepository(ScoringRoundEntity)
        .findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } }))!;
      if (row.status !== 'open')
        throw conflict(`Round ${row.number} is already ${row.status}; only an open round can be closed.`);
      row.status = 'closed';
      const saved = await manager.save(row);
      const [scores]: { n: number }[] = await manager.query(
        'SELECT count(*)::int AS n FROM score WHERE round_id = $1 AND value IS NOT NULL',
        [row.id],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'scoring_round',
        objectId: row.id,
        evaluationId: row.evaluationId,
        action: 'closed_unrevealed',
        before: { status: 'open' },
        after: { status: 'closed', scores: scores.n },
      });
      return roundView(saved);
    });
  }

  // ---- scores ----------------------------------------------------------------------------

  /**
   * Saves the caller's own score. Concurrent saves of the same cell end as one row, and each keeps
   * what the other left out: an omitted comment or evidence link means "keep", so it is merged in
   * the statement that writes the row (never read first and written back, which would let a
   * concurrent save's comment be overwritten by an older copy). After the reveal the change is
   * part of the record: the row is locked, so the audit's before and after are the ones replaced.
   */
  async saveScore(actor: RequestActor, input: ScoreInput): Promise<Score> {
    const round = await this.round(input.roundId);
    await this.access.require(
      actor,
      { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' },
      EvaluationRole.Evaluator,
    );
    if (round.status === 'closed') throw conflict(`Round ${round.number} is closed.`);
    const value = input.value ?? null;
    const criterion = await this.scoredCell(round, input.candidateId, input.criterionId, value);
    await this.conflicts.assertMayScore(actor, round.evaluationId, input.candidateId);
    const comment = input.comment === undefined || input.comment === null ? null : input.comment.trim();
    const keepEvidence = input.evidenceUrl === undefined;
    const cell = [round.id, actor.id, input.candidateId, criterion.id];
    const fields = [value, comment, keepEvidence ? null : input.evidenceUrl, keepEvidence];
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockRoundForWrites(manager, round.id);
      let id: string;
      if (current.status === 'open') {
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO score AS s (round_id, evaluator_id, candidate_id, criterion_id, value, comment, evidence_url)
           VALUES ($1, $2, $3, $4, $5, coalesce($6, ''), $7)
           ON CONFLICT (round_id, evaluator_id, candidate_id, criterion_id) DO UPDATE SET ${scoreMerge(5)}
           RETURNING id`,
          [...cell, ...fields],
        );
        id = row.id;
      } else {
        // Changes after the reveal are part of the record: lock the row (or create it) to know what it replaces.
        const [inserted]: { id: string }[] = await manager.query(
          `INSERT INTO score (round_id, evaluator_id, candidate_id, criterion_id, value, comment, evidence_url)
           VALUES ($1, $2, $3, $4, $5, coalesce($6, ''), $7)
           ON CONFLICT (round_id, evaluator_id, candidate_id, criterion_id) DO NOTHING RETURNING id`,
          [...cell, ...fields.slice(0, 3)],
        );
        let before: { value: number | null; comment: string } | null = null;
        if (inserted) id = inserted.id;
        else {
          const [locked]: { id: string; value: string | null; comment: string }[] = await manager.query(
            'SELECT id, value, comment FROM score WHERE round_id = $1 AND evaluator_id = $2 AND candidate_id = $3 AND criterion_id = $4 FOR UPDATE',
            cell,
          );
          before = { value: locked.value === null ? null : Number(locked.value), comment: locked.comment };
          id = locked.id;
          await manager.query(`UPDATE score AS s SET ${scoreMerge(2)} WHERE s.id = $1`, [id, ...fields]);
        }
        await this.audit.record(manager, {
          actorId: actor.id,
          objectType: 'score',
          objectId: id,
          evaluationId: round.evaluationId,
          action: 'changed_after_reveal',
          before: { value: before?.value ?? null },
          after: { value },
        });
      }
      const saved = (await manager.getRepository(ScoreEntity).findOneBy({ id }))!;
      return scoreView(saved, actor.displayName);
    });
  }

  /** Scores of a round as the caller may see them: only their own until the reveal. */
  async scores(actor: RequestActor, roundId: string): Promise<Score[]> {
    const round = await this.round(roundId);
    await this.access.require(actor, { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' });
    const query = this.dataSource
      .getRepository(ScoreEntity)
      .createQueryBuilder('s')
      .innerJoin('app_user', 'u', 'u.id = s.evaluator_id')
      .addSelect('u.display_name', 'evaluator_name')
      .where('s.round_id = :roundId', { roundId });
    if (round.status !== 'revealed') query.andWhere('s.evaluator_id = :me', { me: actor.id });
    const { entities, raw } = await query
      .orderBy('s.candidate_id')
      .addOrderBy('s.criterion_id')
      .addOrderBy('s.evaluator_id')
      .getRawAndEntities<{ evaluator_name: string }>();
    return entities.map((entity, i) => scoreView(entity, raw[i].evaluator_name));
  }

  /**
   * As an evaluator (their own memberships): the open rounds of open evaluations, each with the
   * person's own progress counted as `progress` counts it (never anyone else's); one query.
   */
  async mine(actor: RequestActor): Promise<MyScoringRound[]> {
    const ids = await this.access.evaluationsAs(actor, EvaluationRole.Evaluator);
    if (ids.length === 0) return [];
    const rows: {
      id: string;
      evaluation_id: string;
      title: string;
      number: number;
      scored: number;
      expected: number;
    }[] = await this.dataSource.query(
      `SELECT r.id, r.evaluation_id, e.title, r.number,
                (SELECT count(*) FROM score s WHERE s.round_id = r.id AND s.evaluator_id = $2 AND s.value IS NOT NULL)::int AS scored,
                ((SELECT count(*) FROM criterion c WHERE c.rubric_version_id = r.rubric_version_id AND c.parent_id IS NOT NULL)
                  * cardinality(r.candidate_ids))::int AS expected
           FROM scoring_round r JOIN evaluation e ON e.id = r.evaluation_id
          WHERE r.evaluation_id = ANY($1::uuid[]) AND r.status = 'open' AND e.status NOT IN ('cancelled', 'decided')
          ORDER BY r.opened_at, r.id`,
      [ids, actor.id],
    );
    return rows.map((row) =>
      Object.assign(new MyScoringRound(), {
        roundId: row.id,
        evaluationId: row.evaluation_id,
        evaluationTitle: row.title,
        number: row.number,
        scored: row.scored,
        expected: row.expected,
      }),
    );
  }

  /** Counts per evaluator, for the lead to follow progress; never values. Own count only for others. */
  async progress(actor: RequestActor, roundId: string): Promise<ScoringProgress[]> {
    const round = await this.round(roundId);
    await this.access.require(actor, { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' });
    const lead = await this.access.holds(actor, round.evaluationId, EvaluationRole.Lead);
    const rows: { evaluator_id: string; display_name: string; scored: number }[] = await this.dataSource.query(
      `SELECT m.user_id AS evaluator_id, u.display_name,
              (SELECT count(*) FROM score s WHERE s.round_id = $1 AND s.evaluator_id = m.user_id AND s.value IS NOT NULL)::int AS scored
         FROM evaluation_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.evaluation_id = $2 AND m.role = 'evaluator' ORDER BY lower(u.display_name)`,
      [round.id, round.evaluationId],
    );
    const [criteria]: { n: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM criterion WHERE rubric_version_id = $1 AND parent_id IS NOT NULL',
      [round.rubricVersionId],
    );
    const expected = criteria.n * round.candidateIds.length;
    return rows
      .filter((row) => lead || row.evaluator_id === actor.id)
      .map((row) => ({ evaluatorId: row.evaluator_id, evaluatorName: row.display_name, scored: row.scored, expected }));
  }

  async consensus(actor: RequestActor, roundId: string): Promise<ConsensusScore[]> {
    const round = await this.round(roundId);
    await this.access.require(actor, { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' });
    if (round.status !== 'revealed') return [];
    return (await this.dataSource.getRepository(ConsensusScoreEntity).findBy({ roundId })).map((c) => ({
      candidateId: c.candidateId,
      criterionId: c.criterionId,
      value: c.value,
      note: c.note,
      setAt: c.setAt,
    }));
  }

  async setConsensus(actor: RequestActor, input: ConsensusInput): Promise<ConsensusScore> {
    const round = await this.round(input.roundId);
    await this.access.require(actor, { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' }, Lead);
    if (round.status === 'open') throw conflict('A consensus is set after the round is revealed.');
    await this.scoredCell(round, input.candidateId, input.criterionId, input.value);
    const note = input.note.trim();
    const cell = [round.id, input.candidateId, input.criterionId];
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockRoundForWrites(manager, round.id);
      if (current.status !== 'revealed') throw conflict('A consensus is set after the round is revealed.');
      // Lock the cell's row (or create it) so that the record's "before" is the value this one replaces.
      const [inserted]: unknown[] = await manager.query(
        `INSERT INTO consensus_score (round_id, candidate_id, criterion_id, value, note, set_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (round_id, candidate_id, criterion_id) DO NOTHING RETURNING round_id`,
        [...cell, input.value, note, actor.id],
      );
      let before: { value: number; note: string } | null = null;
      if (!inserted) {
        const [locked]: { value: string; note: string }[] = await manager.query(
          'SELECT value, note FROM consensus_score WHERE round_id = $1 AND candidate_id = $2 AND criterion_id = $3 FOR UPDATE',
          cell,
        );
        before = { value: Number(locked.value), note: locked.note };
        await manager.query(
          'UPDATE consensus_score SET value = $4, note = $5, set_by = $6, set_at = now() WHERE round_id = $1 AND candidate_id = $2 AND criterion_id = $3',
          [...cell, input.value, note, actor.id],
        );
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'scoring_round',
        objectId: round.id,
        evaluationId: round.evaluationId,
        action: 'consensus_set',
        before,
        after: { candidateId: input.candidateId, criterionId: input.criterionId, value: input.value, note },
      });
      const saved = (await manager
        .getRepository(ConsensusScoreEntity)
        .findOneBy({ roundId: round.id, candidateId: input.candidateId, criterionId: input.criterionId }))!;
      return {
        candidateId: saved.candidateId,
        criterionId: saved.criterionId,
        value: saved.value,
        note: saved.note,
        setAt: saved.setAt,
      };
    });
  }

  /**
   * Locks a round and its evaluation against a concurrent close, reveal or status move for the
   * rest of the transaction (shared: saves do not wait for each other), and refuses writes once the
   * evaluation has left scoring or the round is closed.
   */
  private async lockRoundForWrites(
    manager: EntityManager,
    roundId: string,
  ): Promise<{ status: ScoringRoundEntity['status']; number: number }> {
    const [row]: { status: ScoringRoundEntity['status']; number: number; evaluation_status: string }[] =
      await manager.query(
        'SELECT r.status, r.number, e.status AS evaluation_status FROM scoring_round r JOIN evaluation e ON e.id = r.evaluation_id WHERE r.id = $1 FOR SHARE',
        [roundId],
      );
    if (!row) throw notFound('The scoring round');
    if (row.evaluation_status !== 'scoring') {
      throw conflict(
        `The evaluation has left scoring (it is in ${row.evaluation_status}): its rounds accept no more scores or consensus.`,
      );
    }
    if (row.status === 'closed') throw conflict(`Round ${row.number} is closed: it accepts no more scores.`);
    return row;
  }

  /**
   * The criterion a score or consensus is for, once the cell is part of the round: a candidate of
   * the round, a criterion (not a category) of its rubric, and a value on the rubric's scale.
   */
  private async scoredCell(
    round: ScoringRoundEntity,
    candidateId: string,
    criterionId: string,
    value: number | null,
  ): Promise<CriterionEntity> {
    if (!round.candidateIds.includes(candidateId))
      throw badInput('That candidate is not scored in this round.', [
        { field: 'candidateId', problems: ['Not in this round.'] },
      ]);
    const rubric = (await this.dataSource.getRepository(RubricVersionEntity).findOneBy({ id: round.rubricVersionId }))!;
    const criterion = await this.dataSource
      .getRepository(CriterionEntity)
      .findOneBy({ id: criterionId, rubricVersionId: rubric.id });
    if (!criterion?.parentId)
      throw badInput('That is not a criterion of this round’s rubric.', [
        { field: 'criterionId', problems: ['Choose a criterion (not a category) of this rubric.'] },
      ]);
    if (value !== null && (value < rubric.scaleMin || value > rubric.scaleMax)) {
      throw badInput(`Scores go from ${rubric.scaleMin} to ${rubric.scaleMax}.`, [
        { field: 'value', problems: [`Between ${rubric.scaleMin} and ${rubric.scaleMax}.`] },
      ]);
    }
    return criterion;
  }

  async round(id: string): Promise<ScoringRoundEntity> {
    const round = await this.dataSource.getRepository(ScoringRoundEntity).findOneBy({ id });
    if (!round) throw notFound('The scoring round');
    return round;
  }

  /** For features that must refuse derived data before the reveal (ranking, agreement, exports). */
  assertRevealed(round: ScoringRoundEntity): void {
    if (round.status === 'open')
      throw forbidden(`Round ${round.number} is still blind: results are shown once the lead reveals it.`);
    if (round.status === 'closed')
      throw forbidden(`Round ${round.number} was closed without being revealed: its scores stay blind.`);
  }
}

/**
 * The SET list that merges a save into a score row: parameters $n (value), $n+1 (comment, null to
 * keep), $n+2 (evidence link) and $n+3 (true to keep the link).
 */
function scoreMerge(n: number): string {
  return `value = $${n}, comment = coalesce($${n + 1}, s.comment), evidence_url = CASE WHEN $${n + 3}::boolean THEN s.evidence_url ELSE $${n + 2} END, updated_at = now(), version = s.version + 1`;
}

function roundView(row: ScoringRoundEntity): ScoringRound {
  return {
    id: row.id,
    evaluationId: row.evaluationId,
    rubricVersionId: row.rubricVersionId,
    number: row.number,
    status: row.status,
    candidateIds: row.candidateIds,
    openedAt: row.openedAt,
    revealedAt: row.revealedAt,
    version: row.version,
  };
}

function scoreView(row: ScoreEntity, evaluatorName: string): Score {
  return {
    id: row.id,
    roundId: row.roundId,
    evaluatorId: row.evaluatorId,
    evaluatorName,
    candidateId: row.candidateId,
    criterionId: row.criterionId,
    value: row.value,
    comment: row.comment,
    evidenceUrl: row.evidenceUrl,
    updatedAt: row.updatedAt,
  };
}
