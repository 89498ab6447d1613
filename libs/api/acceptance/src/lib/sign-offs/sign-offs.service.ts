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
import { AcceptanceSignOffEntity } from '@assay/api/data';
import {
  AcceptanceVerdict,
  EvaluationRole,
  isSignOffOutdated,
  signOffCapacities,
  signOffRoleError,
  SignOffRole,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CandidateRow, VerdictsService } from '../verdicts/verdicts.service';
import { SignAcceptanceInput, WithdrawSignOffInput } from './sign-offs.inputs';
import { SignOff, SignOffCapacity } from './sign-offs.types';

const SIGN_OFF: EditTarget<AcceptanceSignOffEntity> = {
  entity: AcceptanceSignOffEntity,
  objectType: 'sign_off',
  missing: 'The sign-off',
  describe: () => 'The sign-off',
};

const ROLE_NAMES: Readonly<Record<SignOffRole, string>> = {
  lead: 'lead',
  department_head: 'department head',
  director: 'director',
};

/**
 * Sign-offs of a candidate's acceptance verdict. Every member of the evaluation reads them; a
 * person signs only as a role they hold (libs/domain signOffCapacities), once per role and
 * candidate, and may sign again only once the evidence has changed (the earlier signature is then
 * outdated and is replaced). Only the signer withdraws a sign-off. Someone outside the evaluation
 * is told the candidate (or sign-off) was not found; cancelled and decided evaluations refuse changes.
 */
