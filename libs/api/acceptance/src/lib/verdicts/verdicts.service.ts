import {
  AccessPolicy,
  AuditService,
  badInput,
  conflict,
  EditTarget,
  forbidden,
  lockOpenEvaluation,
  notFound,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import {
  AcceptanceCriteriaEntity,
  AcceptanceWaiverEntity,
  RequirementPriority,
  RequirementVerificationEntity,
  TestResultStatus,
} from '@assay/api/data';
import {
  AcceptanceCriteriaField,
  acceptanceCriteriaErrors,
  AcceptanceDefect,
  acceptanceFingerprint,
  AcceptanceInput,
  AcceptanceRequirement,
  AcceptanceResult,
  AcceptanceWaiver,
  DEFAULT_ACCEPTANCE_CRITERIA,
  EvaluationRole,
  OPEN_DEFECT_STATUSES,
  RequirementEvidence,
  requirementEvidenceOf,
  VerificationMethod,
  VerificationOutcome,
  verdictOfEvidence,
  waiverAgreementError,
  WaiverState,
  withDefaultCriteria,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { latestResultsSql, latestVerificationsSql, linkedCasesSql } from '../evidence/evidence.sql';
import {
  ProposeWaiverInput,
  RecordVerificationInput,
  SetAcceptanceCriteriaInput,
  WaiverDecisionInput,
} from './verdicts.inputs';
import { AcceptanceCriteria, CandidateAcceptance, RequirementVerification, Waiver } from './verdicts.types';

const { Lead, Tester, Director } = EvaluationRole;

const CRITERIA_FIELDS: readonly AcceptanceCriteriaField[] = [
  'mandatoryVerified',
  'passRateThreshold',
  'noOpenCriticalDefects',
  'noOpenMajorDefects',
  'minShouldCoverage',
];

const CRITERIA: EditTarget<AcceptanceCriteriaEntity> = {
  entity: AcceptanceCriteriaEntity,
  objectType: 'acceptance_criteria',
  missing: 'The evaluation',
  describe: () => 'The acceptance criteria',
  refused: 'The percentages of the acceptance criteria must be between 0 and 100.',
};

const WAIVER: EditTarget<AcceptanceWaiverEntity> = {
  entity: AcceptanceWaiverEntity,
  objectType: 'waiver',
  missing: 'The waiver',
  describe: () => 'The waiver',
};

const NO_CASES = { cases: 0, passed: 0, failed: 0 };

/** A verdict with the fingerprint of the evidence behind it (libs/domain acceptanceFingerprint). */
export type FingerprintedAcceptance = Omit<AcceptanceResult, 'requirements'> & {
  requirements: (AcceptanceResult['requirements'][number] & {
    code: string;
    title: string;
    verifiedByTest: boolean;
  })[];
  /** The latest result of each case run against the candidate, for links from the reasons. */
  cases: { caseId: string; key: string; runId: string; resultId: string; status: TestResultStatus }[];
  fingerprint: string;
};

export interface CandidateRow {
  id: string;
  evaluation_id: string;
}

interface RequirementRow {
  id: string;
  evaluation_id: string;
  code: string;
  /** Read for the verdict's evidence only. */
  title?: string;
  priority: RequirementPriority;
  mandatory: boolean;
  verification_method: VerificationMethod;
  status: string;
}

/**
 * The acceptance verdict per candidate and what it is computed from besides test results: the
 * evaluation's criteria, recorded verifications of requirements that are not tested, and waivers.
 *
 * Every member of the evaluation reads all of it; leads (and administrators) change the criteria
 * and propose waivers, leads and testers record verifications, and a director who did not propose
 * a waiver agrees to it or rejects it. Someone outside the evaluation is told the evaluation (or the
 * candidate, or the waiver) was not found, as for an id that does not exist. Cancelled and decided
 * evaluations refuse every change.
 */
@Injectable()
export class VerdictsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
  ) {}

  // ---- criteria -------------------------------------------------------------------------

  async criteria(actor: RequestActor, evaluationId: string): Promise<AcceptanceCriteria> {
    await this.access.require(actor, evaluationId);
    return this.criteriaOne(this.dataSource.manager, evaluationId);
  }

  async setCriteria(actor: RequestActor, input: SetAcceptanceCriteriaInput): Promise<AcceptanceCriteria> {
    await this.access.require(actor, input.evaluationId, Lead);
    const changes: Partial<Record<AcceptanceCriteriaField, unknown>> = {};
    for (const field of CRITERIA_FIELDS) if (input[field] !== undefined) changes[field] = input[field];
    const errors = acceptanceCriteriaErrors(changes);
    if (errors.length > 0) {
      throw badInput(
        errors.map((e) => e.message).join(' '),
        errors.map((e) => ({ field: e.field, problems: [e.message] })),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, input.evaluationId, 'its acceptance criteria');
      const row = await manager
        .getRepository(AcceptanceCriteriaEntity)
        .findOne({ where: { id: input.evaluationId }, lock: { mode: 'pessimistic_write' } });
      if (!row) {
        // Nobody has changed the defaults yet: they read as version 0.
        if (input.version !== 0) {
          throw conflict('The acceptance criteria are not the ones you read: reload them and try again.');
        }
        const values = { ...withDefaultCriteria(changes as never), id: input.evaluationId, updatedBy: actor.id };
        await this.edit.create(manager, actor, CRITERIA, values, () => pickCriteria(values), {
          evaluationId: input.evaluationId,
        });
      } else {
        await this.edit.assertVersion(manager, CRITERIA, row, input.version);
        await this.edit.update(manager, actor, CRITERIA, row, changes as never, CRITERIA_FIELDS, {
          evaluationId: input.evaluationId,
          check: (changed) => {
            changed.updatedBy = actor.id;
          },
        });
      }
      return this.criteriaOne(manager, input.evaluationId);
    });
  }

  // ---- recorded verifications --------------------------------------------------------------

  async recordVerification(actor: RequestActor, input: RecordVerificationInput): Promise<RequirementVerification> {
    const candidate = await this.candidate(actor, input.candidateId, Lead, Tester);
    const requirement = await this.requirementOf(candidate, input.requirementId);
    if (requirement.verification_method === 'test') {
      throw badInput(
        `${requirement.code} is verified by a test: record the result of its test case in a run instead.`,
        [
          {
            field: 'requirementId',
            problems: [
              'Choose a requirement verified by demonstration, inspection, vendor statement or reference check.',
            ],
          },
        ],
      );
    }
    const note = input.note?.trim() ?? '';
    const id = await this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, candidate.evaluation_id, 'its verifications');
      const saved = await manager.getRepository(RequirementVerificationEntity).save(
        manager.create(RequirementVerificationEntity, {
          candidateId: candidate.id,
          requirementId: requirement.id,
          outcome: input.outcome,
          note,
          recordedBy: actor.id,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'requirement_verification',
        objectId: saved.id,
        evaluationId: candidate.evaluation_id,
        action: 'verification_recorded',
        after: { candidateId: candidate.id, requirementId: requirement.id, outcome: input.outcome, note },
      });
      return saved.id;
    });
    const [saved] = await this.verificationRows(this.dataSource.manager, 'v.id = $1', [id]);
    return saved;
  }

  /** Every recorded verification of the candidate, newest first per requirement (by code). */
  async verifications(actor: RequestActor, candidateId: string): Promise<RequirementVerification[]> {
    await this.candidate(actor, candidateId);
    return this.verificationRows(this.dataSource.manager, 'v.candidate_id = $1', [candidateId]);
  }

  // ---- waivers -----------------------------------------------------------------------------

  async proposeWaiver(actor: RequestActor, input: ProposeWaiverInput): Promise<Waiver> {
    const candidate = await this.candidate(actor, input.candidateId, Lead);
    const requirement = await this.requirementOf(candidate, input.requirementId);
    const rationale = input.rationale.trim();
    if (!rationale) {
      throw badInput('Say why the candidate may be accepted without this requirement.', [
        { field: 'rationale', problems: ['Required.'] },
      ]);
    }
    const evidence = await this.evidence(this.dataSource.manager, [candidate]);
    if (
      evidence.get(candidate.id)?.requirements.find((r) => r.requirementId === requirement.id)?.state === 'verified'
    ) {
      throw badInput(`${requirement.code} is verified for this candidate: there is nothing to waive.`, [
        { field: 'requirementId', problems: ['Choose a requirement that failed or is not verified.'] },
      ]);
    }
    const id = await this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, candidate.evaluation_id, 'its waivers');
      const live = await manager.getRepository(AcceptanceWaiverEntity).findOne({
        where: [
          { candidateId: candidate.id, requirementId: requirement.id, state: 'proposed' },
          { candidateId: candidate.id, requirementId: requirement.id, state: 'agreed' },
        ],
      });
      if (live) throw conflict(`A waiver for ${requirement.code} is already ${live.state} for this candidate.`);
      const saved = await this.edit.save(
        manager,
        WAIVER,
        manager.create(AcceptanceWaiverEntity, {
          candidateId: candidate.id,
          requirementId: requirement.id,
          rationale,
          state: 'proposed',
          proposedBy: actor.id,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'waiver',
        objectId: saved.id,
        evaluationId: candidate.evaluation_id,
        action: 'proposed',
        after: { candidateId: candidate.id, requirementId: requirement.id, rationale, state: 'proposed' },
      });
      return saved.id;
    });
    return this.waiverView(id);
  }

  async agreeToWaiver(actor: RequestActor, input: WaiverDecisionInput): Promise<Waiver> {
    return this.decide(actor, input, 'agreed');
  }

  async rejectWaiver(actor: RequestActor, input: WaiverDecisionInput): Promise<Waiver> {
    return this.decide(actor, input, 'rejected');
  }

  /** The proposer or a lead takes back a proposed or agreed waiver; the verdict no longer counts it. */
  async withdrawWaiver(actor: RequestActor, input: WaiverDecisionInput): Promise<Waiver> {
    const { waiver, candidate } = await this.waiverFor(actor, input.id);
    if (waiver.proposedBy !== actor.id && !(await this.access.holds(actor, candidate.evaluation_id, Lead))) {
      throw forbidden('Only a lead or the person who proposed it may withdraw a waiver.');
    }
    return this.change(actor, input, candidate, 'withdrawn', (row) => {
      if (row.state !== 'proposed' && row.state !== 'agreed') {
        throw conflict(`This waiver was ${row.state}; only a proposed or agreed waiver can be withdrawn.`);
      }
    });
  }

  async waivers(actor: RequestActor, candidateId: string): Promise<Waiver[]> {
    await this.candidate(actor, candidateId);
    return this.waiverRows(this.dataSource.manager, 'w.candidate_id = $1', [candidateId]);
  }

  // ---- the verdict -------------------------------------------------------------------------

  /** The verdict of each candidate asked for (batched: the same few queries for any number). */
  async acceptanceOf(actor: RequestActor, candidateIds: readonly string[]): Promise<(CandidateAcceptance | Error)[]> {
    const rows: CandidateRow[] = await this.dataSource.query(
      'SELECT id, evaluation_id FROM candidate WHERE id = ANY($1::uuid[])',
      [[...new Set(candidateIds)]],
    );
    const readable: CandidateRow[] = [];
    for (const row of rows) {
      if (await this.access.holds(actor, row.evaluation_id)) readable.push(row);
    }
    const results = await this.evidence(this.dataSource.manager, readable);
    return candidateIds.map((id) => results.get(id) ?? notFound('The candidate'));
  }

  /** The open defects found on each of the candidates (in triage, open, in progress or fixed but not yet verified). */
  private async openDefectsOf(
    manager: EntityManager,
    candidateIds: readonly string[],
  ): Promise<Map<string, AcceptanceDefect[]>> {
    const rows: (AcceptanceDefect & { candidate_id: string })[] = await manager.query(
      `SELECT id, candidate_id, severity, status FROM defect WHERE candidate_id = ANY($1) AND status = ANY($2)`,
      [candidateIds, OPEN_DEFECT_STATUSES],
    );
    const byCandidate = new Map<string, AcceptanceDefect[]>();
    for (const { candidate_id, ...defect } of rows) {
      byCandidate.set(candidate_id, [...(byCandidate.get(candidate_id) ?? []), defect]);
    }
    return byCandidate;
  }

  /**
   * The verdict of each candidate, from its evaluation's approved requirements and criteria, with
   * the fingerprint of the evidence it was computed from (what a sign-off records). The caller has
   * checked that the actor may read the candidates.
   */
  async evidence(
    manager: EntityManager,
    candidates: readonly CandidateRow[],
  ): Promise<Map<string, FingerprintedAcceptance>> {
    const found = new Map<string, FingerprintedAcceptance>();
    if (candidates.length === 0) return found;
    const candidateIds = candidates.map((c) => c.id);
    const evaluationIds = [...new Set(candidates.map((c) => c.evaluation_id))];
    const openDefects = await this.openDefectsOf(manager, candidateIds);
    const requirementRows: RequirementRow[] = await manager.query(
      `SELECT id, evaluation_id, code, title, priority, mandatory, verification_method, status
         FROM requirement WHERE evaluation_id = ANY($1::uuid[]) AND status = 'approved' ORDER BY code`,
      [evaluationIds],
    );
    // Aggregated in the database (evidence.sql): per candidate and tested requirement, how its
    // linked cases' latest results went and the cases behind its state (a linked case never run
    // against the candidate counts as not run); per candidate, its executed results for the pass
    // rate. requirementEvidenceOf applies the same rule to these counts as to each case.
    const aggregates: {
      kind: 'requirement' | 'candidate';
      candidate_id: string;
      requirement_id: string | null;
      cases: number;
      passed: number;
      failed: number;
      failed_ids: string[] | null;
      passed_ids: string[] | null;
      open_ids: string[] | null;
    }[] = await manager.query(
      `WITH cand AS (SELECT id, evaluation_id FROM candidate WHERE id = ANY($1::uuid[])),
       req AS (
         SELECT id, evaluation_id FROM requirement
          WHERE evaluation_id = ANY($2::uuid[]) AND status = 'approved' AND verification_method = 'test'
       ),
       latest AS (${latestResultsSql('$1')}),
       linked AS (
         SELECT l.requirement_id, cand.id AS candidate_id, l.case_id, latest.status
           FROM (${linkedCasesSql('SELECT id FROM req')}) l
           JOIN req ON req.id = l.requirement_id
           JOIN cand ON cand.evaluation_id = req.evaluation_id
           LEFT JOIN latest ON latest.candidate_id = cand.id AND latest.case_id = l.case_id
       )
       SELECT 'requirement' AS kind, candidate_id, requirement_id, count(*)::int AS cases,
              (count(*) FILTER (WHERE status = 'passed'))::int AS passed,
              (count(*) FILTER (WHERE status = 'failed'))::int AS failed,
              array_agg(case_id::text ORDER BY case_id) FILTER (WHERE status = 'failed') AS failed_ids,
              CASE WHEN count(*) FILTER (WHERE status = 'failed') = 0
                   THEN array_agg(case_id::text ORDER BY case_id) FILTER (WHERE status = 'passed') END AS passed_ids,
              CASE WHEN count(*) FILTER (WHERE status IN ('passed', 'failed')) = 0
                   THEN array_agg(case_id::text ORDER BY case_id) END AS open_ids
         FROM linked GROUP BY candidate_id, requirement_id
       UNION ALL
       SELECT 'candidate', candidate_id, NULL,
              (count(*) FILTER (WHERE status NOT IN ('passed', 'failed')))::int,
              (count(*) FILTER (WHERE status = 'passed'))::int,
              (count(*) FILTER (WHERE status = 'failed'))::int,
              array_agg(case_id::text ORDER BY case_id) FILTER (WHERE status = 'failed'), NULL, NULL
         FROM latest GROUP BY candidate_id`,
      [candidateIds, evaluationIds],
    );
    const linked = new Map<string, (typeof aggregates)[number]>();
    const executed = new Map<string, (typeof aggregates)[number]>();
    for (const row of aggregates) {
      if (row.kind === 'candidate') executed.set(row.candidate_id, row);
      else linked.set(`${row.candidate_id}:${row.requirement_id}`, row);
    }
    const verificationRows: { candidate_id: string; requirement_id: string; outcome: VerificationOutcome }[] =
      await manager.query(latestVerificationsSql('$1'), [candidateIds]);
    const verified = new Map(verificationRows.map((v) => [`${v.candidate_id}:${v.requirement_id}`, v.outcome]));
    // The latest result of each case against each candidate, one row per case: what a sign-off's
    // fingerprint records (ids and versions) and what the reasons link to.
    const resultRows: {
      candidate_id: string;
      case_id: string;
      result_id: string;
      run_id: string;
      case_key: string;
      version: number;
      status: TestResultStatus;
      requirement_ids: string[] | null;
    }[] = await manager.query(
      `SELECT latest.candidate_id, latest.case_id, latest.result_id, latest.run_id, latest.case_key, latest.version,
              latest.status,
              (SELECT array_agg(l.requirement_id::text ORDER BY l.requirement_id)
                 FROM test_case_requirement l WHERE l.case_id = latest.case_id) AS requirement_ids
         FROM (SELECT DISTINCT ON (run.candidate_id, r.case_id) run.candidate_id, r.case_id, r.id AS result_id,
                      r.run_id, c.key AS case_key, r.version, r.status
                 FROM test_result r
                 JOIN test_run run ON run.id = r.run_id
                 JOIN test_case c ON c.id = r.case_id
                WHERE run.candidate_id = ANY($1::uuid[]) AND c.archived_at IS NULL
                ORDER BY run.candidate_id, r.case_id, r.executed_at DESC NULLS LAST, run.created_at DESC, r.id) latest`,
      [candidateIds],
    );
    const verificationLog: {
      id: string;
      candidate_id: string;
      requirement_id: string;
      outcome: VerificationOutcome;
      recorded_at: Date;
    }[] = await manager.query(
      `SELECT id, candidate_id, requirement_id, outcome, recorded_at FROM requirement_verification
        WHERE candidate_id = ANY($1::uuid[]) ORDER BY recorded_at, id`,
      [candidateIds],
    );
    const waiverRows: {
      id: string;
      candidate_id: string;
      requirement_id: string;
      state: WaiverState;
      version: number;
    }[] = await manager.query(
      `SELECT id, candidate_id, requirement_id, state, version FROM acceptance_waiver
          WHERE candidate_id = ANY($1::uuid[]) AND state = 'agreed'`,
      [candidateIds],
    );
    const criteria = await this.criteriaOf(manager, evaluationIds);
    for (const candidate of candidates) {
      const requirements: AcceptanceRequirement[] = requirementRows
        .filter((r) => r.evaluation_id === candidate.evaluation_id)
        .map((r) => ({
          id: r.id,
          code: r.code,
          priority: r.priority,
          mandatory: r.mandatory,
          verificationMethod: r.verification_method,
        }));
      const evidence = new Map<string, RequirementEvidence>();
      for (const requirement of requirements) {
        const key = `${candidate.id}:${requirement.id}`;
        const row = linked.get(key);
        evidence.set(
          requirement.id,
          requirementEvidenceOf(requirement.verificationMethod, row ?? NO_CASES, verified.get(key) ?? null, {
            failed: row?.failed_ids ?? [],
            passed: row?.passed_ids,
            open: row?.open_ids,
          }),
        );
      }
      const counted = executed.get(candidate.id);
      const waivers: AcceptanceWaiver[] = waiverRows
        .filter((w) => w.candidate_id === candidate.id)
        .map((w) => ({ id: w.id, requirementId: w.requirement_id, state: w.state, version: w.version }));
      const defects = openDefects.get(candidate.id) ?? [];
      const chosen = pickCriteria(criteria.get(candidate.evaluation_id) as AcceptanceCriteria);
      const result = verdictOfEvidence({
        requirements,
        evidence,
        results: {
          passed: counted?.passed ?? 0,
          failedCaseIds: counted?.failed_ids ?? [],
          notRun: counted?.cases ?? 0,
        },
        waivers,
        defects,
        criteria: chosen,
      });
      // What the verdict was computed from, case by case, for the fingerprint a sign-off keeps.
      const input: AcceptanceInput = {
        requirements,
        results: resultRows
          .filter((r) => r.candidate_id === candidate.id)
          .map((r) => ({
            caseId: r.case_id,
            resultId: r.result_id,
            version: r.version,
            status: r.status,
            requirementIds: r.requirement_ids ?? [],
          })),
        verifications: verificationLog
          .filter((v) => v.candidate_id === candidate.id)
          .map((v) => ({ id: v.id, requirementId: v.requirement_id, outcome: v.outcome, recordedAt: v.recorded_at })),
        waivers,
        defects,
        criteria: chosen,
      };
      const codes = new Map(requirementRows.map((r) => [r.id, r]));
      found.set(candidate.id, {
        ...result,
        requirements: result.requirements.map((r) => ({
          ...r,
          code: codes.get(r.requirementId)?.code ?? '',
          title: codes.get(r.requirementId)?.title ?? '',
          verifiedByTest: (codes.get(r.requirementId)?.verification_method ?? 'test') === 'test',
        })),
        cases: resultRows
          .filter((r) => r.candidate_id === candidate.id)
          .map((r) => ({
            caseId: r.case_id,
            key: r.case_key,
            runId: r.run_id,
            resultId: r.result_id,
            status: r.status,
          })),
        fingerprint: acceptanceFingerprint(input, result),
      });
    }
    return found;
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** The candidate, if the actor holds one of `roles` (any member with none); NOT_FOUND as for a missing id otherwise. */
  private async candidate(actor: RequestActor, candidateId: string, ...roles: EvaluationRole[]): Promise<CandidateRow> {
    const [row]: CandidateRow[] = await this.dataSource.query('SELECT id, evaluation_id FROM candidate WHERE id = $1', [
      candidateId,
    ]);
    if (!row) throw notFound('The candidate');
    await this.access.require(actor, { evaluationId: row.evaluation_id, hiddenAs: 'The candidate' }, ...roles);
    return row;
  }

  /** An approved requirement of the candidate's evaluation; NOT_FOUND for one of another evaluation. */
  private async requirementOf(candidate: CandidateRow, requirementId: string): Promise<RequirementRow> {
    const [row]: RequirementRow[] = await this.dataSource.query(
      `SELECT id, evaluation_id, code, priority, mandatory, verification_method, status FROM requirement WHERE id = $1`,
      [requirementId],
    );
    if (!row || row.evaluation_id !== candidate.evaluation_id) throw notFound('The requirement');
    if (row.status !== 'approved') {
      throw badInput(`${row.code} is ${row.status}: only approved requirements count for acceptance.`, [
        { field: 'requirementId', problems: ['Choose an approved requirement.'] },
      ]);
    }
    return row;
  }

  private async criteriaOne(manager: EntityManager, evaluationId: string): Promise<AcceptanceCriteria> {
    return (await this.criteriaOf(manager, [evaluationId])).get(evaluationId) as AcceptanceCriteria;
  }

  private async criteriaOf(
    manager: EntityManager,
    evaluationIds: readonly string[],
  ): Promise<Map<string, AcceptanceCriteria>> {
    const rows: (AcceptanceCriteriaEntity & { updatedByName: string | null })[] = await manager.query(
      `SELECT a.evaluation_id AS id, a.mandatory_verified AS "mandatoryVerified",
              a.pass_rate_threshold::float8 AS "passRateThreshold",
              a.no_open_critical_defects AS "noOpenCriticalDefects", a.no_open_major_defects AS "noOpenMajorDefects",
              a.min_should_coverage::float8 AS "minShouldCoverage", a.version, a.updated_at AS "updatedAt",
              u.display_name AS "updatedByName"
         FROM acceptance_criteria a LEFT JOIN app_user u ON u.id = a.updated_by
        WHERE a.evaluation_id = ANY($1::uuid[])`,
      [[...evaluationIds]],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return new Map(
      evaluationIds.map((id) => {
        const row = byId.get(id);
        const view: AcceptanceCriteria = row
          ? {
              evaluationId: id,
              ...pickCriteria(row),
              isDefault: false,
              version: row.version,
              updatedAt: row.updatedAt,
              updatedByName: row.updatedByName,
            }
          : {
              evaluationId: id,
              ...DEFAULT_ACCEPTANCE_CRITERIA,
              isDefault: true,
              version: 0,
              updatedAt: null,
              updatedByName: null,
            };
        return [id, view];
      }),
    );
  }

  private async verificationRows(
    manager: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<RequirementVerification[]> {
    const rows: {
      id: string;
      candidate_id: string;
      requirement_id: string;
      code: string;
      outcome: VerificationOutcome;
      note: string;
      recorded_by_name: string | null;
      recorded_at: Date;
      current: boolean;
    }[] = await manager.query(
      `SELECT v.id, v.candidate_id, v.requirement_id, q.code, v.outcome, v.note, u.display_name AS recorded_by_name,
              v.recorded_at,
              row_number() OVER (PARTITION BY v.candidate_id, v.requirement_id ORDER BY v.recorded_at DESC, v.id DESC) = 1 AS current
         FROM requirement_verification v
         JOIN requirement q ON q.id = v.requirement_id
         LEFT JOIN app_user u ON u.id = v.recorded_by
        WHERE ${where}
        ORDER BY q.code, v.recorded_at DESC, v.id DESC`,
      params,
    );
    return rows.map((row) =>
      Object.assign(new RequirementVerification(), {
        id: row.id,
        candidateId: row.candidate_id,
        requirementId: row.requirement_id,
        requirementCode: row.code,
        outcome: row.outcome,
        note: row.note,
        recordedByName: row.recorded_by_name,
        recordedAt: row.recorded_at,
        current: row.current,
      }),
    );
  }

  private async waiverRows(manager: EntityManager, where: string, params: unknown[]): Promise<Waiver[]> {
    const rows: {
      id: string;
      candidate_id: string;
      requirement_id: string;
      code: string;
      rationale: string;
      state: WaiverState;
      proposed_by: string | null;
      proposed_by_name: string | null;
      created_at: Date;
      decided_by_name: string | null;
      decided_at: Date | null;
      decision_comment: string | null;
      version: number;
    }[] = await manager.query(
      `SELECT w.id, w.candidate_id, w.requirement_id, q.code, w.rationale, w.state, w.proposed_by,
              p.display_name AS proposed_by_name, w.created_at, d.display_name AS decided_by_name, w.decided_at,
              w.decision_comment, w.version
         FROM acceptance_waiver w
         JOIN requirement q ON q.id = w.requirement_id
         LEFT JOIN app_user p ON p.id = w.proposed_by
         LEFT JOIN app_user d ON d.id = w.decided_by
        WHERE ${where}
        ORDER BY w.created_at DESC, w.id`,
      params,
    );
    return rows.map((row) =>
      Object.assign(new Waiver(), {
        id: row.id,
        candidateId: row.candidate_id,
        requirementId: row.requirement_id,
        requirementCode: row.code,
        rationale: row.rationale,
        state: row.state,
        proposedById: row.proposed_by,
        proposedByName: row.proposed_by_name,
        proposedAt: row.created_at,
        decidedByName: row.decided_by_name,
        decidedAt: row.decided_at,
        decisionComment: row.decision_comment,
        version: row.version,
      }),
    );
  }

  private async waiverView(id: string): Promise<Waiver> {
    return (await this.waiverRows(this.dataSource.manager, 'w.id = $1', [id]))[0];
  }

  /** The waiver and its candidate, for a member of the evaluation; NOT_FOUND as for a missing id otherwise. */
  private async waiverFor(
    actor: RequestActor,
    waiverId: string,
  ): Promise<{ waiver: AcceptanceWaiverEntity; candidate: CandidateRow }> {
    const waiver = await this.dataSource.getRepository(AcceptanceWaiverEntity).findOneBy({ id: waiverId });
    if (!waiver) throw notFound('The waiver');
    const [candidate]: CandidateRow[] = await this.dataSource.query(
      'SELECT id, evaluation_id FROM candidate WHERE id = $1',
      [waiver.candidateId],
    );
    await this.access.require(actor, { evaluationId: candidate.evaluation_id, hiddenAs: 'The waiver' });
    return { waiver, candidate };
  }

  /** A director's agreement or rejection: never by the proposer (waiverAgreementError). */
  private async decide(actor: RequestActor, input: WaiverDecisionInput, to: 'agreed' | 'rejected'): Promise<Waiver> {
    const { candidate } = await this.waiverFor(actor, input.id);
    const director = (await this.access.rolesOf(actor, candidate.evaluation_id)).includes(Director);
    const says = (message: string) =>
      to === 'agreed' ? message : message.replace('agree to', 'reject').replace('be agreed to', 'be rejected');
    return this.change(actor, input, candidate, to, (row) => {
      const error = waiverAgreementError(actor.id, row, director);
      if (!error) return;
      const theirs = !director || (row.proposedBy !== null && row.proposedBy === actor.id);
      throw theirs ? forbidden(says(error)) : conflict(says(error));
    });
  }

  private async change(
    actor: RequestActor,
    input: WaiverDecisionInput,
    candidate: CandidateRow,
    to: WaiverState,
    rule: (row: AcceptanceWaiverEntity) => void,
  ): Promise<Waiver> {
    const comment = input.comment?.trim() || null;
    await this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, candidate.evaluation_id, 'its waivers');
      const row = await this.edit.lock(manager, WAIVER, input.id);
      rule(row);
      await this.edit.assertVersion(manager, WAIVER, row, input.version);
      const before = { state: row.state };
      row.state = to;
      row.decidedBy = actor.id;
      row.decidedAt = new Date();
      row.decisionComment = comment;
      await this.edit.save(manager, WAIVER, row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'waiver',
        objectId: row.id,
        evaluationId: candidate.evaluation_id,
        action: to,
        before,
        after: { state: to, ...(comment ? { decisionComment: comment } : {}) },
      });
    });
    return this.waiverView(input.id);
  }
}

function pickCriteria(row: { [K in AcceptanceCriteriaField]: unknown }): {
  mandatoryVerified: boolean;
  passRateThreshold: number;
  noOpenCriticalDefects: boolean;
  noOpenMajorDefects: boolean;
  minShouldCoverage: number | null;
} {
  return {
    mandatoryVerified: row.mandatoryVerified as boolean,
    passRateThreshold: Number(row.passRateThreshold),
    noOpenCriticalDefects: row.noOpenCriticalDefects as boolean,
    noOpenMajorDefects: row.noOpenMajorDefects as boolean,
    minShouldCoverage: row.minShouldCoverage === null ? null : Number(row.minShouldCoverage),
  };
}
