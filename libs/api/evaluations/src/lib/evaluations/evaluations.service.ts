import {
  AccessPolicy,
  assertEvaluationOpen,
  AuditService,
  badInput,
  Candidate,
  conflict,
  DEFAULT_PAGE,
  EditTarget,
  Evaluation,
  EVALUATION_TARGET,
  forbidden,
  likePattern,
  lockEvaluation,
  notFound,
  Notifier,
  PageInput,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import {
  CandidateEntity,
  EvaluationEntity,
  EvaluationMemberEntity,
  EvaluationRoleValue,
  ProductVersionEntity,
} from '@assay/api/data';
import {
  DECIDED_CANDIDATE_STATES,
  EVALUATION_ROLE_NAMES,
  EvaluationFacts,
  EvaluationPermissions,
  EvaluationRole,
  GlobalRole,
  nextStatus,
  transitionProblems,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  CandidateStateInput,
  CreateEvaluationInput,
  EvaluationFilter,
  MemberInput,
  MoveEvaluationInput,
  ShortlistInput,
  UpdateEvaluationInput,
} from './evaluations.inputs';
import { LedEvaluation } from '../my-work/my-work.types';
import { EvaluationMember, EvaluationPage, PersonToAdd, StatusCheck } from './evaluations.types';

const EDITABLE = ['title', 'purpose', 'budget', 'currency', 'startsOn', 'endsOn'] as const;
const CANDIDATE: EditTarget<CandidateEntity> = {
  entity: CandidateEntity,
  objectType: 'candidate',
  missing: 'The candidate',
  describe: () => 'The candidate',
};
const { Lead } = EvaluationRole;

/**
 * Evaluations, their members and candidates. Every method checks the caller's role in the
 * evaluation through AccessPolicy (administrators act as leads); people see only evaluations
 * they belong to.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
    private readonly notifier: Notifier,
  ) {}

  // ---- evaluations -----------------------------------------------------------------------

  async list(
    actor: RequestActor,
    filter: EvaluationFilter = {},
    page: PageInput = DEFAULT_PAGE,
  ): Promise<EvaluationPage> {
    const query = this.dataSource.getRepository(EvaluationEntity).createQueryBuilder('e');
    if (actor.globalRole !== GlobalRole.Admin) {
      // The memberships the access checks read anyway (once per request), not a second look at the table.
      const mine = await this.access.evaluationsOf(actor);
      if (mine.length === 0) return { items: [], total: 0 };
      query.where('e.id IN (:...mine)', { mine });
    }
    if (filter.status && filter.status.length > 0)
      query.andWhere('e.status IN (:...status)', { status: filter.status });
    const [rows, total] = await query
      .orderBy('e.updated_at', 'DESC')
      .addOrderBy('e.id')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items: rows.map((row) => Evaluation.from(row)), total };
  }

  async get(actor: RequestActor, id: string): Promise<Evaluation> {
    await this.access.require(actor, id);
    return Evaluation.from(await this.findOrFail(this.dataSource.manager, id));
  }

  async create(actor: RequestActor, input: CreateEvaluationInput): Promise<Evaluation> {
    if (!(await this.access.canEditCatalogue(actor))) {
      throw forbidden('Only administrators and evaluation leads may start an evaluation.');
    }
    this.assertDates(input.startsOn, input.endsOn);
    const created = await this.dataSource.transaction(async (manager) => {
      const values = {
        title: input.title.trim(),
        purpose: input.purpose?.trim() ?? '',
        kind: input.kind ?? 'selection',
        budget: input.budget ?? null,
        currency: input.currency ?? 'USD',
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        createdBy: actor.id,
      };
      const saved = await manager.save(manager.create(EvaluationEntity, values));
      await manager.insert(EvaluationMemberEntity, {
        evaluationId: saved.id,
        userId: actor.id,
        role: 'lead',
        addedBy: actor.id,
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'evaluation',
        objectId: saved.id,
        evaluationId: saved.id,
        action: 'created',
        after: { ...values, createdBy: undefined },
      });
      return Evaluation.from(saved);
    });
    // The creator now leads it: later fields of this request must see that.
    this.access.forgetMemberships();
    return created;
  }

  async update(actor: RequestActor, input: UpdateEvaluationInput): Promise<Evaluation> {
    await this.access.require(actor, input.id, Lead);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.edit.lockVersion(manager, EVALUATION_TARGET, input.id, input.version);
      assertEvaluationOpen(row, 'it');
      const changes: Partial<EvaluationEntity> = {};
      for (const field of EDITABLE) {
        const value = input[field];
        (changes as Record<string, unknown>)[field] =
          typeof value === 'string' && field !== 'budget' ? value.trim() : value;
      }
      const saved = await this.edit.update(manager, actor, EVALUATION_TARGET, row, changes, EDITABLE, {
        evaluationId: row.id,
        check: (changed) => this.assertDates(changed.startsOn, changed.endsOn),
      });
      return Evaluation.from(saved);
    });
  }

  /** The next step and what it is missing, for the lead to act on. */
  async statusCheck(actor: RequestActor, evaluation: Evaluation): Promise<StatusCheck> {
    await this.access.require(actor, evaluation.id);
    const next = nextStatus(evaluation.status);
    if (!next) return { next: null, problems: [] };
    const facts = await this.facts(this.dataSource.manager, evaluation.id);
    // Blind scoring: only leads count other evaluators' scores in an open round (as with progress).
    const lead = await this.access.holds(actor, evaluation.id, Lead);
    const shown = lead
      ? facts
      : { ...facts, openRounds: facts.openRounds.map((round) => ({ ...round, scored: null })) };
    return { next, problems: transitionProblems(evaluation.status, next, shown) };
  }

  /**
   * The open evaluations the person leads (their own memberships), each with its next step and what
   * that step needs — the check the status path shows — and, while testing, the candidates still
   * without evidence for a verdict: the same four queries for any number of evaluations.
   */
  async led(actor: RequestActor): Promise<LedEvaluation[]> {
    const ids = await this.access.evaluationsAs(actor, Lead);
    if (ids.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(EvaluationEntity)
      .createQueryBuilder('e')
      .where('e.id IN (:...ids)', { ids })
      .andWhere("e.status NOT IN ('cancelled', 'decided')")
      .orderBy('lower(e.title)')
      .addOrderBy('e.id')
      .getMany();
    const facts = await this.factsOf(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return rows.flatMap((row) => {
      const evaluation = Evaluation.from(row);
      const next = nextStatus(row.status);
      const known = facts.get(row.id);
      if (!known) return [];
      return Object.assign(new LedEvaluation(), {
        evaluation,
        next,
        problems: next ? transitionProblems(row.status, next, known) : [],
        candidatesWithoutVerdict: row.status === 'testing' ? known.candidatesWithoutEvidence : [],
      });
    });
  }

  async move(actor: RequestActor, input: MoveEvaluationInput): Promise<Evaluation> {
    await this.access.require(actor, input.id, Lead);
    if (input.to === 'cancelled' && !input.reason?.trim()) {
      throw badInput('Say why the evaluation is cancelled.', [
        { field: 'reason', problems: ['Required when cancelling.'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const row = await this.edit.lockVersion(manager, EVALUATION_TARGET, input.id, input.version);
      const problems = transitionProblems(row.status, input.to, await this.facts(manager, row.id));
      if (problems.length > 0) {
        throw badInput(`The evaluation cannot move to ${input.to} yet: ${problems.join(' ')}`, [
          { field: 'to', problems },
        ]);
      }
      const from = row.status;
      row.status = input.to;
      if (input.to === 'cancelled') row.cancelledReason = input.reason!.trim();
      const saved = await manager.save(row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'evaluation',
        objectId: row.id,
        evaluationId: row.id,
        action: 'status_changed',
        before: { status: from },
        after: { status: input.to, ...(input.reason ? { reason: input.reason.trim() } : {}) },
      });
      return Evaluation.from(saved);
    });
  }

  async myRoles(actor: RequestActor, evaluationId: string): Promise<EvaluationRole[]> {
    return this.access.rolesOf(actor, evaluationId);
  }

  /** What the actor may do in the evaluation (its roles and status; administrators act as leads). */
  async myPermissions(actor: RequestActor, evaluation: Evaluation): Promise<EvaluationPermissions> {
    return this.access.permissions(actor, evaluation);
  }

  // ---- members ---------------------------------------------------------------------------

  async members(actor: RequestActor, evaluationId: string): Promise<EvaluationMember[]> {
    await this.access.require(actor, evaluationId);
    return this.memberList(evaluationId);
  }

  private async memberList(evaluationId: string): Promise<EvaluationMember[]> {
    const rows: { user_id: string; display_name: string; email: string; roles: EvaluationRoleValue[] }[] =
      await this.dataSource.query(
        `SELECT m.user_id, u.display_name, u.email, array_agg(m.role ORDER BY m.role) AS roles
         FROM evaluation_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.evaluation_id = $1 GROUP BY m.user_id, u.display_name, u.email ORDER BY lower(u.display_name)`,
        [evaluationId],
      );
    return rows.map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      email: row.email,
      roles: row.roles,
    }));
  }

  /**
   * Active people whose name or e-mail contains the search, for the evaluation's leads to add —
   * without the administrators' full user list (no roles, sign-in dates or deactivated accounts).
   */
  async peopleToAdd(actor: RequestActor, evaluationId: string, search: string): Promise<PersonToAdd[]> {
    await this.access.require(actor, evaluationId, Lead);
    const words = search.trim();
    if (words.length < 2 || words.length > 100)
      throw badInput('Type two to 100 letters of a name or e-mail address.', [
        { field: 'search', problems: ['Between 2 and 100 letters.'] },
      ]);
    const pattern = likePattern(words.toLowerCase());
    const rows: {
      id: string;
      display_name: string;
      email: string;
      department: string | null;
      library: string | null;
      roles: EvaluationRoleValue[] | null;
    }[] = await this.dataSource.query(
      `SELECT u.id, u.display_name, u.email, d.name AS department, l.name AS library,
              (SELECT array_agg(m.role ORDER BY m.role) FROM evaluation_member m WHERE m.evaluation_id = $1 AND m.user_id = u.id) AS roles
         FROM app_user u
         LEFT JOIN department d ON d.id = u.department_id
         LEFT JOIN member_library l ON l.id = u.member_library_id
        WHERE u.active AND (lower(u.display_name) LIKE $2 OR lower(u.email) LIKE $2)
        ORDER BY lower(u.display_name), u.email
        LIMIT 20`,
      [evaluationId, pattern],
    );
    return rows.map((row) => ({
      id: row.id,
      displayName: row.display_name,
      email: row.email,
      departmentName: row.department,
      libraryName: row.library,
      roles: row.roles ?? [],
    }));
  }

  async addMember(actor: RequestActor, input: MemberInput): Promise<EvaluationMember[]> {
    await this.access.require(actor, input.evaluationId, Lead);
    await this.dataSource.transaction(async (manager) => {
      const evaluation = await this.findOrFail(manager, input.evaluationId);
      assertEvaluationOpen(evaluation, 'it');
      const person: { active: boolean }[] = await manager.query('SELECT active FROM app_user WHERE id = $1', [
        input.userId,
      ]);
      if (!person[0]) throw notFound('The person');
      if (!person[0].active)
        throw badInput('That account is deactivated.', [{ field: 'userId', problems: ['Choose an active person.'] }]);
      const already: unknown[] = await manager.query(
        'SELECT 1 FROM evaluation_member WHERE evaluation_id = $1 AND user_id = $2 AND role = $3',
        [input.evaluationId, input.userId, input.role],
      );
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(EvaluationMemberEntity)
        .values({ evaluationId: input.evaluationId, userId: input.userId, role: input.role, addedBy: actor.id })
        .orIgnore()
        .execute();
      if ((inserted.raw as unknown[]).length > 0 || inserted.identifiers.length > 0) {
        await this.audit.record(manager, {
          actorId: actor.id,
          objectType: 'evaluation',
          objectId: input.evaluationId,
          evaluationId: input.evaluationId,
          action: 'member_added',
          after: { userId: input.userId, role: input.role },
        });
        if (already.length === 0) {
          await this.notifier.notify(manager, {
            recipients: [input.userId],
            kind: 'member_added',
            actorId: actor.id,
            evaluationId: input.evaluationId,
            objectId: input.evaluationId,
            subject: EVALUATION_ROLE_NAMES[input.role],
          });
        }
      }
    });
    this.access.forgetMemberships();
    return this.members(actor, input.evaluationId);
  }

  async removeMember(actor: RequestActor, input: MemberInput): Promise<EvaluationMember[]> {
    await this.access.require(actor, input.evaluationId, Lead);
    await this.dataSource.transaction(async (manager) => {
      await lockEvaluation(manager, input.evaluationId);
      if (input.role === 'lead') {
        const leads: { n: number }[] = await manager.query(
          `SELECT count(*)::int AS n FROM evaluation_member WHERE evaluation_id = $1 AND role = 'lead'`,
          [input.evaluationId],
        );
        if (leads[0].n <= 1)
          throw badInput('An evaluation needs a lead: add another lead first.', [
            { field: 'role', problems: ['The last lead stays.'] },
          ]);
      }
      const result = await manager.delete(EvaluationMemberEntity, {
        evaluationId: input.evaluationId,
        userId: input.userId,
        role: input.role,
      });
      if (!result.affected) throw notFound('That membership');
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'evaluation',
        objectId: input.evaluationId,
        evaluationId: input.evaluationId,
        action: 'member_removed',
        before: { userId: input.userId, role: input.role },
      });
    });
    this.access.forgetMemberships();
    // Read without asking again: a lead who has just stepped down may no longer be a member, and
    // was allowed to make the change they are being shown.
    return this.memberList(input.evaluationId);
  }

  // ---- candidates ------------------------------------------------------------------------

  async candidates(actor: RequestActor, evaluationId: string): Promise<Candidate[]> {
    await this.access.require(actor, evaluationId);
    const rows = await this.candidateRows(this.dataSource.manager, 'c.evaluation_id = $1', [evaluationId]);
    return rows;
  }

  async shortlist(actor: RequestActor, input: ShortlistInput): Promise<Candidate> {
    await this.access.require(actor, input.evaluationId, Lead);
    return this.dataSource.transaction(async (manager) => {
      assertEvaluationOpen(await this.findOrFail(manager, input.evaluationId), 'it');
      const version = await manager.getRepository(ProductVersionEntity).findOneBy({ id: input.productVersionId });
      if (!version) throw notFound('The product version');
      if (
        await manager.existsBy(CandidateEntity, {
          evaluationId: input.evaluationId,
          productVersionId: input.productVersionId,
        })
      ) {
        throw conflict('That product version is already a candidate in this evaluation.');
      }
      const saved = await manager.save(
        manager.create(CandidateEntity, { evaluationId: input.evaluationId, productVersionId: input.productVersionId }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'candidate',
        objectId: saved.id,
        evaluationId: input.evaluationId,
        action: 'shortlisted',
        after: { productVersionId: input.productVersionId },
      });
      return (await this.candidateRows(manager, 'c.id = $1', [saved.id]))[0];
    });
  }

  /**
   * Eliminate (with a reason) or reinstate to the shortlist. Recommended and selected record the
   * directors' decision on a recommendation, so they are not set by hand.
   */
  async setCandidateState(actor: RequestActor, input: CandidateStateInput): Promise<Candidate> {
    if ((DECIDED_CANDIDATE_STATES as readonly string[]).includes(input.state)) {
      throw badInput(
        `A candidate becomes ${input.state} through the recommendation (submitted, then approved by the directors); it cannot be set by hand.`,
        [{ field: 'state', problems: ['Choose shortlisted or eliminated.'] }],
      );
    }
    const candidate = await this.dataSource.getRepository(CandidateEntity).findOneBy({ id: input.id });
    if (!candidate) throw notFound('The candidate');
    await this.access.require(actor, { evaluationId: candidate.evaluationId, hiddenAs: 'The candidate' }, Lead);
    if (input.state === 'eliminated' && !input.reason?.trim()) {
      throw badInput('Say why the candidate is eliminated.', [
        { field: 'reason', problems: ['Required when eliminating.'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const row = await this.edit.lockVersion(manager, CANDIDATE, input.id, input.version);
      assertEvaluationOpen(await this.findOrFail(manager, row.evaluationId), 'it');
      if ((DECIDED_CANDIDATE_STATES as readonly string[]).includes(row.state)) {
        throw conflict(
          `The candidate is ${row.state}: it leaves that state through the recommendation (withdrawn, or returned by the directors), not by hand.`,
        );
      }
      const before = { state: row.state, eliminatedReason: row.eliminatedReason };
      row.state = input.state;
      if (input.state === 'eliminated') {
        row.eliminatedReason = input.reason!.trim();
        row.eliminatedBy = actor.id;
        row.eliminatedAt = new Date();
      }
      const saved = await manager.save(row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'candidate',
        objectId: row.id,
        evaluationId: row.evaluationId,
        action: 'state_changed',
        before,
        after: { state: row.state, eliminatedReason: row.eliminatedReason },
      });
      return (await this.candidateRows(manager, 'c.id = $1', [saved.id]))[0];
    });
  }

  // ---- helpers ---------------------------------------------------------------------------

  private async facts(manager: EntityManager, evaluationId: string): Promise<EvaluationFacts> {
    const found = (await this.factsOf(manager, [evaluationId])).get(evaluationId);
    if (!found) throw notFound('The evaluation');
    return found;
  }

  /** What the status path's checks read, for several evaluations in the same three queries. */
  private async factsOf(
    manager: EntityManager,
    evaluationIds: readonly string[],
  ): Promise<Map<string, EvaluationFacts>> {
    const found = new Map<string, EvaluationFacts>();
    if (evaluationIds.length === 0) return found;
    const ids = [...new Set(evaluationIds)];
    const rows: {
      id: string;
      leads: number;
      department_heads: number;
      evaluators: number;
      testers: number;
      directors: number;
      shortlisted: number;
      recommended: number;
      proposed: number;
      approved: number;
      rejected: number;
      revealed_rounds: number;
    }[] = await manager.query(
      `SELECT e.id,
         (SELECT count(*) FROM evaluation_member WHERE evaluation_id = e.id AND role = 'lead')::int AS leads,
         (SELECT count(*) FROM evaluation_member WHERE evaluation_id = e.id AND role = 'department_head')::int AS department_heads,
         (SELECT count(*) FROM evaluation_member WHERE evaluation_id = e.id AND role = 'evaluator')::int AS evaluators,
         (SELECT count(*) FROM evaluation_member WHERE evaluation_id = e.id AND role = 'tester')::int AS testers,
         (SELECT count(*) FROM evaluation_member WHERE evaluation_id = e.id AND role = 'director')::int AS directors,
         (SELECT count(*) FROM candidate WHERE evaluation_id = e.id AND state = 'shortlisted')::int AS shortlisted,
         (SELECT count(*) FROM candidate WHERE evaluation_id = e.id AND state IN ('recommended', 'selected'))::int AS recommended,
         (SELECT count(*) FROM requirement WHERE evaluation_id = e.id AND status = 'proposed')::int AS proposed,
         (SELECT count(*) FROM requirement WHERE evaluation_id = e.id AND status = 'approved')::int AS approved,
         (SELECT count(*) FROM requirement WHERE evaluation_id = e.id AND status = 'rejected')::int AS rejected,
         (SELECT count(*) FROM scoring_round WHERE evaluation_id = e.id AND status = 'revealed')::int AS revealed_rounds
         FROM evaluation e WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
    const open: { evaluation_id: string; number: number; scored: number; expected: number }[] = await manager.query(
      `SELECT r.evaluation_id, r.number,
              (SELECT count(*) FROM score s WHERE s.round_id = r.id AND s.value IS NOT NULL)::int AS scored,
              ((SELECT count(*) FROM criterion c WHERE c.rubric_version_id = r.rubric_version_id AND c.parent_id IS NOT NULL)
                * cardinality(r.candidate_ids)
                * (SELECT count(*) FROM evaluation_member m WHERE m.evaluation_id = r.evaluation_id AND m.role = 'evaluator'))::int AS expected
         FROM scoring_round r WHERE r.evaluation_id = ANY($1::uuid[]) AND r.status = 'open' ORDER BY r.number`,
      [ids],
    );
    // Candidates in the running with no evidence a verdict can be read from: no passed or failed
    // result on a run against them, and no recorded verification.
    const unproven: { evaluation_id: string; name: string }[] = await manager.query(
      `SELECT c.evaluation_id, p.name || ' ' || pv.name AS name
         FROM candidate c JOIN product_version pv ON pv.id = c.product_version_id JOIN product p ON p.id = pv.product_id
        WHERE c.evaluation_id = ANY($1::uuid[]) AND c.state <> 'eliminated'
          AND NOT EXISTS (SELECT 1 FROM test_run r JOIN test_result t ON t.run_id = r.id
                           WHERE r.candidate_id = c.id AND t.status IN ('passed', 'failed'))
          AND NOT EXISTS (SELECT 1 FROM requirement_verification v WHERE v.candidate_id = c.id)
        ORDER BY lower(p.name), pv.name`,
      [ids],
    );
    for (const row of rows) {
      found.set(row.id, {
        openRounds: open
          .filter((round) => round.evaluation_id === row.id)
          .map(({ number, scored, expected }) => ({ number, scored, expected })),
        revealedRounds: row.revealed_rounds,
        candidatesWithoutEvidence: unproven.filter((c) => c.evaluation_id === row.id).map((c) => c.name),
        // A move asked for by hand never decides: the directors' approval of the recommendation does (DecisionsService).
        directorApprovals: null,
        leads: row.leads,
        departmentHeads: row.department_heads,
        evaluators: row.evaluators,
        testers: row.testers,
        directors: row.directors,
        shortlistedCandidates: row.shortlisted,
        recommendedCandidates: row.recommended,
        requirements: { proposed: row.proposed, approved: row.approved, rejected: row.rejected },
      });
    }
    return found;
  }

  private async candidateRows(manager: EntityManager, where: string, params: unknown[]): Promise<Candidate[]> {
    const rows: (Record<string, unknown> & { product_name: string; version_name: string; vendor_name: string })[] =
      await manager.query(
        `SELECT c.*, p.name AS product_name, pv.name AS version_name, v.name AS vendor_name
         FROM candidate c JOIN product_version pv ON pv.id = c.product_version_id JOIN product p ON p.id = pv.product_id JOIN vendor v ON v.id = p.vendor_id
        WHERE ${where} ORDER BY lower(p.name), pv.name`,
        params,
      );
    return rows.map((row) =>
      Candidate.from(
        {
          id: row['id'] as string,
          evaluationId: row['evaluation_id'] as string,
          productVersionId: row['product_version_id'] as string,
          state: row['state'] as CandidateEntity['state'],
          eliminatedReason: row['eliminated_reason'] as string | null,
          eliminatedBy: row['eliminated_by'] as string | null,
          eliminatedAt: row['eliminated_at'] as Date | null,
          createdAt: row['created_at'] as Date,
          updatedAt: row['updated_at'] as Date,
          version: row['version'] as number,
        },
        { productName: row.product_name, versionName: row.version_name, vendorName: row.vendor_name },
      ),
    );
  }

  private async findOrFail(manager: EntityManager, id: string): Promise<EvaluationEntity> {
    const row = await manager.getRepository(EvaluationEntity).findOneBy({ id });
    if (!row) throw notFound('The evaluation');
    return row;
  }

  private assertDates(startsOn?: string | null, endsOn?: string | null): void {
    if (startsOn && endsOn && endsOn < startsOn) {
      throw badInput('The end date is before the start date.', [
        { field: 'endsOn', problems: ['Choose a date on or after the start.'] },
      ]);
    }
  }
}
