import { AccessPolicy, lockOpenEvaluation, notFound, RequestActor, RequestScope } from '@assay/api/core';
import { EvaluationEntity, TestPlanEntity } from '@assay/api/data';
import { EvaluationRole, GlobalRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** What a person wants to do with a plan: read it, change it (plan, cases, runs), or record results. */
export type TestNeed = 'read' | 'write' | 'execute';

const { Lead, Tester } = EvaluationRole;

/**
 * Who may do what with a test plan. Evaluation plans follow the evaluation: every member reads,
 * leads (and administrators) and testers write, testers execute; someone outside the evaluation is
 * told the plan was not found. Product plans are read, written and executed by administrators and
 * the people an administrator named on the plan; to everyone else they do not exist.
 */
@Injectable()
export class TestAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** The plan, if the actor may `need` it; NOT_FOUND naming `hiddenAs` when missing or hidden. */
  async plan(actor: RequestActor, planId: string, need: TestNeed, hiddenAs = 'The test plan'): Promise<TestPlanEntity> {
    const plan = await this.dataSource.getRepository(TestPlanEntity).findOneBy({ id: planId });
    if (!plan) throw notFound(hiddenAs);
    await this.require(actor, plan, need, hiddenAs);
    return plan;
  }

  async require(actor: RequestActor, plan: TestPlanEntity, need: TestNeed, hiddenAs = 'The test plan'): Promise<void> {
    if (plan.evaluationId) {
      const ref = { evaluationId: plan.evaluationId, hiddenAs };
      if (need === 'read') await this.access.require(actor, ref);
      else if (need === 'write') await this.access.require(actor, ref, Lead, Tester);
      else await this.access.require(actor, ref, Tester);
      return;
    }
    if (!(await this.isNamed(actor, plan.id))) throw notFound(hiddenAs);
  }

  /** Whether the actor may work on a product's plan: an administrator or a person named on it. */
  async isNamed(actor: RequestActor, planId: string): Promise<boolean> {
    if (actor.globalRole === GlobalRole.Admin) return true;
    return RequestScope.remember(`testing:named:${planId}:${actor.id}`, async () => {
      const rows: unknown[] = await this.dataSource.query(
        'SELECT 1 FROM test_plan_member WHERE plan_id = $1 AND user_id = $2',
        [planId, actor.id],
      );
      return rows.length > 0;
    });
  }

  /** What the actor may do now, without refusing (the plan is one they may read). */
  async permissions(
    actor: RequestActor,
    plan: TestPlanEntity,
  ): Promise<{ canWrite: boolean; canExecute: boolean; canNamePeople: boolean }> {
    const admin = actor.globalRole === GlobalRole.Admin;
    if (!plan.evaluationId) {
      const named = await this.isNamed(actor, plan.id);
      return { canWrite: named, canExecute: named, canNamePeople: admin };
    }
    const evaluation = await this.dataSource.getRepository(EvaluationEntity).findOneBy({ id: plan.evaluationId });
    // Cancelled and decided evaluations no longer change (assertEvaluationOpen).
    const open = !!evaluation && evaluation.status !== 'cancelled' && evaluation.status !== 'decided';
    return {
      canWrite: open && (await this.access.holds(actor, plan.evaluationId, Lead, Tester)),
      canExecute: open && (await this.access.holds(actor, plan.evaluationId, Tester)),
      canNamePeople: false,
    };
  }

  /**
   * Inside a write's transaction: the evaluation locked and still open (evaluation plans), then the
   * plan locked, so that writes to one plan (case numbers, runs) wait for each other.
   */
  async lockForWrite(manager: EntityManager, planId: string, hiddenAs = 'The test plan'): Promise<TestPlanEntity> {
    const plan = await manager.getRepository(TestPlanEntity).findOneBy({ id: planId });
    if (!plan) throw notFound(hiddenAs);
    if (plan.evaluationId) await lockOpenEvaluation(manager, plan.evaluationId, 'its tests');
    const locked = await manager
      .getRepository(TestPlanEntity)
      .findOne({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw notFound(hiddenAs);
    return locked;
  }
}
