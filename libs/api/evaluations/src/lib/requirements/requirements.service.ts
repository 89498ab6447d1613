import {
  AccessPolicy,
  assertEvaluationOpen,
  AuditService,
  badInput,
  conflict,
  DEFAULT_PAGE,
  EditTarget,
  forbidden,
  likePattern,
  notFound,
  PageInput,
  prefixQuery,
  lockEvaluation,
  RequestActor,
  staleVersionConflict,
  VersionedEdit,
} from '@assay/api/core';
import {
  DepartmentEntity,
  EvaluationEntity,
  RequirementEntity,
  TrainingNeedEntity,
  CandidateEntity,
} from '@assay/api/data';
import { AuditAction, DEFAULT_VERIFICATION_METHOD, EvaluationRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import {
  CreateRequirementInput,
  DecideRequirementsInput,
  RequirementFilter,
  RequirementRef,
  SetPriorityInput,
  TrainingNeedInput,
  UpdateRequirementInput,
} from './requirements.inputs';
import {
  Requirement,
  RequirementCount,
  RequirementPage,
  RequirementTestCase,
  TrainingNeed,
  TrainingSummary,
} from './requirements.types';
import { RequirementsToDecide } from '../my-work/my-work.types';

export const REQUIREMENT_FIELDS = [
  'code',
  'title',
  'description',
  'category',
  'departmentId',
  'priority',
  'mandatory',
  'verificationMethod',
  'rationale',
] as const;
const REQUIREMENT: EditTarget<RequirementEntity> = {
  entity: RequirementEntity,
  objectType: 'requirement',
  missing: 'The requirement',
  describe: (row) => `Requirement ${row.code}`,
};
const TRAINING_NEED: EditTarget<TrainingNeedEntity> = {
  entity: TrainingNeedEntity,
  objectType: 'training_need',
  missing: 'The training need',
  describe: () => 'The training need',
};
const TRAINING_NEED_FIELDS = ['candidateId', 'departmentId', 'topic', 'people', 'hoursPerPerson', 'notes'] as const;
/** While requirements are being gathered, department heads add and edit their own department's. */
const GATHERING = new Set(['draft', 'requirements']);

/** Who is acting in an evaluation: roles held and the department they belong to. */
export interface EvaluationActor {
  actor: RequestActor;
  lead: boolean;
  departmentHead: boolean;
  departmentId: string | null;
}

/**
 * Requirements and training needs. Leads (and administrators) change anything while the
 * evaluation is open; department heads create and edit their own department's proposed
 * requirements while requirements are gathered; only leads decide. Every change is audited.
 */
@Injectable()
export class RequirementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
  ) {}

  /**
   * As a department head (their own memberships): the requirements of their department still
   * proposed in each open evaluation, waiting for the lead's decision; one query.
   */
  async toDecide(actor: RequestActor): Promise<RequirementsToDecide[]> {
    const ids = await this.access.evaluationsAs(actor, EvaluationRole.DepartmentHead);
    const departmentId = await this.access.departmentOf(actor);
    if (ids.length === 0 || !departmentId) return [];
    const rows: { evaluation_id: string; title: string; proposed: number }[] = await this.dataSource.query(
      `SELECT e.id AS evaluation_id, e.title, count(*)::int AS proposed
         FROM requirement r JOIN evaluation e ON e.id = r.evaluation_id
        WHERE r.evaluation_id = ANY($1::uuid[]) AND r.department_id = $2 AND r.status = 'proposed'
          AND e.status NOT IN ('cancelled', 'decided')
        GROUP BY e.id, e.title ORDER BY lower(e.title), e.id`,
      [ids, departmentId],
    );
    return rows.map((row) =>
      Object.assign(new RequirementsToDecide(), {
        evaluationId: row.evaluation_id,
        evaluationTitle: row.title,
        proposed: row.proposed,
      }),
    );
  }

  /** The actor's standing in the evaluation; someone who is not a member is told that `hiddenAs` was not found. */
  async whoIs(actor: RequestActor, evaluationId: string, hiddenAs = 'The evaluation'): Promise<EvaluationActor> {
    await this.access.require(actor, { evaluationId, hiddenAs });
    // Read once per request by the policy, however many requirements a bulk change touches.
    return {
      actor,
      lead: await this.access.holds(actor, evaluationId, EvaluationRole.Lead),
      departmentHead: await this.access.holds(actor, evaluationId, EvaluationRole.DepartmentHead),
      departmentId: await this.access.departmentOf(actor),
    };
  }

  // ---- reading ---------------------------------------------------------------------------

  async list(
    actor: RequestActor,
    evaluationId: string,
    filter: RequirementFilter = {},
    page: PageInput = DEFAULT_PAGE,
  ): Promise<RequirementPage> {
    await this.access.require(actor, evaluationId);
    const query = this.dataSource
      .getRepository(RequirementEntity)
      .createQueryBuilder('r')
      .where('r.evaluation_id = :evaluationId', { evaluationId });
    if (filter.departmentIds?.length)
      query.andWhere('r.department_id IN (:...departmentIds)', { departmentIds: filter.departmentIds });
    if (filter.priorities?.length) query.andWhere('r.priority IN (:...priorities)', { priorities: filter.priorities });
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.verificationMethods?.length)
      query.andWhere('r.verification_method IN (:...methods)', { methods: filter.verificationMethods });
    if (filter.mandatory !== undefined && filter.mandatory !== null)
      query.andWhere('r.mandatory = :mandatory', { mandatory: filter.mandatory });
    const words = filter.search ? prefixQuery(filter.search) : null;
    if (words) {
      query.andWhere(
        new Brackets((w) =>
          w
            .where(`r.search @@ to_tsquery('simple', :words)`, { words })
            .orWhere(`r.search @@ to_tsquery('english', :words)`, { words })
            .orWhere('r.code ILIKE :code', { code: likePattern(filter.search!, 'prefix') }),
        ),
      );
    }
    const [rows, total] = await query.orderBy('r.code', 'ASC').skip(page.offset).take(page.limit).getManyAndCount();
    return { items: rows.map((row) => Requirement.from(row)), total };
  }

  async get(actor: RequestActor, id: string): Promise<Requirement> {
    const row = await this.dataSource.getRepository(RequirementEntity).findOneBy({ id });
    if (!row) throw notFound('The requirement');
    await this.access.require(actor, { evaluationId: row.evaluationId, hiddenAs: 'The requirement' });
    return Requirement.from(row);
  }

  /**
   * The test cases (not archived) that verify each of these requirements, by plan name and key, for
   * a page of requirements in one query. The reader must be a member of each one's evaluation.
   */
  async testCasesOf(
    actor: RequestActor,
    requirementIds: readonly string[],
  ): Promise<Map<string, RequirementTestCase[]>> {
    const rows: (RequirementTestCase & { requirementId: string; evaluationId: string })[] = await this.dataSource.query(
      `SELECT r.id AS "requirementId", r.evaluation_id AS "evaluationId", c.id, c.key, v.title,
              p.id AS "planId", p.name AS "planName"
         FROM requirement r
         JOIN test_case_requirement link ON link.requirement_id = r.id
         JOIN test_case c ON c.id = link.case_id AND c.archived_at IS NULL
         JOIN test_case_version v ON v.case_id = c.id AND v.case_version = c.current_version
         JOIN test_plan p ON p.id = c.plan_id
        WHERE r.id = ANY($1::uuid[])
        ORDER BY p.name, p.id, c.number`,
      [[...requirementIds]],
    );
    const byRequirement = new Map<string, RequirementTestCase[]>();
    for (const evaluationId of new Set(rows.map((row) => row.evaluationId))) {
      await this.access.require(actor, { evaluationId, hiddenAs: 'The requirement' });
    }
    for (const row of rows) {
      const list = byRequirement.get(row.requirementId) ?? [];
      list.push(
        Object.assign(new RequirementTestCase(), {
          id: row.id,
          key: row.key,
          title: row.title,
          planId: row.planId,
          planName: row.planName,
        }),
      );
      byRequirement.set(row.requirementId, list);
    }
    return byRequirement;
  }

  async counts(actor: RequestActor, evaluationId: string): Promise<RequirementCount[]> {
    await this.access.require(actor, evaluationId);
    const rows: {
      department_id: string;
      priority: RequirementCount['priority'];
      status: RequirementCount['status'];
      count: number;
    }[] = await this.dataSource.query(
      `SELECT department_id, priority, status, count(*)::int AS count FROM requirement WHERE evaluation_id = $1 GROUP BY department_id, priority, status ORDER BY department_id, priority, status`,
      [evaluationId],
    );
    return rows.map((row) => ({
      departmentId: row.department_id,
      priority: row.priority,
      status: row.status,
      count: row.count,
    }));
  }

  // ---- writing ---------------------------------------------------------------------------

  async create(actor: RequestActor, input: CreateRequirementInput): Promise<Requirement> {
    const who = await this.whoIs(actor, input.evaluationId);
    return this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, input.evaluationId);
      this.assertMayWrite(who, evaluation, input.departmentId, null);
      const department = await this.department(manager, input.departmentId);
      const code = input.code ? input.code.toUpperCase() : await this.nextCode(manager, evaluation.id, department.code);
      await this.assertCodeFree(manager, evaluation.id, code, null);
      const values = {
        evaluationId: evaluation.id,
        code,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        category: input.category?.trim() ?? '',
        departmentId: department.id,
        priority: input.priority,
        mandatory: input.mandatory ?? false,
        verificationMethod: input.verificationMethod ?? DEFAULT_VERIFICATION_METHOD,
        rationale: input.rationale?.trim() ?? '',
        createdBy: who.actor.id,
      };
      const saved = await this.edit.create(
        manager,
        who.actor,
        REQUIREMENT,
        values,
        () => ({ ...values, evaluationId: undefined, createdBy: undefined }),
        { evaluationId: evaluation.id },
      );
      return Requirement.from(saved);
    });
  }

  async update(actor: RequestActor, input: UpdateRequirementInput): Promise<Requirement> {
    const existing = await this.dataSource.getRepository(RequirementEntity).findOneBy({ id: input.id });
    if (!existing) throw notFound('The requirement');
    const who = await this.whoIs(actor, existing.evaluationId, 'The requirement');
    return this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, existing.evaluationId);
      const row = await this.edit.lockVersion(manager, REQUIREMENT, input.id, input.version);
      this.assertMayWrite(who, evaluation, row.departmentId, row.status);
      if (input.departmentId && input.departmentId !== row.departmentId) {
        this.assertMayWrite(who, evaluation, input.departmentId, row.status);
        await this.department(manager, input.departmentId);
      }
      if (input.code && input.code.toUpperCase() !== row.code)
        await this.assertCodeFree(manager, row.evaluationId, input.code.toUpperCase(), row.id);
      const changes: Partial<RequirementEntity> = {};
      for (const field of REQUIREMENT_FIELDS) {
        const value = input[field];
        if (value === undefined || value === null) continue;
        (changes as Record<string, unknown>)[field] =
          field === 'code' ? String(value).toUpperCase() : typeof value === 'string' ? value.trim() : value;
      }
      const saved = await this.edit.update(manager, who.actor, REQUIREMENT, row, changes, REQUIREMENT_FIELDS, {
        evaluationId: row.evaluationId,
      });
      return Requirement.from(saved);
    });
  }

  /** Approve, reject (with a comment) or reopen requirements: leads only, all or nothing. */
  async decide(actor: RequestActor, input: DecideRequirementsInput): Promise<Requirement[]> {
    if (input.decision === 'rejected' && !input.comment?.trim()) {
      throw badInput('Say why the requirements are rejected.', [
        { field: 'comment', problems: ['Required when rejecting.'] },
      ]);
    }
    return this.bulk(actor, input.requirements, async (manager, who, row) => {
      if (row.status === input.decision) return null;
      const before = { status: row.status, decisionComment: row.decisionComment };
      row.status = input.decision;
      row.decidedBy = input.decision === 'proposed' ? null : who.actor.id;
      row.decidedAt = input.decision === 'proposed' ? null : new Date();
      row.decisionComment = input.comment?.trim() || null;
      return { before, after: { status: row.status, decisionComment: row.decisionComment }, action: 'decided' };
    });
  }

  async setPriority(actor: RequestActor, input: SetPriorityInput): Promise<Requirement[]> {
    return this.bulk(actor, input.requirements, async (_manager, _who, row) => {
      if (row.priority === input.priority) return null;
      const before = { priority: row.priority };
      row.priority = input.priority;
      return { before, after: { priority: row.priority }, action: 'updated' };
    });
  }

  /** Applies one change to many requirements of one evaluation in one transaction, as its lead; any stale version aborts all. */
  async bulk(
    actor: RequestActor,
    refs: RequirementRef[],
    change: (
      manager: EntityManager,
      who: EvaluationActor,
      row: RequirementEntity,
    ) => Promise<{ before: Record<string, unknown>; after: Record<string, unknown>; action: AuditAction } | null>,
  ): Promise<Requirement[]> {
    const ids = [...new Set(refs.map((ref) => ref.id))];
    const rows = await this.dataSource.getRepository(RequirementEntity).findBy({ id: In(ids) });
    if (rows.length !== ids.length) throw notFound('One of the requirements');
    const evaluationIds = [...new Set(rows.map((row) => row.evaluationId))];
    // Membership first: requirements of an evaluation the person is not in are "not found", as if they did not exist.
    const standing = await Promise.all(evaluationIds.map((id) => this.whoIs(actor, id, 'One of the requirements')));
    if (evaluationIds.length !== 1) throw badInput('Choose requirements of one evaluation at a time.');
    const evaluationId = evaluationIds[0];
    const who = standing[0];
    if (!who.lead) throw forbidden('Only the evaluation’s lead may do that.');
    return this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, evaluationId);
      this.assertOpen(evaluation);
      const locked = await manager
        .getRepository(RequirementEntity)
        .find({ where: { id: In(ids) }, lock: { mode: 'pessimistic_write' }, order: { code: 'ASC' } });
      const versions = new Map(refs.map((ref) => [ref.id, ref.version]));
      const stale = locked.filter((row) => row.version !== versions.get(row.id));
      if (stale.length > 0) {
        const first = await staleVersionConflict(
          manager,
          REQUIREMENT.describe(stale[0]),
          REQUIREMENT.objectType,
          stale[0].id,
          stale[0].version,
        );
        throw conflict(
          `${stale.length} of the ${locked.length} requirements changed since you loaded them (${stale.map((row) => row.code).join(', ')}). ${first.message} Nothing was saved.`,
          { codes: stale.map((row) => row.code) },
        );
      }
      const out: Requirement[] = [];
      for (const row of locked) {
        const result = await change(manager, who, row);
        if (result) {
          const saved = await this.edit.save(manager, REQUIREMENT, row);
          await this.audit.record(manager, {
            actorId: who.actor.id,
            objectType: 'requirement',
            objectId: row.id,
            evaluationId,
            action: result.action,
            before: result.before,
            after: result.after,
          });
          out.push(Requirement.from(saved));
        } else {
          out.push(Requirement.from(row));
        }
      }
      return out;
    });
  }

  // ---- training needs --------------------------------------------------------------------

  async trainingNeeds(actor: RequestActor, evaluationId: string): Promise<TrainingNeed[]> {
    await this.access.require(actor, evaluationId);
    const rows = await this.dataSource
      .getRepository(TrainingNeedEntity)
      .find({ where: { evaluationId }, order: { createdAt: 'ASC' } });
    return rows.map((row) => TrainingNeed.from(row));
  }

  async trainingSummary(actor: RequestActor, evaluationId: string): Promise<TrainingSummary[]> {
    await this.access.require(actor, evaluationId);
    const rows: { candidate_id: string; needs: number; people: number; hours: string }[] = await this.dataSource.query(
      `SELECT c.id AS candidate_id, count(t.id)::int AS needs, coalesce(sum(t.people), 0)::int AS people, coalesce(sum(t.people * t.hours_per_person), 0)::text AS hours
         FROM candidate c LEFT JOIN training_need t ON t.candidate_id = c.id
        WHERE c.evaluation_id = $1 GROUP BY c.id ORDER BY c.id`,
      [evaluationId],
    );
    return rows.map((row) => ({
      candidateId: row.candidate_id,
      needs: row.needs,
      people: row.people,
      totalHours: Number(row.hours),
    }));
  }

  async saveTrainingNeed(actor: RequestActor, evaluationId: string, input: TrainingNeedInput): Promise<TrainingNeed> {
    const who = await this.whoIs(actor, evaluationId);
    return this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, evaluationId);
      this.assertMayWrite(who, evaluation, input.departmentId, null);
      const candidate = await manager.getRepository(CandidateEntity).findOneBy({ id: input.candidateId });
      if (!candidate || candidate.evaluationId !== evaluationId)
        throw badInput('Choose a candidate of this evaluation.', [
          { field: 'candidateId', problems: ['Not a candidate of this evaluation.'] },
        ]);
      await this.department(manager, input.departmentId);
      const fields = {
        candidateId: input.candidateId,
        departmentId: input.departmentId,
        topic: input.topic.trim(),
        people: input.people,
        hoursPerPerson: input.hoursPerPerson,
        notes: input.notes?.trim() ?? '',
      };
      if (!input.id) {
        const values = { ...fields, evaluationId };
        const saved = await this.edit.create(manager, who.actor, TRAINING_NEED, values, () => fields, { evaluationId });
        return TrainingNeed.from(saved);
      }
      const row = await this.edit.lockVersion(
        manager,
        TRAINING_NEED,
        input.id,
        input.version,
        (need) => need.evaluationId === evaluationId,
      );
      this.assertMayWrite(who, evaluation, row.departmentId, null);
      const saved = await this.edit.update(manager, who.actor, TRAINING_NEED, row, fields, TRAINING_NEED_FIELDS, {
        evaluationId,
      });
      return TrainingNeed.from(saved);
    });
  }

  // ---- rules -----------------------------------------------------------------------------

  /** Leads change anything while open; department heads their own department's undecided ones while gathering. */
  assertMayWrite(
    who: EvaluationActor,
    evaluation: EvaluationEntity,
    departmentId: string,
    status: string | null,
  ): void {
    this.assertOpen(evaluation);
    if (who.lead) return;
    if (!who.departmentHead)
      throw forbidden('Only the evaluation’s lead and department heads may change requirements.');
    if (who.departmentId !== departmentId)
      throw forbidden('Department heads change only their own department’s requirements.');
    if (!GATHERING.has(evaluation.status))
      throw forbidden(`Requirements are no longer gathered (the evaluation is in ${evaluation.status}); ask the lead.`);
    if (status === 'approved')
      throw forbidden('This requirement is approved; ask the lead to reopen it before changing it.');
  }

  private assertOpen(evaluation: EvaluationEntity): void {
    assertEvaluationOpen(evaluation, 'its requirements');
  }

  async department(manager: EntityManager, id: string): Promise<DepartmentEntity> {
    const department = await manager.getRepository(DepartmentEntity).findOneBy({ id });
    if (!department)
      throw badInput('That department does not exist.', [
        { field: 'departmentId', problems: ['Choose a department from the list.'] },
      ]);
    return department;
  }

  /** PREFIX-NNN, one more than the highest number in use with that prefix. */
  async nextCode(
    manager: EntityManager,
    evaluationId: string,
    prefix: string,
    reserved: Set<string> = new Set(),
  ): Promise<string> {
    const rows: { n: number | null }[] = await manager.query(
      `SELECT max(substring(code FROM '^' || $2 || '-(\\d+)$')::int) AS n FROM requirement WHERE evaluation_id = $1 AND code ~ ('^' || $2 || '-\\d+$')`,
      [evaluationId, prefix],
    );
    let n = (rows[0]?.n ?? 0) + 1;
    const code = (value: number) => `${prefix}-${String(value).padStart(3, '0')}`;
    while (reserved.has(code(n))) n++;
    return code(n);
  }

  private async assertCodeFree(
    manager: EntityManager,
    evaluationId: string,
    code: string,
    exceptId: string | null,
  ): Promise<void> {
    const clash = await manager.getRepository(RequirementEntity).findOneBy({ evaluationId, code });
    if (clash && clash.id !== exceptId)
      throw conflict(`Another requirement already has the code ${code}.`, { field: 'code' });
  }
}
