import {
  AccessPolicy,
  assertEvaluationOpen,
  AuditService,
  badInput,
  EditTarget,
  lockOpenEvaluation,
  notFound,
  readSpreadsheet,
  RequestActor,
  restoreFormula,
  rowTexts,
  TextEncoding,
  VersionedEdit,
} from '@assay/api/core';
import {
  CandidateEntity,
  EvaluationEntity,
  RequirementEntity,
  VendorClaimEntity,
  VendorClaimLevelValue,
} from '@assay/api/data';
import {
  AcceptanceCaseResult,
  claimProblems,
  ClaimCriterionScore,
  criterionScore,
  EvaluationRole,
  isMandatoryRequirement,
  mapVendorClaimColumns,
  MoscowPriority,
  parseClaimDate,
  readVendorClaimRow,
  requirementEvidence,
  TestResultStatus,
  VendorClaimColumn,
  vendorClaimDisagreements,
  VendorClaimField,
  VendorClaimProblem,
  VendorClaimRow,
  VerificationMethod,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SetVendorClaimInput } from './vendor-claims.inputs';
import { VendorClaim, VendorClaimDisagreement } from './vendor-claims.types';

/** An answer sheet holds one row per requirement; an evaluation has at most this many. */
export const MAX_VENDOR_CLAIM_ROWS = 10_000;

const CLAIM_TARGET: EditTarget<VendorClaimEntity> = {
  entity: VendorClaimEntity,
  objectType: 'vendor_claim',
  missing: 'The vendor claim',
  describe: () => 'The vendor claim',
  refused: 'A roadmap claim needs its date, and no other claim has one.',
};

const FIELDS = ['claim', 'roadmapDate', 'comment'] as const;

export interface VendorClaimImportResult {
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: TextEncoding | null;
  columns: VendorClaimColumn[];
  rowCount: number;
  problems: VendorClaimProblem[];
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
}

interface ClaimRow {
  id: string;
  candidateId: string;
  requirementId: string;
  requirementCode: string;
  requirementTitle: string;
  claim: VendorClaimLevelValue;
  roadmapDate: string | null;
  comment: string;
  updatedBy: string | null;
  updatedAt: Date;
  version: number;
}

/**
 * Vendors' claims per candidate and requirement: entered one at a time or imported from the
 * vendor's answer sheet, and set against what the evaluation verified. Every member reads them;
 * leads (and administrators) write them while the evaluation is open; to anyone else the candidate
 * does not exist.
 */
