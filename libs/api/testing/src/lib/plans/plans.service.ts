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
import { EvaluationEntity, ProductEntity, ProductVersionEntity, TestPlanEntity } from '@assay/api/data';
import { EvaluationRole, GlobalRole, isEvaluationOpen } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CreateTestPlanInput, SetTestPlanMembersInput, TestPlanRef, UpdateTestPlanInput } from './plans.inputs';
import { TestPerson, TestPlan, TestPlanAccess } from './plans.types';
import { TestAccess } from './test-access.service';

export const TEST_PLAN: EditTarget<TestPlanEntity> = {
  entity: TestPlanEntity,
  objectType: 'test_plan',
  missing: 'The test plan',
  describe: (row) => `The test plan ${row.name}`,
};
const PLAN_FIELDS = [
  'name',
  'scope',
  'entryCriteria',
  'exitCriteria',
  'ownerId',
  'keyPrefix',
  'currentVersionId',
  'targetVersionId',
] as const;

/** Test plans: for an evaluation (its leads and testers write) or for a product in use (administrators and named people). */
@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly testAccess: TestAccess,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  async get(actor: RequestActor, id: string): Promise<TestPlan> {
    return TestPlan.from(await this.testAccess.plan(actor, id, 'read'));
  }

  async forEvaluation(actor: RequestActor, evaluationId: string): Promise<TestPlan[]> {
    await this.access.require(actor, evaluationId);
    const rows = await this.dataSource
      .getRepository(TestPlanEntity)
      .find({ where: { evaluationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((row) => TestPlan.from(row));
  }

  /** Whether the actor may start a plan for the evaluation now (its leads and testers, while it is open). */
  async canCreate(actor: RequestActor, evaluationId: string): Promise<boolean> {
    await this.access.require(actor, evaluationId);
    const evaluation = await this.dataSource.getRepository(EvaluationEntity).findOneBy({ id: evaluationId });
    if (!evaluation || !isEvaluationOpen(evaluation.status)) return false;
    return this.access.holds(actor, evaluationId, EvaluationRole.Lead, EvaluationRole.Tester);
  }

  /** Plans of products in use: every one for administrators, else those the person is named on. */
  async productPlans(actor: RequestActor, productId?: string): Promise<TestPlan[]> {
    const query = this.dataSource
      .getRepository(TestPlanEntity)
      .createQueryBuilder('p')
      .where('p.product_id IS NOT NULL')
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC');
    if (productId) query.andWhere('p.product_id = :productId', { productId });
    if (actor.globalRole !== GlobalRole.Admin) {
      query.andWhere('EXISTS (SELECT 1 FROM test_plan_member m WHERE m.plan_id = p.id AND m.user_id = :me)', {
        me: actor.id,
      });
    }
    return (await query.getMany()).map((row) => TestPlan.from(row));
  }

  async myAccess(actor: RequestActor, plan: TestPlan): Promise<TestPlanAccess> {
    const row = await this.testAccess.plan(actor, plan.id, 'read');
    return this.testAccess.permissions(actor, row);
  }

  /** The people named on a product's plan (none for an evaluation's: its members are the evaluation's). */
  async members(actor: RequestActor, plan: TestPlan): Promise<TestPerson[]> {
    await this.testAccess.plan(actor, plan.id, 'read');
    return this.dataSource.query(
      `SELECT u.id, u.display_name AS "displayName" FROM test_plan_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.plan_id = $1 ORDER BY u.display_name, u.id`,
      [plan.id],
    );
  }

  async owner(plan: TestPlan): Promise<TestPerson | null> {
    if (!plan.ownerId) return null;
    const rows: TestPerson[] = await this.dataSource.query(
      'SELECT id, display_name AS "displayName" FROM app_user WHERE id = $1',
      [plan.ownerId],
    );
    return rows[0] ?? null;
  }

  // ---- writing ---------------------------------------------------------------------------

  async create(actor: RequestActor, input: CreateTestPlanInput): Promise<TestPlan> {
    if (!!input.evaluationId === !!input.productId) {
      throw badInput('A test plan is for an evaluation or for a product: give one of them.', [
        { field: 'evaluationId', problems: ['Give an evaluation or a product, not both.'] },
      ]);
    }
    if (input.evaluationId) {
      await this.access.require(actor, input.evaluationId, EvaluationRole.Lead, EvaluationRole.Tester);
    } else if (actor.globalRole !== GlobalRole.Admin) {
      throw forbidden('Only an administrator may start a test plan for a product in use.');
    }
    return this.dataSource.transaction(async (manager) => {
      if (input.evaluationId) {
        await lockOpenEvaluation(manager, input.evaluationId, 'its tests');
        if (input.currentVersionId || input.targetVersionId) {
          throw badInput('Versions belong to plans for a product in use; an evaluation’s runs name their candidate.');
        }
      } else if (input.productId) {
        await this.product(manager, input.productId);
        await this.assertVersionOf(manager, input.productId, input.currentVersionId, 'currentVersionId');
        await this.assertVersionOf(manager, input.productId, input.targetVersionId, 'targetVersionId');
      }
      const ownerId = input.ownerId ?? actor.id;
      const values = {
        evaluationId: input.evaluationId ?? null,
        productId: input.productId ?? null,
        currentVersionId: input.currentVersionId ?? null,
        targetVersionId: input.targetVersionId ?? null,
        name: input.name.trim(),
        scope: input.scope?.trim() ?? '',
        entryCriteria: input.entryCriteria?.trim() ?? '',
        exitCriteria: input.exitCriteria?.trim() ?? '',
        ownerId,
        keyPrefix: (input.keyPrefix ?? 'T').toUpperCase(),
        createdBy: actor.id,
      };
      if (input.ownerId) await this.assertOwner(manager, values, input.ownerId);
      if (!values.name) throw badInput('Enter a name.', [{ field: 'name', problems: ['Enter a name.'] }]);
      const saved = await this.edit.create(
        manager,
        actor,
        TEST_PLAN,
        values,
        (row) => ({ name: row.name, keyPrefix: row.keyPrefix, productId: row.productId, ownerId: row.ownerId }),
        { evaluationId: values.evaluationId },
      );
      return TestPlan.from(saved);
    });
  }

  async update(actor: RequestActor, input: UpdateTestPlanInput): Promise<TestPlan> {
    await this.testAccess.plan(actor, input.id, 'write');
    return this.dataSource.transaction(async (manager) => {
      await this.testAccess.lockForWrite(manager, input.id);
      const row = await this.edit.lockVersion(manager, TEST_PLAN, input.id, input.version);
      if (row.evaluationId && (input.currentVersionId || input.targetVersionId)) {
        throw badInput('Versions belong to plans for a product in use; an evaluation’s runs name their candidate.');
      }
      if (row.productId) {
        await this.assertVersionOf(manager, row.productId, input.currentVersionId, 'currentVersionId');
        await this.assertVersionOf(manager, row.productId, input.targetVersionId, 'targetVersionId');
      }
      if (input.ownerId && input.ownerId !== row.ownerId) await this.assertOwner(manager, row, input.ownerId);
      const changes: Partial<TestPlanEntity> = {
        name: input.name?.trim(),
        scope: input.scope?.trim(),
        entryCriteria: input.entryCriteria?.trim(),
        exitCriteria: input.exitCriteria?.trim(),
        ownerId: input.ownerId,
        keyPrefix: input.keyPrefix?.toUpperCase(),
        currentVersionId: input.currentVersionId,
        targetVersionId: input.targetVersionId,
      };
      if (changes.name === '') throw badInput('Enter a name.', [{ field: 'name', problems: ['Enter a name.'] }]);
      const saved = await this.edit.update(manager, actor, TEST_PLAN, row, changes, PLAN_FIELDS, {
        evaluationId: row.evaluationId,
      });
      return TestPlan.from(saved);
    });
  }

  /** Deletes a plan and its cases and runs, while nothing has been recorded in its runs, evidence included. */
  async delete(actor: RequestActor, input: TestPlanRef): Promise<boolean> {
    await this.testAccess.plan(actor, input.id, 'write');
    return this.dataSource.transaction(async (manager) => {
      await this.testAccess.lockForWrite(manager, input.id);
      const row = await this.edit.lockVersion(manager, TEST_PLAN, input.id, input.version);
      const recorded: unknown[] = await manager.query(
        `SELECT 1 FROM test_result r JOIN test_run t ON t.id = r.run_id
          WHERE t.plan_id = $1
            AND (r.status <> 'untested'
                 OR EXISTS (SELECT 1 FROM attachment a WHERE a.owner_type = 'test_result' AND a.owner_id = r.id))
          LIMIT 1`,
        [row.id],
      );
      if (recorded.length > 0) {
        throw conflict('The plan’s runs have recorded results, which are kept; it can no longer be deleted.');
      }
      await manager.getRepository(TestPlanEntity).delete({ id: row.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'test_plan',
        objectId: row.id,
        action: 'deleted',
        evaluationId: row.evaluationId,
        before: { name: row.name },
      });
      return true;
    });
  }

  /** Names the people who work on a product's plan (administrators only). */
  async setMembers(actor: RequestActor, input: SetTestPlanMembersInput): Promise<TestPlan> {
    const plan = await this.testAccess.plan(actor, input.planId, 'read');
    if (actor.globalRole !== GlobalRole.Admin) throw forbidden('Only an administrator may name the people of a plan.');
    if (!plan.productId) {
      throw badInput('An evaluation’s plan is worked on by the evaluation’s members; change them there.');
    }
    const userIds = [...new Set(input.userIds)];
    return this.dataSource.transaction(async (manager) => {
      const row = await this.testAccess.lockForWrite(manager, plan.id);
      if (userIds.length > 0) {
        const found: { id: string }[] = await manager.query(
          'SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND active',
          [userIds],
        );
        if (found.length !== userIds.length) {
          throw badInput('Choose active people from the list.', [
            { field: 'userIds', problems: ['One of the people does not exist or is inactive.'] },
          ]);
        }
      }
      const before: { user_id: string }[] = await manager.query(
        'SELECT user_id FROM test_plan_member WHERE plan_id = $1 ORDER BY user_id',
        [row.id],
      );
      await manager.query('DELETE FROM test_plan_member WHERE plan_id = $1', [row.id]);
      if (userIds.length > 0) {
        await manager.query(
          `INSERT INTO test_plan_member (plan_id, user_id, added_by) SELECT $1, u, $2 FROM unnest($3::uuid[]) AS u`,
          [row.id, actor.id, userIds],
        );
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'test_plan',
        objectId: row.id,
        action: 'members_set',
        before: { memberIds: before.map((member) => member.user_id) },
        after: { memberIds: [...userIds].sort() },
      });
      return TestPlan.from(row);
    });
  }

  // ---- rules -----------------------------------------------------------------------------

  private async product(manager: EntityManager, productId: string): Promise<ProductEntity> {
    const product = await manager.getRepository(ProductEntity).findOneBy({ id: productId });
    if (!product) throw notFound('The product');
    return product;
  }

  private async assertVersionOf(
    manager: EntityManager,
    productId: string,
    versionId: string | undefined,
    field: string,
  ): Promise<void> {
    if (!versionId) return;
    const version = await manager.getRepository(ProductVersionEntity).findOneBy({ id: versionId });
    if (!version || version.productId !== productId) {
      throw badInput('Choose a version of the plan’s product.', [
        { field, problems: ['Not a version of this product.'] },
      ]);
    }
  }

  /** The owner is someone who may read the plan: a member of the evaluation, or an administrator or named person. */
  private async assertOwner(
    manager: EntityManager,
    plan: Pick<TestPlanEntity, 'evaluationId'> & { id?: string },
    ownerId: string,
  ): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM app_user u WHERE u.id = $1 AND u.active AND (
         u.global_role = 'admin'
         OR EXISTS (SELECT 1 FROM evaluation_member m WHERE m.user_id = u.id AND m.evaluation_id = $2)
         OR EXISTS (SELECT 1 FROM test_plan_member p WHERE p.user_id = u.id AND p.plan_id = $3))`,
      [ownerId, plan.evaluationId ?? null, plan.id ?? null],
    );
    if (rows.length === 0) {
      throw badInput('Choose an owner who works on the plan.', [
        { field: 'ownerId', problems: ['Not a member of the evaluation or a person named on the plan.'] },
      ]);
    }
  }
}
