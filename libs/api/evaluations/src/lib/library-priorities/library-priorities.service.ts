import {
  AccessPolicy,
  assertEvaluationOpen,
  AuditService,
  badInput,
  conflict,
  forbidden,
  lockEvaluation,
  notFound,
  RequestActor,
} from '@assay/api/core';
import { EvaluationEntity, LibraryPriorityEntity, RequirementEntity } from '@assay/api/data';
import {
  ConsortiumPriorityRule,
  deriveConsortiumPriority,
  EvaluationRole,
  LIBRARY_PRIORITY_LABELS,
  LibraryMark as DomainMark,
  toRequirementPriority,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import { RequirementsService } from '../requirements/requirements.service';
import { Requirement } from '../requirements/requirements.types';
import {
  ApplyLibraryPrioritiesInput,
  MarkLibraryPrioritiesInput,
  SetConsortiumPriorityRuleInput,
} from './library-priorities.inputs';
import { LibraryPriorities, PriorityLibrary, RequirementLibraryPriorities } from './library-priorities.types';

/** Roles that make a member of the evaluation a representative of their library (not viewer-only). */
const REPRESENTING_ROLES = [
  EvaluationRole.Lead,
  EvaluationRole.DepartmentHead,
  EvaluationRole.Evaluator,
  EvaluationRole.Tester,
  EvaluationRole.Director,
];

/**
 * Member libraries' priorities. A representative — a member of the evaluation in a role other than
 * viewer whose account belongs to a member library — marks, for their own library only, how much
 * each requirement matters to it. Every member reads the counts and the derived consortium priority;
 * the lead (and administrators) see every library's marks and the disagreements, choose the rule and
 * apply the derived priority to requirements (through the requirements' own versioned, audited bulk
 * change). Marks are audited on the requirement.
 */
@Injectable()
export class LibraryPrioritiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly requirements: RequirementsService,
  ) {}

  async read(actor: RequestActor, evaluationId: string): Promise<LibraryPriorities> {
    await this.access.require(actor, evaluationId);
    const evaluation = (await this.dataSource.getRepository(EvaluationEntity).findOneBy({ id: evaluationId }))!;
    const lead = await this.access.holds(actor, evaluationId, EvaluationRole.Lead);
    const myLibrary = await this.libraryOf(actor);
    const representative = myLibrary !== null && (await this.represents(actor, evaluationId));
    const rule = evaluation.libraryPriorityRule;

    const requirements = await this.dataSource.getRepository(RequirementEntity).find({
      where: { evaluationId, status: Not('rejected') },
      order: { code: 'ASC' },
    });
    const marks = await this.dataSource
      .getRepository(LibraryPriorityEntity)
      .find({ where: { evaluationId }, order: { memberLibraryId: 'ASC' } });
    const libraries: { id: string; code: string; name: string }[] = lead
      ? await this.dataSource.query(`SELECT id, code, name FROM member_library ORDER BY lower(code), id`)
      : myLibrary
        ? [myLibrary]
        : [];
    const codeOf = new Map(libraries.map((l) => [l.id, l.code]));
    const byRequirement = new Map<string, DomainMark[]>();
    for (const mark of marks) {
      const list = byRequirement.get(mark.requirementId) ?? [];
      list.push({ libraryId: mark.memberLibraryId, priority: mark.priority });
      byRequirement.set(mark.requirementId, list);
    }
    const byCode = (a: DomainMark, b: DomainMark) =>
      (codeOf.get(a.libraryId) ?? '').localeCompare(codeOf.get(b.libraryId) ?? '') ||
      a.libraryId.localeCompare(b.libraryId);
    const shown = (list: DomainMark[]) =>
      list
        .map((m) => ({ memberLibraryId: m.libraryId, priority: m.priority }))
        .sort((a, b) =>
          byCode(
            { libraryId: a.memberLibraryId, priority: a.priority },
            { libraryId: b.memberLibraryId, priority: b.priority },
          ),
        );

    return Object.assign(new LibraryPriorities(), {
      evaluationId,
      rule,
      myLibrary: myLibrary ? Object.assign(new PriorityLibrary(), myLibrary) : null,
      canMark: representative && evaluation.status !== 'cancelled' && evaluation.status !== 'decided',
      canManage: lead,
      libraries: libraries.map((l) => Object.assign(new PriorityLibrary(), l)),
      requirements: requirements.map((row) => {
        const given = byRequirement.get(row.id) ?? [];
        const derived = deriveConsortiumPriority(given, rule);
        const mine = myLibrary ? given.filter((m) => m.libraryId === myLibrary.id) : [];
        return Object.assign(new RequirementLibraryPriorities(), {
          requirementId: row.id,
          code: row.code,
          title: row.title,
          priority: row.priority,
          status: row.status,
          version: row.version,
          myMark: mine[0]?.priority ?? null,
          mustCount: derived.counts.must,
          shouldCount: derived.counts.should,
          couldCount: derived.counts.could,
          notNeededCount: derived.counts.not_needed,
          derived: derived.priority,
          tied: derived.tiedAt.length > 0,
          marks: shown(lead ? given : mine),
          disagreements: lead ? shown(derived.disagreements) : [],
        });
      }),
    });
  }

  /** A representative marks requirements for their own library (null clears a mark); all or nothing. */
  async mark(actor: RequestActor, input: MarkLibraryPrioritiesInput): Promise<LibraryPriorities> {
    await this.access.require(actor, input.evaluationId);
    const library = await this.libraryOf(actor);
    if (!library) throw forbidden('Your account belongs to no member library, so there are no priorities to mark.');
    if (!(await this.represents(actor, input.evaluationId)))
      throw forbidden('Only members of the evaluation (not viewers) mark their library’s priorities.');
    if (library.id !== input.memberLibraryId.toLowerCase())
      throw forbidden(`You mark the priorities of your own library (${library.code}) only.`);
    const requirementIds = [...new Set(input.marks.map((m) => m.requirementId.toLowerCase()))];
    if (requirementIds.length !== input.marks.length)
      throw badInput('Mark each requirement once.', [{ field: 'marks', problems: ['A requirement is marked twice.'] }]);

    await this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, input.evaluationId);
      assertEvaluationOpen(evaluation, 'the libraries’ priorities');
      const rows = await manager
        .getRepository(RequirementEntity)
        .findBy({ id: In(requirementIds), evaluationId: input.evaluationId });
      if (rows.length !== requirementIds.length) throw notFound('One of the requirements');
      const rejected = rows.filter((row) => row.status === 'rejected');
      if (rejected.length > 0)
        throw badInput(`Rejected requirements are not marked (${rejected.map((r) => r.code).join(', ')}).`);
      const existing = await manager
        .getRepository(LibraryPriorityEntity)
        .findBy({ requirementId: In(requirementIds), memberLibraryId: library.id });
      const before = new Map(existing.map((row) => [row.requirementId, row]));
      const codeOf = new Map(rows.map((row) => [row.id, row.code]));
      const changes = input.marks
        .map((mark) => {
          const requirementId = mark.requirementId.toLowerCase();
          const current = before.get(requirementId);
          const was = current?.priority ?? null;
          // The evaluation row is locked: nobody else changes the marks between this read and the write.
          if (mark.previous !== undefined && (mark.previous ?? null) !== was)
            throw conflict(
              `Another representative of your library ${was ? `marked ${codeOf.get(requirementId)} “${LIBRARY_PRIORITY_LABELS[was]}”` : `cleared the mark of ${codeOf.get(requirementId)}`} since you read it: reload to see it, then mark it again if you still want to.`,
            );
          return { requirementId, was, now: mark.priority ?? null };
        })
        .filter((change) => change.was !== change.now);
      if (changes.length === 0) return;
      const cleared = changes.filter((change) => change.now === null).map((change) => change.requirementId);
      if (cleared.length > 0)
        await manager
          .getRepository(LibraryPriorityEntity)
          .delete({ requirementId: In(cleared), memberLibraryId: library.id });
      const set = changes.filter((change) => change.now !== null);
      if (set.length > 0)
        await manager.query(
          `INSERT INTO library_priority (requirement_id, member_library_id, evaluation_id, priority, marked_by, marked_at)
           SELECT m.requirement_id, $2, $3, m.priority, $4, now()
             FROM unnest($1::uuid[], $5::text[]) AS m(requirement_id, priority)
           ON CONFLICT (requirement_id, member_library_id)
           DO UPDATE SET priority = excluded.priority, marked_by = excluded.marked_by, marked_at = now()`,
          [set.map((change) => change.requirementId), library.id, input.evaluationId, actor.id, set.map((c) => c.now)],
        );
      await this.audit.recordMany(
        manager,
        changes.map((change) => ({
          actorId: actor.id,
          objectType: 'requirement',
          objectId: change.requirementId,
          evaluationId: input.evaluationId,
          action: 'library_priority_marked',
          before: { memberLibraryId: library.id, libraryPriority: change.was },
          after: { memberLibraryId: library.id, libraryPriority: change.now },
        })),
      );
    });
    return this.read(actor, input.evaluationId);
  }

  /** The lead chooses how the consortium priority follows from the marks. */
  async setRule(actor: RequestActor, input: SetConsortiumPriorityRuleInput): Promise<LibraryPriorities> {
    await this.access.require(actor, input.evaluationId, EvaluationRole.Lead);
    await this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, input.evaluationId);
      assertEvaluationOpen(evaluation, 'the rule for the consortium priority');
      if (evaluation.libraryPriorityRule === input.rule) return;
      await manager.query('UPDATE evaluation SET library_priority_rule = $2 WHERE id = $1', [
        input.evaluationId,
        input.rule,
      ]);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'evaluation',
        objectId: input.evaluationId,
        evaluationId: input.evaluationId,
        action: 'updated',
        before: { libraryPriorityRule: evaluation.libraryPriorityRule },
        after: { libraryPriorityRule: input.rule },
      });
    });
    return this.read(actor, input.evaluationId);
  }

  /**
   * The lead sets each requirement's priority to the one derived from the libraries' marks under the
   * evaluation's rule ("not needed" becomes won't); requirements no library marked stay as they are.
   */
  async apply(actor: RequestActor, input: ApplyLibraryPrioritiesInput): Promise<Requirement[]> {
    let derivedOf: Promise<{ rule: ConsortiumPriorityRule; marks: Map<string, DomainMark[]> }> | null = null;
    return this.requirements.bulk(actor, input.requirements, async (manager, _who, row) => {
      derivedOf ??= (async () => {
        const evaluation = (await manager.getRepository(EvaluationEntity).findOneBy({ id: row.evaluationId }))!;
        const rows = await manager.getRepository(LibraryPriorityEntity).findBy({ evaluationId: row.evaluationId });
        const marks = new Map<string, DomainMark[]>();
        for (const mark of rows)
          marks.set(mark.requirementId, [
            ...(marks.get(mark.requirementId) ?? []),
            { libraryId: mark.memberLibraryId, priority: mark.priority },
          ]);
        return { rule: evaluation.libraryPriorityRule, marks };
      })();
      const { rule, marks } = await derivedOf;
      const derived = deriveConsortiumPriority(marks.get(row.id) ?? [], rule);
      if (derived.priority === null) return null;
      const priority = toRequirementPriority(derived.priority);
      if (priority === row.priority) return null;
      const before = { priority: row.priority };
      row.priority = priority;
      return {
        before,
        after: { priority, libraryPriorityRule: rule },
        action: 'priority_from_libraries',
      };
    });
  }

  private async libraryOf(actor: RequestActor): Promise<{ id: string; code: string; name: string } | null> {
    const rows: { id: string; code: string; name: string }[] = await this.dataSource.query(
      `SELECT l.id, l.code, l.name FROM app_user u JOIN member_library l ON l.id = u.member_library_id WHERE u.id = $1`,
      [actor.id],
    );
    return rows[0] ?? null;
  }

  /** A member in a role other than viewer (administrators represent a library only through a membership). */
  private async represents(actor: RequestActor, evaluationId: string): Promise<boolean> {
    const roles = await this.access.rolesOf(actor, evaluationId);
    return roles.some((role) => (REPRESENTING_ROLES as string[]).includes(role));
  }
}
