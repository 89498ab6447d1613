import { AccessPolicy, lockOpenEvaluation, notFound, RequestActor, RequestScope } from '@assay/api/core';
import { DefectEntity, EvaluationEntity } from '@assay/api/data';
import { DEFECT_REPORTING_ROLES, DEFECT_WORKING_ROLES, isEvaluationOpen } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** What a person wants to do with defects: read them, report one, or work on them (edit, link, change status). */
export type DefectNeed = 'read' | 'report' | 'work';

/** Where a defect belongs: an evaluation, or a product in use. */
export interface DefectScope {
  evaluationId: string | null;
  productId: string | null;
  /** Who reported it: the reporter of a product's defect (a staff problem report) reads it too. */
  reporterId?: string | null;
}

/**
 * Who may do what with defects. Evaluation defects follow the evaluation: every member reads;
 * leads (and administrators) and testers work on them; evaluators, department heads and directors
 * report them too (their reports start in triage); viewers only read. Someone outside the
 * evaluation is told the defect was not found, as for an id that does not exist. Product defects
 * are read, reported and worked on by administrators and the people named on a plan of the product;
 * the person who reported one (a staff problem report) reads it too.
 */
@Injectable()
export class DefectAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** The defect, if the actor may `need` it; NOT_FOUND when missing or hidden. */
  async defect(actor: RequestActor, id: string, need: DefectNeed): Promise<DefectEntity> {
    const defect = await this.dataSource.getRepository(DefectEntity).findOneBy({ id });
    if (!defect) throw notFound('The defect');
    await this.require(actor, defect, need, 'The defect');
    return defect;
  }

  async require(actor: RequestActor, scope: DefectScope, need: DefectNeed, hiddenAs: string): Promise<void> {
    if (scope.evaluationId) {
      const ref = { evaluationId: scope.evaluationId, hiddenAs };
      if (need === 'read') await this.access.require(actor, ref);
      else if (need === 'report') await this.access.require(actor, ref, ...DEFECT_REPORTING_ROLES);
      else await this.access.require(actor, ref, ...DEFECT_WORKING_ROLES);
      return;
    }
    if (!scope.productId) throw notFound(hiddenAs);
    if (need === 'read' && scope.reporterId && scope.reporterId === actor.id) return;
    if (!(await this.worksOnProduct(actor, scope.productId))) throw notFound(hiddenAs);
  }

  /** Whether the actor works on the evaluation's defects (or the product's): no refusal. */
  async works(actor: RequestActor, scope: DefectScope): Promise<boolean> {
    if (scope.evaluationId) return this.access.holds(actor, scope.evaluationId, ...DEFECT_WORKING_ROLES);
    return !!scope.productId && this.worksOnProduct(actor, scope.productId);
  }

  /** Whether the actor may report a defect in the evaluation now (a reporting role, the evaluation open). */
  async canReport(actor: RequestActor, evaluationId: string): Promise<boolean> {
    if (!(await this.evaluationOpen(evaluationId))) return false;
    return this.access.holds(actor, evaluationId, ...DEFECT_REPORTING_ROLES);
  }

  /**
   * Whether the actor may work on the defect now (one they may read). The evaluation's status is
   * read once per request, so a page of defects that each ask costs one read, not one per defect.
   */
  async mayWorkNow(actor: RequestActor, defect: DefectScope): Promise<boolean> {
    if (defect.evaluationId && !(await this.evaluationOpen(defect.evaluationId))) return false;
    return this.works(actor, defect);
  }

  /** Whether the evaluation exists and is neither cancelled nor decided, read once per request. */
  private evaluationOpen(evaluationId: string): Promise<boolean> {
    return RequestScope.remember(`defects:evaluation-open:${evaluationId}`, async () => {
      const evaluation = await this.dataSource.getRepository(EvaluationEntity).findOneBy({ id: evaluationId });
      return !!evaluation && isEvaluationOpen(evaluation.status);
    });
  }

  /** Administrators, and the people an administrator named on a plan of the product. */
  worksOnProduct(actor: RequestActor, productId: string): Promise<boolean> {
    return this.access.worksOnProduct(actor, productId);
  }

  /**
   * Inside a write's transaction: the evaluation locked and still open (CONFLICT when cancelled or
   * decided), or the product locked, so that writes to one scope (defect numbers) wait for each other.
   */
  async lockForWrite(manager: EntityManager, scope: DefectScope): Promise<void> {
    if (scope.evaluationId) {
      await lockOpenEvaluation(manager, scope.evaluationId, 'its defects');
      return;
    }
    const rows: unknown[] = await manager.query('SELECT 1 FROM product WHERE id = $1 FOR UPDATE', [scope.productId]);
    if (rows.length === 0) throw notFound('The product');
  }
}
