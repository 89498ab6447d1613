import {
  AccessPolicy,
  AuditService,
  badInput,
  conflict,
  EditTarget,
  forbidden,
  lockOpenEvaluation,
  notFound,
  Notifier,
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
  AcceptanceCaseResult,
  AcceptanceDefect,
  acceptanceFingerprint,
  AcceptanceInput,
  AcceptanceRequirement,
  AcceptanceResult,
  acceptanceVerdict,
  AcceptanceWaiver,
  DEFAULT_ACCEPTANCE_CRITERIA,
  EvaluationRole,
  OPEN_DEFECT_STATUSES,
  VerificationMethod,
  VerificationOutcome,
  waiverAgreementError,
  WaiverState,
  withDefaultCriteria,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { createHash } from 'node:crypto';
import { LatestResultRow, latestResultsSql, linkedCasesSql } from '../evidence/evidence.sql';
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

/** SHA-256 in hex by Node's crypto: the same digest as the domain's portable sha256Hex, faster. */
const nodeSha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** Two lists each in case order, merged into one in case order (the order reasons list cases in). */
function mergeByCase(a: readonly AcceptanceCaseResult[], b: readonly AcceptanceCaseResult[]): AcceptanceCaseResult[] {
  const merged: AcceptanceCaseResult[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].caseId < b[j].caseId)) merged.push(a[i++]);
    else merged.push(b[j++]);
  }
  return merged;
}

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
    private readonly notifier: Notifier,
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
      // The directors who may agree to it (the proposer never agrees to their own).
      await this.notifier.notify(manager, {
        recipients: { roles: [Director] },
        kind: 'waiver_proposed',
        actorId: actor.id,
        evaluationId: candidate.evaluation_id,
        objectId: saved.id,
        subject: await this.waiverSubject(manager, saved),
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
    const byCandidate = groupBy(rows, (row) => row.candidate_id);
    return new Map(
      [...byCandidate].map(([id, defects]) => [
        id,
        defects.map(({ id, severity, status }) => ({ id, severity, status })),
      ]),
    );
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
    // The latest result of each case against each candidate (evidence.sql, as the matrix reads
    // them), in case order: the pass rate, what the reasons link to and what a sign-off's
    // fingerprint records.
    const latestRows: LatestResultRow[] = await manager.query(latestResultsSql('$1', undefined, true), [candidateIds]);
    // Each approved requirement's linked cases (a linked case never run against a candidate counts
    // as not run for it).
    const links: { requirement_id: string; case_id: string }[] = await manager.query(
      `${linkedCasesSql(
        `SELECT id FROM requirement WHERE evaluation_id = ANY($1::uuid[]) AND status = 'approved'`,
      )} ORDER BY l.case_id, l.requirement_id`,
      [evaluationIds],
    );
    const requirementsOfCase = new Map<string, string[]>();
    for (const link of links) {
      const ids = requirementsOfCase.get(link.case_id);
      if (ids) ids.push(link.requirement_id);
      else requirementsOfCase.set(link.case_id, [link.requirement_id]);
    }
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
    const requirementsOf = groupBy(requirementRows, (r) => r.evaluation_id);
    const latestOf = groupBy(latestRows, (r) => r.candidate_id);
    const verificationsOf = groupBy(verificationLog, (v) => v.candidate_id);
    const waiversOf = groupBy(waiverRows, (w) => w.candidate_id);
    const requirementById = new Map(requirementRows.map((r) => [r.id, r]));
    for (const candidate of candidates) {
      const requirementsHere = requirementsOf.get(candidate.evaluation_id) ?? [];
      const requirements: AcceptanceRequirement[] = requirementsHere.map((r) => ({
        id: r.id,
        code: r.code,
        priority: r.priority,
        mandatory: r.mandatory,
        verificationMethod: r.verification_method,
      }));
      const latest = latestOf.get(candidate.id) ?? [];
      const executed: AcceptanceCaseResult[] = latest.map((r) => ({
        caseId: r.case_id,
        resultId: r.result_id,
        version: r.version,
        status: r.status,
        requirementIds: requirementsOfCase.get(r.case_id) ?? [],
      }));
      // The cases linked to this evaluation's requirements that were never run against the candidate.
      const run = new Set(latest.map((r) => r.case_id));
      const here = new Set(requirementsHere.map((r) => r.id));
      const neverRun: AcceptanceCaseResult[] = [];
      for (const [caseId, requirementIds] of requirementsOfCase) {
        if (run.has(caseId)) continue;
        const linked = requirementIds.filter((id) => here.has(id));
        if (linked.length > 0) neverRun.push({ caseId, status: null, requirementIds: linked });
      }
      const waivers: AcceptanceWaiver[] = (waiversOf.get(candidate.id) ?? []).map((w) => ({
        id: w.id,
        requirementId: w.requirement_id,
        state: w.state,
        version: w.version,
      }));
      const input: AcceptanceInput = {
        requirements,
        results: executed,
        verifications: (verificationsOf.get(candidate.id) ?? []).map((v) => ({
          id: v.id,
          requirementId: v.requirement_id,
          outcome: v.outcome,
          recordedAt: v.recorded_at,
        })),
        waivers,
        defects: openDefects.get(candidate.id) ?? [],
        criteria: pickCriteria(criteria.get(candidate.evaluation_id) as AcceptanceCriteria),
      };
      // The verdict decides over every linked case; the fingerprint records the results there are.
      const result = acceptanceVerdict({
        ...input,
        results: mergeByCase(executed, neverRun),
      });
      found.set(candidate.id, {
        ...result,
        requirements: result.requirements.map((r) => {
          const row = requirementById.get(r.requirementId);
          return {
            ...r,
            code: row?.code ?? '',
            title: row?.title ?? '',
            verifiedByTest: (row?.verification_method ?? 'test') === 'test',
          };
        }),
        cases: latest.map((r) => ({
          caseId: r.case_id,
          key: r.case_key,
          runId: r.run_id,
          resultId: r.result_id,
          status: r.status,
        })),
        fingerprint: acceptanceFingerprint(input, result, nodeSha256Hex),
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

  /** How a notification names a waiver: its requirement and candidate ("CIRC-3 for Koha"). */
  private async waiverSubject(manager: EntityManager, waiver: AcceptanceWaiverEntity): Promise<string> {
    const [row]: { code: string; product: string }[] = await manager.query(
      `SELECT r.code, p.name AS product
         FROM requirement r, candidate c
         JOIN product_version pv ON pv.id = c.product_version_id
         JOIN product p ON p.id = pv.product_id
        WHERE r.id = $1 AND c.id = $2`,
      [waiver.requirementId, waiver.candidateId],
    );
    return row ? `${row.code} for ${row.product}` : 'a requirement';
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
      // Agreed, rejected or withdrawn, the waiver waits for no director any more.
      await this.notifier.settle(manager, { kinds: ['waiver_proposed'], objectId: row.id });
      if ((to === 'agreed' || to === 'rejected') && row.proposedBy) {
        await this.notifier.notify(manager, {
          recipients: [row.proposedBy],
          kind: to === 'agreed' ? 'waiver_agreed' : 'waiver_rejected',
          actorId: actor.id,
          evaluationId: candidate.evaluation_id,
          objectId: row.id,
          subject: await this.waiverSubject(manager, row),
        });
      }
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
