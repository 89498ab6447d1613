import {
  AuditService,
  badInput,
  conflict,
  DEFAULT_PAGE,
  EditTarget,
  likePattern,
  notFound,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import { TestCaseEntity, TestPlanEntity, TestPriority, TestStep as TestStepValue } from '@assay/api/data';
import { cleanTestTags, testCaseKey } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { TestAccess } from '../plans/test-access.service';
import {
  CopyTestCasesInput,
  CreateTestCaseInput,
  TestCaseFilter,
  TestCaseRef,
  TestPageInput,
  TestStepInput,
  UpdateTestCaseInput,
} from './cases.inputs';
import { TestCase, TestCasePage, TestCaseVersion } from './cases.types';
import { CASE_COLUMNS, CaseRow, caseOf, loadCases, requirementsOf, VersionRow, versionOf } from './case-rows';

export const TEST_CASE: EditTarget<TestCaseEntity> = {
  entity: TestCaseEntity,
  objectType: 'test_case',
  missing: 'The test case',
  describe: (row) => `Test case ${row.key}`,
};

/** A case's text: what a new version is made of. */
interface CaseText {
  title: string;
  preconditions: string;
  steps: TestStepValue[];
  priority: TestPriority;
  tags: string[];
}
const TEXT_FIELDS = ['title', 'preconditions', 'steps', 'priority', 'tags'] as const;

/**
 * Test cases and their versions. Editing a case whose current version no result has run changes
 * that version in place; once a result ran it, the edit starts the next version, so every result
 * keeps reading as it was run. Keys are numbered per plan under the plan's lock.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly testAccess: TestAccess,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  async list(
    actor: RequestActor,
    planId: string,
    filter: TestCaseFilter = {},
    page: TestPageInput = { ...DEFAULT_PAGE, limit: 100 },
  ): Promise<TestCasePage> {
    await this.testAccess.plan(actor, planId, 'read');
    const params: unknown[] = [planId];
    const where = ['c.plan_id = $1'];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (!filter.archived) where.push('c.archived_at IS NULL');
    if (filter.tag?.trim()) where.push(`${param(filter.tag.trim())} = ANY(v.tags)`);
    if (filter.priorities?.length) where.push(`v.priority = ANY(${param(filter.priorities)}::text[])`);
    if (filter.section !== undefined && filter.section !== null)
      where.push(`c.section = ${param(filter.section.trim())}`);
    if (filter.requirementId) {
      where.push(
        `EXISTS (SELECT 1 FROM test_case_requirement l WHERE l.case_id = c.id AND l.requirement_id = ${param(filter.requirementId)})`,
      );
    }
    if (filter.text?.trim()) {
      const pattern = param(likePattern(filter.text));
      where.push(`(c.key ILIKE ${pattern} OR v.title ILIKE ${pattern})`);
    }
    const from = `FROM test_case c JOIN test_case_version v ON v.case_id = c.id AND v.case_version = c.current_version
      WHERE ${where.join(' AND ')}`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total ${from}`,
      params,
    );
    const rows: CaseRow[] = await this.dataSource.query(
      `SELECT ${CASE_COLUMNS} ${from} ORDER BY c.number LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      params,
    );
    const requirements = await requirementsOf(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return { items: rows.map((row) => caseOf(row, requirements.get(row.id) ?? [])), total };
  }

  async get(actor: RequestActor, id: string): Promise<TestCase> {
    const row = await this.dataSource.getRepository(TestCaseEntity).findOneBy({ id });
    if (!row) throw notFound('The test case');
    await this.testAccess.plan(actor, row.planId, 'read', 'The test case');
    return (await loadCases(this.dataSource.manager, [id]))[0];
  }

  async versions(actor: RequestActor, caseId: string): Promise<TestCaseVersion[]> {
    await this.get(actor, caseId);
    const rows: VersionRow[] = await this.dataSource.query(
      `SELECT case_version, title, preconditions, steps, priority, tags, created_at FROM test_case_version
        WHERE case_id = $1 ORDER BY case_version`,
      [caseId],
    );
    return rows.map(versionOf);
  }

  // ---- writing ---------------------------------------------------------------------------

  async create(actor: RequestActor, input: CreateTestCaseInput): Promise<TestCase> {
    await this.testAccess.plan(actor, input.planId, 'write');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.testAccess.lockForWrite(manager, input.planId);
      const id = await this.createIn(manager, actor, plan, input);
      return (await loadCases(manager, [id]))[0];
    });
  }

  /**
   * Adds a case inside the caller's transaction, the plan locked by `lockForWrite` and the actor
   * already allowed to write it; returns the new case's id.
   */
  async createIn(
    manager: EntityManager,
    actor: RequestActor,
    plan: TestPlanEntity,
    input: Omit<CreateTestCaseInput, 'planId'>,
  ): Promise<string> {
    const requirementIds = await this.requirements(manager, plan, input.requirementIds ?? []);
    const text = textOf(input, null);
    const number = await this.takeNumbers(manager, plan, 1);
    const saved = await this.edit.create(
      manager,
      actor,
      TEST_CASE,
      {
        planId: plan.id,
        number,
        key: testCaseKey(plan.keyPrefix, number),
        section: input.section?.trim() ?? '',
        automationName: input.automationName?.trim() || null,
        createdBy: actor.id,
      },
      (row) => ({ key: row.key, section: row.section, ...text, requirementIds }),
      { evaluationId: plan.evaluationId },
    );
    await this.insertVersion(manager, saved.id, 1, text, actor.id);
    await this.link(manager, saved.id, requirementIds);
    return saved.id;
  }

  async update(actor: RequestActor, input: UpdateTestCaseInput): Promise<TestCase> {
    const existing = await this.dataSource.getRepository(TestCaseEntity).findOneBy({ id: input.id });
    if (!existing) throw notFound('The test case');
    await this.testAccess.plan(actor, existing.planId, 'write', 'The test case');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.testAccess.lockForWrite(manager, existing.planId, 'The test case');
      const row = await this.edit.lockVersion(manager, TEST_CASE, input.id, input.version);
      await this.updateIn(manager, actor, plan, row, input);
      return (await loadCases(manager, [row.id]))[0];
    });
  }

  /**
   * Applies an edit inside the caller's transaction, the plan locked by `lockForWrite` and the case
   * by `lockVersion`: in place while no result ran the current version, else as the next version.
   * Says what happened, so that an import can count it.
   */
  async updateIn(
    manager: EntityManager,
    actor: RequestActor,
    plan: TestPlanEntity,
    row: TestCaseEntity,
    input: Omit<UpdateTestCaseInput, 'id' | 'version'>,
  ): Promise<'unchanged' | 'updated' | 'new_version'> {
    if (row.archivedAt) throw conflict(`Test case ${row.key} is archived; it no longer changes.`);
    const [current]: VersionRow[] = await manager.query(
      `SELECT case_version, title, preconditions, steps, priority, tags, created_at FROM test_case_version
        WHERE case_id = $1 AND case_version = $2`,
      [row.id, row.currentVersion],
    );
    const before: CaseText = textOf(current, null);
    const after = textOf(input, before);
    const textChanged = TEXT_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
    const beforeLinks = await this.links(manager, row.id);
    const afterLinks =
      input.requirementIds === undefined ? beforeLinks : await this.requirements(manager, plan, input.requirementIds);
    const linksChanged = JSON.stringify(beforeLinks) !== JSON.stringify(afterLinks);
    const section = input.section === undefined ? row.section : input.section.trim();
    const automationName =
      input.automationName === undefined ? row.automationName : input.automationName?.trim() || null;
    const changedBefore: Record<string, unknown> = {};
    const changedAfter: Record<string, unknown> = {};
    for (const field of textChanged) {
      changedBefore[field] = before[field];
      changedAfter[field] = after[field];
    }
    if (linksChanged) {
      changedBefore['requirementIds'] = beforeLinks;
      changedAfter['requirementIds'] = afterLinks;
    }
    if (section !== row.section) {
      changedBefore['section'] = row.section;
      changedAfter['section'] = section;
    }
    if (automationName !== row.automationName) {
      changedBefore['automationName'] = row.automationName;
      changedAfter['automationName'] = automationName;
    }
    if (Object.keys(changedAfter).length === 0) return 'unchanged';

    let caseVersion = row.currentVersion;
    let newVersion = false;
    if (textChanged.length > 0) {
      const ran: unknown[] = await manager.query(
        `SELECT 1 FROM test_result WHERE case_id = $1 AND case_version = $2 AND status <> 'untested' LIMIT 1`,
        [row.id, row.currentVersion],
      );
      if (ran.length > 0) {
        newVersion = true;
        caseVersion = row.currentVersion + 1;
        await this.insertVersion(manager, row.id, caseVersion, after, actor.id);
        // What open runs have yet to run is the new text.
        await manager.query(
          `UPDATE test_result SET case_version = $2
            WHERE case_id = $1 AND status = 'untested' AND run_id IN (SELECT id FROM test_run WHERE status = 'open')`,
          [row.id, caseVersion],
        );
      } else {
        await manager.query(
          `UPDATE test_case_version SET title = $3, preconditions = $4, steps = $5::jsonb, priority = $6, tags = $7::text[]
            WHERE case_id = $1 AND case_version = $2`,
          [
            row.id,
            row.currentVersion,
            after.title,
            after.preconditions,
            JSON.stringify(after.steps),
            after.priority,
            after.tags,
          ],
        );
      }
    }
    if (linksChanged) {
      await manager.query('DELETE FROM test_case_requirement WHERE case_id = $1', [row.id]);
      await this.link(manager, row.id, afterLinks);
    }
    await manager.query(
      `UPDATE test_case SET section = $2, automation_name = $3, current_version = $4, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [row.id, section, automationName, caseVersion],
    );
    await this.audit.record(manager, {
      actorId: actor.id,
      objectType: 'test_case',
      objectId: row.id,
      action: newVersion ? 'new_version' : 'updated',
      evaluationId: plan.evaluationId,
      before: changedBefore,
      after: newVersion ? { ...changedAfter, caseVersion } : changedAfter,
    });
    return newVersion ? 'new_version' : 'updated';
  }

  /** Archives a case: it leaves the plan's list and new runs; its results stay. */
  async archive(actor: RequestActor, input: TestCaseRef): Promise<TestCase> {
    const existing = await this.dataSource.getRepository(TestCaseEntity).findOneBy({ id: input.id });
    if (!existing) throw notFound('The test case');
    await this.testAccess.plan(actor, existing.planId, 'write', 'The test case');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.testAccess.lockForWrite(manager, existing.planId, 'The test case');
      const row = await this.edit.lockVersion(manager, TEST_CASE, input.id, input.version);
      if (row.archivedAt) return (await loadCases(manager, [row.id]))[0];
      await this.edit.update(manager, actor, TEST_CASE, row, { archivedAt: new Date() }, ['archivedAt'], {
        action: 'archived',
        trail: 'action',
        evaluationId: plan.evaluationId,
      });
      return (await loadCases(manager, [row.id]))[0];
    });
  }

  /**
   * Copies cases into another plan as new cases (version 1 of their current text, new keys). Links
   * to requirements go along when both plans are for the same evaluation.
   */
  async copy(actor: RequestActor, input: CopyTestCasesInput): Promise<TestCase[]> {
    await this.testAccess.plan(actor, input.fromPlanId, 'read');
    await this.testAccess.plan(actor, input.toPlanId, 'write');
    const caseIds = [...new Set(input.caseIds)];
    return this.dataSource.transaction(async (manager) => {
      const target = await this.testAccess.lockForWrite(manager, input.toPlanId);
      const source = await manager.getRepository(TestPlanEntity).findOneBy({ id: input.fromPlanId });
      if (!source) throw notFound('The test plan');
      const sources: { id: string; key: string; section: string; automation_name: string | null }[] =
        await manager.query(
          `SELECT id, key, section, automation_name FROM test_case WHERE plan_id = $1 AND id = ANY($2::uuid[]) ORDER BY number`,
          [source.id, caseIds],
        );
      if (sources.length !== caseIds.length) {
        throw badInput('Choose cases of the plan you copy from.', [
          { field: 'caseIds', problems: ['One of the cases is not in that plan.'] },
        ]);
      }
      const first = await this.takeNumbers(manager, target, sources.length);
      const copies = sources.map((row, i) => ({
        id: randomUUID(),
        sourceId: row.id,
        number: first + i,
        key: testCaseKey(target.keyPrefix, first + i),
        section: row.section,
        automationName: row.automation_name,
      }));
      await manager.query(
        `INSERT INTO test_case (id, plan_id, number, key, section, automation_name, created_by)
         SELECT n.id, $1, n.number, n.key, n.section, n.automation_name, $2
           FROM unnest($3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[]) AS n(id, number, key, section, automation_name)`,
        [
          target.id,
          actor.id,
          copies.map((copy) => copy.id),
          copies.map((copy) => copy.number),
          copies.map((copy) => copy.key),
          copies.map((copy) => copy.section),
          copies.map((copy) => copy.automationName),
        ],
      );
      const pairs = [copies.map((copy) => copy.id), copies.map((copy) => copy.sourceId)];
      await manager.query(
        `INSERT INTO test_case_version (case_id, case_version, title, preconditions, steps, priority, tags, created_by)
         SELECT n.id, 1, v.title, v.preconditions, v.steps, v.priority, v.tags, $3
           FROM unnest($1::uuid[], $2::uuid[]) AS n(id, source_id)
           JOIN test_case c ON c.id = n.source_id
           JOIN test_case_version v ON v.case_id = c.id AND v.case_version = c.current_version`,
        [...pairs, actor.id],
      );
      if (source.evaluationId && source.evaluationId === target.evaluationId) {
        await manager.query(
          `INSERT INTO test_case_requirement (case_id, requirement_id)
           SELECT n.id, l.requirement_id FROM unnest($1::uuid[], $2::uuid[]) AS n(id, source_id)
             JOIN test_case_requirement l ON l.case_id = n.source_id`,
          pairs,
        );
      }
      await this.audit.recordMany(
        manager,
        copies.map((copy, i) => ({
          actorId: actor.id,
          objectType: 'test_case' as const,
          objectId: copy.id,
          action: 'copied' as const,
          evaluationId: target.evaluationId,
          after: { key: copy.key, copiedFrom: sources[i].key, fromPlanId: source.id },
        })),
      );
      return loadCases(
        manager,
        copies.map((copy) => copy.id),
      );
    });
  }

  // ---- rules -----------------------------------------------------------------------------

  /** The next `count` case numbers of the plan, locked by the caller (lockForWrite); the first is returned. */
  private async takeNumbers(manager: EntityManager, plan: TestPlanEntity, count: number): Promise<number> {
    const first = plan.nextCaseNumber;
    await manager.query('UPDATE test_plan SET next_case_number = $2 WHERE id = $1', [plan.id, first + count]);
    plan.nextCaseNumber = first + count;
    return first;
  }

  private async insertVersion(
    manager: EntityManager,
    caseId: string,
    caseVersion: number,
    text: CaseText,
    actorId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO test_case_version (case_id, case_version, title, preconditions, steps, priority, tags, created_by)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::text[], $8)`,
      [
        caseId,
        caseVersion,
        text.title,
        text.preconditions,
        JSON.stringify(text.steps),
        text.priority,
        text.tags,
        actorId,
      ],
    );
  }

  /** The given requirements, checked to be of the plan's evaluation; sorted, without repeats. */
  private async requirements(manager: EntityManager, plan: TestPlanEntity, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)].sort();
    if (unique.length === 0) return [];
    if (!plan.evaluationId) {
      throw badInput('Only an evaluation’s test cases verify requirements.', [
        { field: 'requirementIds', problems: ['This plan is for a product in use.'] },
      ]);
    }
    const found: { id: string }[] = await manager.query(
      'SELECT id FROM requirement WHERE evaluation_id = $1 AND id = ANY($2::uuid[])',
      [plan.evaluationId, unique],
    );
    if (found.length !== unique.length) {
      throw badInput('Choose requirements of this evaluation.', [
        { field: 'requirementIds', problems: ['One of the requirements is not in this evaluation.'] },
      ]);
    }
    return unique;
  }

  private async links(manager: EntityManager, caseId: string): Promise<string[]> {
    const rows: { requirement_id: string }[] = await manager.query(
      'SELECT requirement_id FROM test_case_requirement WHERE case_id = $1 ORDER BY requirement_id',
      [caseId],
    );
    return rows.map((row) => row.requirement_id);
  }

  private async link(manager: EntityManager, caseId: string, requirementIds: string[]): Promise<void> {
    if (requirementIds.length === 0) return;
    await manager.query(
      'INSERT INTO test_case_requirement (case_id, requirement_id) SELECT $1, r FROM unnest($2::uuid[]) AS r',
      [caseId, requirementIds],
    );
  }
}

/** The text an input gives, over `base` for what it leaves out (or the defaults for a new case). */
function textOf(
  input: {
    title?: string;
    preconditions?: string;
    steps?: (TestStepInput | TestStepValue)[];
    priority?: TestPriority;
    tags?: string[];
  },
  base: CaseText | null,
): CaseText {
  const title = input.title?.trim() ?? base?.title ?? '';
  if (!title) throw badInput('Enter a title.', [{ field: 'title', problems: ['Enter a title.'] }]);
  const steps = input.steps?.map((step) => ({ action: step.action.trim(), expected: step.expected?.trim() ?? '' }));
  if (steps?.some((step) => !step.action)) {
    throw badInput('Say what the tester does in each step.', [{ field: 'steps', problems: ['A step has no action.'] }]);
  }
  return {
    title,
    preconditions: input.preconditions?.trim() ?? base?.preconditions ?? '',
    steps: steps ?? base?.steps ?? [],
    priority: input.priority ?? base?.priority ?? 'medium',
    tags: input.tags ? cleanTestTags(input.tags) : (base?.tags ?? []),
  };
}