@Injectable()
export class VendorClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edits: VersionedEdit,
  ) {}

  /** The candidate, if the actor may read (or, with `write`, change) its claims; NOT_FOUND otherwise. */
  async candidate(actor: RequestActor, candidateId: string, need: 'read' | 'write'): Promise<CandidateEntity> {
    const candidate = await this.dataSource.getRepository(CandidateEntity).findOneBy({ id: candidateId });
    if (!candidate) throw notFound('The candidate');
    const ref = { evaluationId: candidate.evaluationId, hiddenAs: 'The candidate' };
    if (need === 'read') await this.access.require(actor, ref);
    else await this.access.require(actor, ref, EvaluationRole.Lead);
    return candidate;
  }

  /** The claims of each candidate, by code; candidates the actor may not read get none. */
  async claimsOf(actor: RequestActor, candidateIds: readonly string[]): Promise<VendorClaim[][]> {
    const candidates = await this.dataSource.getRepository(CandidateEntity).findBy(candidateIds.map((id) => ({ id })));
    const readable = new Set<string>();
    for (const candidate of candidates)
      if (await this.access.holds(actor, candidate.evaluationId)) readable.add(candidate.id);
    const rows = readable.size ? await this.rows(this.dataSource.manager, [...readable]) : [];
    return candidateIds.map((id) => rows.filter((row) => row.candidateId === id));
  }

  async set(actor: RequestActor, input: SetVendorClaimInput): Promise<VendorClaim> {
    const candidate = await this.candidate(actor, input.candidateId, 'write');
    const roadmapDate = input.roadmapDate ? input.roadmapDate : null;
    if (roadmapDate && !parseClaimDate(roadmapDate))
      throw badInput(`${roadmapDate} is not a date.`, [{ field: 'roadmapDate', problems: ['Not a date.'] }]);
    const problems = claimProblems(input.claim, roadmapDate, input.comment ?? '');
    if (problems.length) throw badInput(problems.join(' '), [{ field: 'roadmapDate', problems }]);
    const id = await this.dataSource.transaction(async (manager) => {
      const evaluation = await lockOpenEvaluation(manager, candidate.evaluationId, 'its vendor claims');
      const requirement = await manager
        .getRepository(RequirementEntity)
        .findOneBy({ id: input.requirementId, evaluationId: evaluation.id });
      if (!requirement) throw notFound('The requirement');
      const existing = await manager.getRepository(VendorClaimEntity).findOne({
        where: { candidateId: candidate.id, requirementId: requirement.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing) {
        await this.edits.assertVersion(manager, CLAIM_TARGET, existing, input.version);
        existing.updatedBy = actor.id;
        const saved = await this.edits.update(
          manager,
          actor,
          CLAIM_TARGET,
          existing,
          { claim: input.claim, roadmapDate, comment: input.comment },
          FIELDS,
          { evaluationId: evaluation.id },
        );
        return saved.id;
      }
      const created = await this.edits.create(
        manager,
        actor,
        CLAIM_TARGET,
        {
          evaluationId: evaluation.id,
          candidateId: candidate.id,
          requirementId: requirement.id,
          claim: input.claim,
          roadmapDate,
          comment: input.comment ?? '',
          updatedBy: actor.id,
        },
        (saved) => ({
          candidateId: saved.candidateId,
          requirementId: saved.requirementId,
          claim: saved.claim,
          roadmapDate: saved.roadmapDate,
          comment: saved.comment,
        }),
        { evaluationId: evaluation.id },
      );
      return created.id;
    });
    const [row] = await this.rows(this.dataSource.manager, [candidate.id], id);
    return row;
  }

  // ---- disagreements ----------------------------------------------------------------------

  /**
   * The candidate's claims of compliance the evaluation does not bear out, worst first (see
   * vendorClaimDisagreements): judged by the latest executed result of each case linked to the
   * requirement in runs against the candidate, and by the criteria covering it in the latest
   * revealed round that scored the candidate, leaving out the scores set aside by a declared
   * conflict of interest. Rejected requirements are left out.
   */
  async disagreements(
    actor: RequestActor,
    evaluationId: string,
    candidateId: string,
  ): Promise<VendorClaimDisagreement[]> {
    const candidate = await this.candidate(actor, candidateId, 'read');
    if (candidate.evaluationId !== evaluationId) throw notFound('The candidate');
    const manager = this.dataSource.manager;
    const requirements: {
      id: string;
      code: string;
      title: string;
      priority: MoscowPriority;
      mandatory: boolean;
      verificationMethod: VerificationMethod;
    }[] = await manager.query(
      `SELECT id, code, title, priority, mandatory, verification_method AS "verificationMethod"
         FROM requirement WHERE evaluation_id = $1 AND status <> 'rejected'`,
      [evaluationId],
    );
    const claims = await this.rows(manager, [candidateId]);
    const results: { caseId: string; key: string; status: TestResultStatus | null; requirementIds: string[] }[] =
      await manager.query(
        `SELECT c.id AS "caseId", c.key, latest.status, array_agg(tcr.requirement_id) AS "requirementIds"
           FROM test_case c
           JOIN test_plan p ON p.id = c.plan_id AND p.evaluation_id = $1
           JOIN test_case_requirement tcr ON tcr.case_id = c.id
           LEFT JOIN LATERAL (
             SELECT tr.status FROM test_result tr JOIN test_run r ON r.id = tr.run_id
              WHERE tr.case_id = c.id AND r.candidate_id = $2
              ORDER BY tr.executed_at IS NULL, tr.executed_at DESC, r.created_at DESC
              LIMIT 1
           ) latest ON true
          WHERE c.archived_at IS NULL
          GROUP BY c.id, c.key, latest.status`,
        [evaluationId, candidateId],
      );
    const scores: {
      criterionId: string;
      title: string;
      requirementIds: string[];
      consensus: string | null;
      values: (string | null)[] | null;
    }[] = await manager.query(
      `WITH round AS (
         SELECT id, rubric_version_id FROM scoring_round
          WHERE evaluation_id = $1 AND $2 = ANY(candidate_ids) AND revealed_at IS NOT NULL
          ORDER BY number DESC LIMIT 1),
       -- Evaluators excluded from the candidate by a declared conflict the lead has not overridden:
       -- their scores are set aside here as in the ranking.
       set_aside AS (
         SELECT d.evaluator_id FROM conflict_declaration d
           JOIN product p ON p.vendor_id = d.vendor_id
           JOIN product_version pv ON pv.product_id = p.id
           JOIN candidate c ON c.product_version_id = pv.id
          WHERE c.id = $2 AND d.evaluation_id = $1 AND d.conflict AND d.overridden_at IS NULL)
       SELECT k.id AS "criterionId", k.title, array_agg(DISTINCT cr.requirement_id) AS "requirementIds",
              (SELECT cs.value FROM consensus_score cs
                WHERE cs.round_id = round.id AND cs.candidate_id = $2 AND cs.criterion_id = k.id) AS consensus,
              (SELECT array_agg(s.value) FROM score s
                WHERE s.round_id = round.id AND s.candidate_id = $2 AND s.criterion_id = k.id
                  AND s.evaluator_id NOT IN (SELECT evaluator_id FROM set_aside)) AS values
         FROM round
         JOIN criterion k ON k.rubric_version_id = round.rubric_version_id
         JOIN criterion_requirement cr ON cr.criterion_id = k.id
        GROUP BY round.id, k.id, k.title`,
      [evaluationId, candidateId],
    );
    const number = (value: string | null) => (value === null ? null : Number(value));
    const criterionScores: ClaimCriterionScore[] = scores.map((s) => ({
      criterionId: s.criterionId,
      requirementIds: s.requirementIds,
      value: criterionScore(number(s.consensus), (s.values ?? []).map(number)),
    }));
    const caseResults: AcceptanceCaseResult[] = results.map((r) => ({
      caseId: r.caseId,
      status: r.status,
      requirementIds: r.requirementIds,
    }));
    const evidence = requirementEvidence({ requirements, results: caseResults, verifications: [] });
    const found = vendorClaimDisagreements({
      requirements,
      claims: claims.map((c) => ({ requirementId: c.requirementId, claim: c.claim })),
      evidence,
      scores: criterionScores,
    });
    const requirementById = new Map(requirements.map((r) => [r.id, r]));
    const claimByRequirement = new Map(claims.map((c) => [c.requirementId, c]));
    const keyOf = new Map(results.map((r) => [r.caseId, r.key]));
    const titleOf = new Map(scores.map((s) => [s.criterionId, s.title]));
    return found.map((d) => {
      const requirement = requirementById.get(d.requirementId)!;
      return Object.assign(new VendorClaimDisagreement(), {
        requirementId: d.requirementId,
        requirementCode: requirement.code,
        requirementTitle: requirement.title,
        mandatory: isMandatoryRequirement(requirement),
        claim: d.claim,
        comment: claimByRequirement.get(d.requirementId)?.comment ?? '',
        kind: d.kinds[0],
        kinds: d.kinds,
        caseKeys: d.caseIds.map((id) => keyOf.get(id) ?? id).sort(),
        criteriaScoredZero: d.criterionIds.map((id) => titleOf.get(id) ?? id),
      });
    });
  }

  // ---- the answer sheet -------------------------------------------------------------------

  /** Refuses someone who may not import claims for the candidate: checked before the upload is read, and again with it. */
  async assertMayImport(actor: RequestActor, candidateId: string): Promise<void> {
    await this.candidate(actor, candidateId, 'write');
  }

  /**
   * Reads the vendor's answer sheet (CSV or XLSX, one row per requirement code). A preview writes
   * nothing; a commit writes every row or, when any line has a problem, none.
   */
  async import(
    actor: RequestActor,
    candidateId: string,
    bytes: Buffer,
    commit: boolean,
  ): Promise<VendorClaimImportResult> {
    const candidate = await this.candidate(actor, candidateId, 'write');
    const sheet = await readSpreadsheet(bytes);
    if (sheet.rows.length > MAX_VENDOR_CLAIM_ROWS)
      throw badInput(
        `The file has ${sheet.rows.length} rows; the limit is ${MAX_VENDOR_CLAIM_ROWS.toLocaleString('en')} per import.`,
      );
    const mapping = mapVendorClaimColumns(sheet.headers);
    const result: VendorClaimImportResult = {
      encoding: sheet.encoding,
      columns: mapping.columns,
      rowCount: sheet.rows.length,
      problems: [],
      created: 0,
      updated: 0,
      unchanged: 0,
      committed: false,
    };
    if (mapping.problems.length) {
      result.problems = mapping.problems.map((message) => ({ line: 1, field: null, message }));
      return result;
    }
    const run = async (manager: EntityManager) => {
      const requirements = new Map(
        (await manager.getRepository(RequirementEntity).findBy({ evaluationId: candidate.evaluationId })).map((r) => [
          r.code.toUpperCase(),
          r,
        ]),
      );
      const context = { requirementCodes: new Set(requirements.keys()), seen: new Map<string, number>() };
      const width = sheet.headers.length;
      const rows: VendorClaimRow[] = [];
      for (const row of sheet.rows) {
        const texts = rowTexts(row, width).map((cell) => restoreFormula(cell));
        const cells: Partial<Record<VendorClaimField, string>> = {};
        for (const column of mapping.columns) if (column.field) cells[column.field] = texts[column.index] ?? '';
        const checked = readVendorClaimRow(cells, row.line, context);
        result.problems.push(...checked.problems);
        if (checked.row) rows.push(checked.row);
      }
      const existing = new Map(
        (await manager.getRepository(VendorClaimEntity).findBy({ candidateId: candidate.id })).map((c) => [
          c.requirementId,
          c,
        ]),
      );
      const planned = rows.map((row) => {
        const requirement = requirements.get(row.requirementCode)!;
        const before = existing.get(requirement.id) ?? null;
        const same =
          before &&
          before.claim === row.claim &&
          before.roadmapDate === row.roadmapDate &&
          before.comment === row.comment;
        if (!before) result.created++;
        else if (same) result.unchanged++;
        else result.updated++;
        return { row, requirement, before, same };
      });
      if (!commit || result.problems.length) return;
      for (const { row, requirement, before, same } of planned) {
        if (same) continue;
        const values = { claim: row.claim, roadmapDate: row.roadmapDate, comment: row.comment };
        if (before) {
          const changed = this.audit.diff(before, { ...before, ...values }, [...FIELDS]);
          Object.assign(before, values, { updatedBy: actor.id });
          await this.edits.save(manager, CLAIM_TARGET, before);
          await this.audit.record(manager, {
            actorId: actor.id,
            objectType: 'vendor_claim',
            objectId: before.id,
            evaluationId: candidate.evaluationId,
            action: 'imported',
            ...changed,
          });
        } else {
          const saved = await this.edits.save(
            manager,
            CLAIM_TARGET,
            manager.getRepository(VendorClaimEntity).create({
              evaluationId: candidate.evaluationId,
              candidateId: candidate.id,
              requirementId: requirement.id,
              ...values,
              updatedBy: actor.id,
            }),
          );
          await this.audit.record(manager, {
            actorId: actor.id,
            objectType: 'vendor_claim',
            objectId: saved.id,
            evaluationId: candidate.evaluationId,
            action: 'imported',
            before: null,
            after: { candidateId: candidate.id, requirementId: requirement.id, ...values },
          });
        }
      }
      result.committed = true;
    };
    if (!commit) {
      // A preview says at once what the commit would: a closed evaluation takes no claims.
      const evaluation = await this.dataSource
        .getRepository(EvaluationEntity)
        .findOneBy({ id: candidate.evaluationId });
      if (evaluation) assertEvaluationOpen(evaluation, 'its vendor claims');
      await run(this.dataSource.manager);
    } else
      await this.dataSource.transaction(async (manager) => {
        await lockOpenEvaluation(manager, candidate.evaluationId, 'its vendor claims');
        await run(manager);
      });
    result.problems.sort((a, b) => a.line - b.line);
    return result;
  }

  // ---- reading ----------------------------------------------------------------------------

  private async rows(manager: EntityManager, candidateIds: string[], id?: string): Promise<VendorClaim[]> {
    const rows: ClaimRow[] = await manager.query(
      `SELECT vc.id, vc.candidate_id AS "candidateId", vc.requirement_id AS "requirementId",
              r.code AS "requirementCode", r.title AS "requirementTitle", vc.claim,
              to_char(vc.roadmap_date, 'YYYY-MM-DD') AS "roadmapDate", vc.comment,
              u.display_name AS "updatedBy", vc.updated_at AS "updatedAt", vc.version
         FROM vendor_claim vc
         JOIN requirement r ON r.id = vc.requirement_id
         LEFT JOIN app_user u ON u.id = vc.updated_by
        WHERE vc.candidate_id = ANY($1) AND ($2::uuid IS NULL OR vc.id = $2)
        ORDER BY r.code`,
      [candidateIds, id ?? null],
    );
    return rows.map((row) => Object.assign(new VendorClaim(), { ...row, updatedAt: new Date(row.updatedAt) }));
  }
}
