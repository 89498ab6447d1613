import {
  AccessPolicy,
  AuditService,
  badInput,
  conflict,
  forbidden,
  lockOpenEvaluation,
  notFound,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import { ConflictDeclarationEntity } from '@assay/api/data';
import { EvaluationRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DeclareConflictsInput, OverrideConflictInput } from './conflicts.inputs';
import { ConflictDeclaration, ConflictsOfInterest, ConflictVendor } from './conflicts.types';

const { Lead, Director, Evaluator } = EvaluationRole;

/** An evaluator's scores of a candidate set aside by a declared conflict the lead has not overridden. */
export interface ExcludedPair {
  evaluatorId: string;
  evaluatorName: string;
  candidateId: string;
  vendorName: string;
  description: string;
}

interface DeclarationRow {
  id: string;
  evaluation_id: string;
  evaluator_id: string;
  evaluator_name: string;
  vendor_id: string;
  vendor_name: string;
  conflict: boolean;
  description: string;
  declared_at: Date;
  overridden_by_name: string | null;
  override_reason: string | null;
  overridden_at: Date | null;
  version: number;
}

const DECLARATIONS = `
  SELECT d.id, d.evaluation_id, d.evaluator_id, u.display_name AS evaluator_name, d.vendor_id, v.name AS vendor_name,
         d.conflict, d.description, d.declared_at, o.display_name AS overridden_by_name, d.override_reason,
         d.overridden_at, d.version
    FROM conflict_declaration d
    JOIN app_user u ON u.id = d.evaluator_id
    JOIN vendor v ON v.id = d.vendor_id
    LEFT JOIN app_user o ON o.id = d.override_by`;

/**
 * Conflict-of-interest declarations. Each evaluator declares their own, per vendor of the
 * evaluation's candidates; a declared conflict excludes them from that vendor's candidates (no
 * scores saved, earlier ones set aside from the results) until the lead overrides it with a
 * reason. The lead, directors and administrators read everyone's declarations; others their own.
 * Declarations say nothing about scores, so blind scoring is untouched.
 */
@Injectable()
export class ConflictsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
  ) {}

  async conflictsOfInterest(actor: RequestActor, evaluationId: string): Promise<ConflictsOfInterest> {
    await this.access.require(actor, evaluationId);
    const all = await this.access.holds(actor, evaluationId, Lead, Director);
    const declarations: DeclarationRow[] = await this.dataSource.query(
      `${DECLARATIONS} WHERE d.evaluation_id = $1 ${all ? '' : 'AND d.evaluator_id = $2'}
        ORDER BY lower(u.display_name), d.evaluator_id, lower(v.name)`,
      all ? [evaluationId] : [evaluationId, actor.id],
    );
    return {
      evaluationId,
      vendors: await this.vendors(this.dataSource.manager, evaluationId),
      declarations: declarations.map(declarationView),
      all,
    };
  }

  /**
   * The caller's own declarations, one per vendor. A vendor not yet declared is recorded; "no
   * conflict" may become a conflict (found out later); a declared conflict is never withdrawn
   * by the evaluator — only the lead's override lets them score.
   */
  async declare(actor: RequestActor, input: DeclareConflictsInput): Promise<ConflictDeclaration[]> {
    await this.access.require(actor, input.evaluationId, Evaluator);
    const vendorIds = input.declarations.map((d) => d.vendorId);
    if (new Set(vendorIds).size !== vendorIds.length)
      throw badInput('Declare each vendor once.', [{ field: 'declarations', problems: ['A vendor is listed twice.'] }]);
    for (const d of input.declarations) {
      if (d.conflict && !d.description?.trim())
        throw badInput('Say what the conflict is (e.g. former employee, shareholder, family).', [
          { field: 'description', problems: ['Required with a conflict.'] },
        ]);
    }
    return this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, input.evaluationId, 'its declarations');
      const known = new Set((await this.vendors(manager, input.evaluationId)).map((v) => v.vendorId));
      if (vendorIds.some((id) => !known.has(id)))
        throw badInput('Declare only for vendors with candidates in this evaluation.', [
          { field: 'vendorId', problems: ['No candidate of this evaluation is from that vendor.'] },
        ]);
      const repository = manager.getRepository(ConflictDeclarationEntity);
      for (const d of input.declarations) {
        const description = d.conflict ? (d.description ?? '').trim() : '';
        const current = await repository.findOne({
          where: { evaluationId: input.evaluationId, evaluatorId: actor.id, vendorId: d.vendorId },
          lock: { mode: 'pessimistic_write' },
        });
        if (current && current.conflict && !d.conflict)
          throw conflict(
            'A declared conflict cannot be withdrawn: the evaluation lead can let you score despite it, with a reason.',
          );
        if (current && current.conflict === d.conflict && current.description === description) continue;
        const saved = current
          ? await repository.save(
              Object.assign(current, {
                conflict: d.conflict,
                description,
                declaredAt: new Date(),
                version: current.version + 1,
              }),
            )
          : await repository.save(
              repository.create({
                evaluationId: input.evaluationId,
                evaluatorId: actor.id,
                vendorId: d.vendorId,
                conflict: d.conflict,
                description,
              }),
            );
        await this.audit.record(manager, {
          actorId: actor.id,
          objectType: 'conflict_declaration',
          objectId: saved.id,
          evaluationId: input.evaluationId,
          action: 'conflict_declared',
          before: current
            ? { conflict: !d.conflict ? current.conflict : false, description: current.description }
            : null,
          after: { vendorId: d.vendorId, conflict: d.conflict, description },
        });
      }
      const rows: DeclarationRow[] = await manager.query(
        `${DECLARATIONS} WHERE d.evaluation_id = $1 AND d.evaluator_id = $2 ORDER BY lower(v.name)`,
        [input.evaluationId, actor.id],
      );
      return rows.map(declarationView);
    });
  }

  /** The lead (or an administrator) lets an evaluator score a vendor's candidates despite a declared conflict. */
  async override(actor: RequestActor, input: OverrideConflictInput): Promise<ConflictDeclaration> {
    const row = await this.dataSource.getRepository(ConflictDeclarationEntity).findOneBy({ id: input.declarationId });
    if (!row) throw notFound('The declaration');
    await this.access.require(actor, { evaluationId: row.evaluationId, hiddenAs: 'The declaration' }, Lead);
    return this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, row.evaluationId, 'its declarations');
      const locked = await this.edit.lockVersion(
        manager,
        {
          entity: ConflictDeclarationEntity,
          objectType: 'conflict_declaration',
          missing: 'The declaration',
          describe: () => 'The declaration',
        },
        row.id,
        input.version,
      );
      if (!locked.conflict) throw conflict('That declaration is “no conflict”: there is nothing to override.');
      if (locked.overriddenAt) throw conflict('That conflict has already been overridden.');
      const reason = input.reason.trim();
      if (!reason)
        throw badInput('Say why the evaluator may score despite the conflict.', [
          { field: 'reason', problems: ['Required.'] },
        ]);
      Object.assign(locked, {
        overrideBy: actor.id,
        overrideReason: reason,
        overriddenAt: new Date(),
        version: locked.version + 1,
      });
      await manager.save(locked);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'conflict_declaration',
        objectId: locked.id,
        evaluationId: locked.evaluationId,
        action: 'conflict_overridden',
        before: { excluded: true },
        after: { excluded: false, evaluatorId: locked.evaluatorId, vendorId: locked.vendorId, reason },
      });
      const [view]: DeclarationRow[] = await manager.query(`${DECLARATIONS} WHERE d.id = $1`, [locked.id]);
      return declarationView(view);
    });
  }

  /** Refuses a score while the evaluator is excluded from the candidate by a declared conflict. */
  async assertMayScore(actor: RequestActor, evaluationId: string, candidateId: string): Promise<void> {
    const [row]: { description: string }[] = await this.dataSource.query(
      `SELECT d.description FROM conflict_declaration d
         JOIN product p ON p.vendor_id = d.vendor_id
         JOIN product_version pv ON pv.product_id = p.id
         JOIN candidate c ON c.product_version_id = pv.id
        WHERE c.id = $1 AND d.evaluation_id = $2 AND d.evaluator_id = $3 AND d.conflict AND d.overridden_at IS NULL`,
      [candidateId, evaluationId, actor.id],
    );
    if (row)
      throw forbidden(
        `You declared a conflict of interest with this candidate’s vendor (${row.description}): your scores for it are excluded unless the lead lets you score it.`,
      );
  }

  /** The (evaluator, candidate) pairs of a round's candidates excluded by a conflict not overridden. */
  async excluded(evaluationId: string, candidateIds: string[]): Promise<ExcludedPair[]> {
    const rows: {
      evaluator_id: string;
      evaluator_name: string;
      candidate_id: string;
      vendor_name: string;
      description: string;
    }[] = await this.dataSource.query(
      `SELECT d.evaluator_id, u.display_name AS evaluator_name, c.id AS candidate_id, v.name AS vendor_name, d.description
         FROM conflict_declaration d
         JOIN app_user u ON u.id = d.evaluator_id
         JOIN vendor v ON v.id = d.vendor_id
         JOIN product p ON p.vendor_id = d.vendor_id
         JOIN product_version pv ON pv.product_id = p.id
         JOIN candidate c ON c.product_version_id = pv.id AND c.evaluation_id = d.evaluation_id
        WHERE d.evaluation_id = $1 AND c.id = ANY($2::uuid[]) AND d.conflict AND d.overridden_at IS NULL
        ORDER BY lower(u.display_name), d.evaluator_id, c.id`,
      [evaluationId, candidateIds],
    );
    return rows.map((r) => ({
      evaluatorId: r.evaluator_id,
      evaluatorName: r.evaluator_name,
      candidateId: r.candidate_id,
      vendorName: r.vendor_name,
      description: r.description,
    }));
  }

  /** The people who scored a candidate of the round without declaring for its vendor (names, for the message). */
  async undeclaredScorers(manager: EntityManager, roundId: string, evaluationId: string): Promise<string[]> {
    const rows: { name: string }[] = await manager.query(
      `SELECT DISTINCT u.display_name AS name
         FROM score s
         JOIN app_user u ON u.id = s.evaluator_id
         JOIN candidate c ON c.id = s.candidate_id
         JOIN product_version pv ON pv.id = c.product_version_id
         JOIN product p ON p.id = pv.product_id
        WHERE s.round_id = $1 AND s.value IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM conflict_declaration d
                           WHERE d.evaluation_id = $2 AND d.evaluator_id = s.evaluator_id AND d.vendor_id = p.vendor_id)
        ORDER BY 1`,
      [roundId, evaluationId],
    );
    return rows.map((r) => r.name);
  }

  private async vendors(manager: EntityManager, evaluationId: string): Promise<ConflictVendor[]> {
    const rows: { vendor_id: string; vendor_name: string; candidate_ids: string[] }[] = await manager.query(
      `SELECT v.id AS vendor_id, v.name AS vendor_name, array_agg(c.id ORDER BY c.id) AS candidate_ids
         FROM candidate c
         JOIN product_version pv ON pv.id = c.product_version_id
         JOIN product p ON p.id = pv.product_id
         JOIN vendor v ON v.id = p.vendor_id
        WHERE c.evaluation_id = $1
        GROUP BY v.id, v.name ORDER BY lower(v.name), v.id`,
      [evaluationId],
    );
    return rows.map((r) => ({ vendorId: r.vendor_id, vendorName: r.vendor_name, candidateIds: r.candidate_ids }));
  }
}

function declarationView(row: DeclarationRow): ConflictDeclaration {
  return {
    id: row.id,
    evaluationId: row.evaluation_id,
    evaluatorId: row.evaluator_id,
    evaluatorName: row.evaluator_name,
    vendorId: row.vendor_id,
    vendorName: row.vendor_name,
    conflict: row.conflict,
    description: row.description,
    declaredAt: new Date(row.declared_at),
    excluded: row.conflict && !row.overridden_at,
    overriddenByName: row.overridden_by_name,
    overrideReason: row.override_reason,
    overriddenAt: row.overridden_at ? new Date(row.overridden_at) : null,
    version: row.version,
  };
}