@Injectable()
export class SignOffsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
    private readonly verdicts: VerdictsService,
    private readonly notifier: Notifier,
  ) {}

  /** The roles the actor may sign as in the evaluation (none for administrators who hold no role). */
  async capacities(actor: RequestActor, evaluationId: string): Promise<SignOffCapacity[]> {
    await this.access.require(actor, evaluationId);
    const capacities = signOffCapacities(
      await this.access.rolesOf(actor, evaluationId),
      await this.access.departmentOf(actor),
    );
    const names = await this.departmentNames(capacities.map((c) => c.departmentId));
    return capacities.map((c) =>
      Object.assign(new SignOffCapacity(), { ...c, departmentName: c.departmentId ? names.get(c.departmentId) : null }),
    );
  }

  async signOffs(actor: RequestActor, candidateId: string): Promise<SignOff[]> {
    const candidate = await this.candidate(actor, candidateId, 'The candidate');
    const current = (await this.verdicts.evidence(this.dataSource.manager, [candidate])).get(candidate.id);
    return this.rows(this.dataSource.manager, 's.candidate_id = $1', [candidate.id], current?.fingerprint ?? null);
  }

  async sign(actor: RequestActor, input: SignAcceptanceInput): Promise<SignOff> {
    const candidate = await this.candidate(actor, input.candidateId, 'The candidate');
    const departmentId = await this.access.departmentOf(actor);
    const refusal = signOffRoleError(
      input.role,
      await this.access.rolesOf(actor, candidate.evaluation_id),
      departmentId,
    );
    if (refusal) throw forbidden(refusal);
    if (candidate.state === 'eliminated') {
      throw badInput('The candidate was eliminated: its verdict needs no sign-off.', [
        { field: 'candidateId', problems: ['Choose a candidate that is still in the evaluation.'] },
      ]);
    }
    const comment = input.comment?.trim() ?? '';
    const id = await this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, candidate.evaluation_id, 'its sign-offs');
      const current = (await this.verdicts.evidence(manager, [candidate])).get(candidate.id);
      if (!current) throw notFound('The candidate');
      const values = {
        verdict: current.verdict as AcceptanceVerdict,
        fingerprint: current.fingerprint,
        comment,
        departmentId: input.role === 'department_head' ? departmentId : null,
        signedAt: new Date(),
      };
      const repository = manager.getRepository(AcceptanceSignOffEntity);
      const earlier = await repository.findOne({
        where: { candidateId: candidate.id, signerId: actor.id, role: input.role },
        lock: { mode: 'pessimistic_write' },
      });
      if (earlier && !isSignOffOutdated(earlier.fingerprint, current.fingerprint)) {
        throw conflict(
          `You have already signed this verdict as ${ROLE_NAMES[input.role]} and its evidence has not changed since.`,
        );
      }
      const before = earlier
        ? { verdict: earlier.verdict, fingerprint: earlier.fingerprint, comment: earlier.comment }
        : undefined;
      const row = earlier
        ? Object.assign(earlier, values)
        : manager.create(AcceptanceSignOffEntity, {
            ...values,
            candidateId: candidate.id,
            signerId: actor.id,
            role: input.role,
          });
      const saved = await this.edit.save(manager, SIGN_OFF, row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'sign_off',
        objectId: saved.id,
        evaluationId: candidate.evaluation_id,
        action: 'signed',
        before,
        after: {
          candidateId: candidate.id,
          role: input.role,
          departmentId: values.departmentId,
          verdict: values.verdict,
          fingerprint: values.fingerprint,
          comment,
        },
      });
      // What the signer was asked to give is given.
      await this.notifier.settle(manager, {
        kinds: ['sign_off_requested'],
        objectId: candidate.id,
        recipientId: actor.id,
      });
      return saved.id;
    });
    return this.one(id);
  }

  /**
   * The lead asks for the verdict's sign-offs: every member who may sign it (lead, department head
   * with a department, director) and has not signed its current evidence in each of their roles is
   * notified, except those already holding an unread request for it. How many were asked.
   */
  async request(actor: RequestActor, candidateId: string): Promise<number> {
    const candidate = await this.candidate(actor, candidateId, 'The candidate');
    await this.access.require(
      actor,
      { evaluationId: candidate.evaluation_id, hiddenAs: 'The candidate' },
      EvaluationRole.Lead,
    );
    if (candidate.state === 'eliminated') {
      throw badInput('The candidate was eliminated: its verdict needs no sign-off.', [
        { field: 'candidateId', problems: ['Choose a candidate that is still in the evaluation.'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, candidate.evaluation_id, 'its sign-offs');
      const current = (await this.verdicts.evidence(manager, [candidate])).get(candidate.id);
      if (!current) throw notFound('The candidate');
      const members: { user_id: string; roles: EvaluationRole[]; department_id: string | null }[] = await manager.query(
        `SELECT m.user_id, array_agg(m.role) AS roles, u.department_id
             FROM evaluation_member m JOIN app_user u ON u.id = m.user_id AND u.active
            WHERE m.evaluation_id = $1
              AND NOT EXISTS (SELECT 1 FROM notification n
                               WHERE n.recipient_id = m.user_id AND n.kind = 'sign_off_requested'
                                 AND n.object_id = $2 AND n.read_at IS NULL)
            GROUP BY m.user_id, u.department_id`,
        [candidate.evaluation_id, candidate.id],
      );
      const signed: { signer_id: string; role: SignOffRole }[] = await manager.query(
        'SELECT signer_id, role FROM acceptance_sign_off WHERE candidate_id = $1 AND fingerprint = $2',
        [candidate.id, current.fingerprint],
      );
      const done = new Set(signed.map((row) => `${row.signer_id}:${row.role}`));
      const recipients = members
        .filter((member) =>
          signOffCapacities(member.roles, member.department_id).some(
            (capacity) => !done.has(`${member.user_id}:${capacity.role}`),
          ),
        )
        .map((member) => member.user_id);
      const asked = await this.notifier.notify(manager, {
        recipients,
        kind: 'sign_off_requested',
        actorId: actor.id,
        evaluationId: candidate.evaluation_id,
        objectId: candidate.id,
        subject: await this.candidateName(manager, candidate.id),
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'candidate',
        objectId: candidate.id,
        evaluationId: candidate.evaluation_id,
        action: 'sign_offs_requested',
        after: { asked, verdict: current.verdict },
      });
      return asked;
    });
  }

  /** The signer takes back their signature (the audit trail keeps it). */
  async withdraw(actor: RequestActor, input: WithdrawSignOffInput): Promise<SignOff> {
    const row = await this.dataSource.getRepository(AcceptanceSignOffEntity).findOneBy({ id: input.id });
    if (!row) throw notFound('The sign-off');
    const candidate = await this.candidate(actor, row.candidateId, 'The sign-off');
    if (row.signerId !== actor.id) throw forbidden('Only the person who signed may withdraw a sign-off.');
    const view = await this.one(row.id);
    await this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, candidate.evaluation_id, 'its sign-offs');
      const deleted = await manager.getRepository(AcceptanceSignOffEntity).delete({ id: row.id });
      if (!deleted.affected) throw notFound('The sign-off');
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'sign_off',
        objectId: row.id,
        evaluationId: candidate.evaluation_id,
        action: 'withdrawn',
        before: { candidateId: row.candidateId, role: row.role, verdict: row.verdict, fingerprint: row.fingerprint },
      });
    });
    return view;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private async candidateName(manager: EntityManager, candidateId: string): Promise<string> {
    const [row]: { name: string }[] = await manager.query(
      `SELECT p.name || ' ' || pv.name AS name FROM candidate c
         JOIN product_version pv ON pv.id = c.product_version_id JOIN product p ON p.id = pv.product_id
        WHERE c.id = $1`,
      [candidateId],
    );
    return row?.name ?? 'a candidate';
  }

  private async candidate(
    actor: RequestActor,
    candidateId: string,
    hiddenAs: string,
  ): Promise<CandidateRow & { state: string }> {
    const [row]: (CandidateRow & { state: string })[] = await this.dataSource.query(
      'SELECT id, evaluation_id, state FROM candidate WHERE id = $1',
      [candidateId],
    );
    if (!row) throw notFound(hiddenAs);
    await this.access.require(actor, { evaluationId: row.evaluation_id, hiddenAs });
    return row;
  }

  /** One sign-off, with `outdated` against the candidate's current evidence. */
  private async one(id: string): Promise<SignOff> {
    const row = await this.dataSource.getRepository(AcceptanceSignOffEntity).findOneByOrFail({ id });
    const [candidate]: CandidateRow[] = await this.dataSource.query(
      'SELECT id, evaluation_id FROM candidate WHERE id = $1',
      [row.candidateId],
    );
    const current = (await this.verdicts.evidence(this.dataSource.manager, [candidate])).get(candidate.id);
    const [view] = await this.rows(this.dataSource.manager, 's.id = $1', [id], current?.fingerprint ?? null);
    return view;
  }

  private async rows(
    manager: EntityManager,
    where: string,
    params: unknown[],
    currentFingerprint: string | null,
  ): Promise<SignOff[]> {
    const rows: {
      id: string;
      candidate_id: string;
      signer_id: string;
      signer_name: string | null;
      role: SignOffRole;
      department_id: string | null;
      department_name: string | null;
      verdict: AcceptanceVerdict;
      fingerprint: string;
      comment: string;
      signed_at: Date;
      version: number;
    }[] = await manager.query(
      `SELECT s.id, s.candidate_id, s.signer_id, u.display_name AS signer_name, s.role, s.department_id,
              d.name AS department_name, s.verdict, s.fingerprint, s.comment, s.signed_at, s.version
         FROM acceptance_sign_off s
         LEFT JOIN app_user u ON u.id = s.signer_id
         LEFT JOIN department d ON d.id = s.department_id
        WHERE ${where}
        ORDER BY CASE s.role WHEN 'lead' THEN 0 WHEN 'department_head' THEN 1 ELSE 2 END, d.name, s.signed_at, s.id`,
      params,
    );
    return rows.map((row) =>
      Object.assign(new SignOff(), {
        id: row.id,
        candidateId: row.candidate_id,
        signerId: row.signer_id,
        signerName: row.signer_name,
        role: row.role,
        departmentId: row.department_id,
        departmentName: row.department_name,
        verdict: row.verdict,
        fingerprint: row.fingerprint,
        outdated: isSignOffOutdated(row.fingerprint, currentFingerprint),
        comment: row.comment,
        signedAt: row.signed_at,
        version: row.version,
      }),
    );
  }

  private async departmentNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = ids.filter((id): id is string => id !== null);
    if (wanted.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM department WHERE id = ANY($1::uuid[])',
      [wanted],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
