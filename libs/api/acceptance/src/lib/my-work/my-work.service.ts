import { AccessPolicy, RequestActor, RequestScope } from '@assay/api/core';
import { canAgreeToWaiver, EvaluationRole, isSignOffOutdated, SignOffRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DefectsService } from '../defects/defects.service';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { FollowUpCount } from '../follow-ups/follow-ups.types';
import { VerdictsService } from '../verdicts/verdicts.service';
import { MissingSignOffs, TriageCount, WaitingWaiver } from './my-work.types';

const { Lead, Director } = EvaluationRole;
const OPEN = `e.status NOT IN ('cancelled', 'decided')`;
const GAPS = 'my-work:sign-off-gaps:';

interface WaiverRow {
  id: string;
  evaluation_id: string;
  evaluation_title: string;
  candidate_id: string;
  candidate_name: string;
  requirement_code: string;
  proposed_by: string | null;
  proposed_by_name: string | null;
  state: 'proposed';
  created_at: Date;
}

/**
 * What waits for a person in acceptance, from their own memberships (administrators included):
 * retests due, waivers waiting for a director, verdicts still to sign, defects in triage. Each
 * section is a fixed number of queries whatever the number of evaluations or candidates, and
 * applies the rules of the pages it links to (FollowUpsService for what is due, canAgreeToWaiver,
 * the verdict's fingerprint for an outdated sign-off, managedProductDefects for problem reports).
 */
@Injectable()
export class MyAcceptanceWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly followUps: FollowUpsService,
    private readonly verdicts: VerdictsService,
    private readonly defects: DefectsService,
  ) {}

  followUpCount(actor: RequestActor): Promise<FollowUpCount> {
    return this.followUps.myCount(actor);
  }

  /** As a lead: the waivers they proposed that still wait for a director. */
  async waiversProposed(actor: RequestActor): Promise<WaitingWaiver[]> {
    const ids = await this.access.evaluationsAs(actor, Lead);
    const rows = (await this.proposedWaivers(ids)).filter((row) => row.proposed_by === actor.id);
    return rows.map(waiverOf);
  }

  /** As a director: the proposed waivers they may agree to (not their own proposals). */
  async waiversToAgree(actor: RequestActor): Promise<WaitingWaiver[]> {
    const ids = await this.access.evaluationsAs(actor, Director);
    const rows = (await this.proposedWaivers(ids)).filter((row) =>
      canAgreeToWaiver(actor.id, { proposedBy: row.proposed_by, state: row.state }, true),
    );
    return rows.map(waiverOf);
  }

  /** As a lead: each candidate of the evaluations they lead whose current verdict lacks a sign-off. */
  async signOffsMissing(actor: RequestActor): Promise<MissingSignOffs[]> {
    const led = new Set(await this.access.evaluationsAs(actor, Lead));
    return (await this.signOffGaps(actor)).filter((gap) => led.has(gap.evaluationId) && gap.missing.length > 0);
  }

  /** As a director: each candidate whose current verdict no director has signed yet. */
  async signOffsForDirector(actor: RequestActor): Promise<MissingSignOffs[]> {
    const directed = new Set(await this.access.evaluationsAs(actor, Director));
    return (await this.signOffGaps(actor)).filter(
      (gap) => directed.has(gap.evaluationId) && gap.missing.includes(ROLE_NAMES.director),
    );
  }

  /** As a lead: how many defects wait in triage in each open evaluation they lead. */
  async defectsInTriage(actor: RequestActor): Promise<TriageCount[]> {
    const ids = await this.access.evaluationsAs(actor, Lead);
    if (ids.length === 0) return [];
    const rows: { id: string; title: string; count: number }[] = await this.dataSource.query(
      `SELECT e.id, e.title, count(*)::int AS count
         FROM defect d JOIN evaluation e ON e.id = d.evaluation_id
        WHERE d.evaluation_id = ANY($1::uuid[]) AND d.status = 'triage' AND ${OPEN}
        GROUP BY e.id, e.title ORDER BY lower(e.title), e.id`,
      [ids],
    );
    return rows.map((row) =>
      Object.assign(new TriageCount(), { evaluationId: row.id, evaluationTitle: row.title, count: row.count }),
    );
  }

  /** Staff problem reports in triage with the products the person manages (as the problem reports page lists them). */
  async problemReportsInTriage(actor: RequestActor): Promise<number> {
    return (await this.defects.managedProductDefects(actor, ['triage'])).length;
  }

  private async proposedWaivers(evaluationIds: string[]): Promise<WaiverRow[]> {
    if (evaluationIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT w.id, c.evaluation_id, e.title AS evaluation_title, c.id AS candidate_id,
              p.name || ' ' || pv.name AS candidate_name, r.code AS requirement_code,
              w.proposed_by, u.display_name AS proposed_by_name, w.state, w.created_at
         FROM acceptance_waiver w
         JOIN candidate c ON c.id = w.candidate_id
         JOIN evaluation e ON e.id = c.evaluation_id
         JOIN product_version pv ON pv.id = c.product_version_id
         JOIN product p ON p.id = pv.product_id
         JOIN requirement r ON r.id = w.requirement_id
         LEFT JOIN app_user u ON u.id = w.proposed_by
        WHERE w.state = 'proposed' AND c.evaluation_id = ANY($1::uuid[]) AND ${OPEN}
        ORDER BY w.created_at, w.id`,
      [evaluationIds],
    );
  }

  /**
   * The candidates still in the running in the person's evaluations in testing or recommendation
   * (as lead or director), each with the sign-offs its current verdict lacks: the lead, a director,
   * and each department head's department. Read once per request for both sections; the verdicts
   * come from VerdictsService.evidence, batched over every candidate.
   */
  private signOffGaps(actor: RequestActor): Promise<MissingSignOffs[]> {
    return RequestScope.remember(GAPS + actor.id, async () => {
      const ids = await this.access.evaluationsAs(actor, Lead, Director);
      if (ids.length === 0) return [];
      const manager = this.dataSource.manager;
      const candidates: { id: string; evaluation_id: string; evaluation_title: string; name: string }[] =
        await manager.query(
          `SELECT c.id, c.evaluation_id, e.title AS evaluation_title, p.name || ' ' || pv.name AS name
             FROM candidate c
             JOIN evaluation e ON e.id = c.evaluation_id
             JOIN product_version pv ON pv.id = c.product_version_id
             JOIN product p ON p.id = pv.product_id
            WHERE c.evaluation_id = ANY($1::uuid[]) AND c.state <> 'eliminated'
              AND e.status IN ('testing', 'recommendation')
            ORDER BY lower(e.title), e.id, lower(p.name), pv.name`,
          [ids],
        );
      if (candidates.length === 0) return [];
      const evidence = await this.verdicts.evidence(manager, candidates);
      const signed: { candidate_id: string; role: SignOffRole; department_id: string | null; fingerprint: string }[] =
        await manager.query(
          `SELECT candidate_id, role, department_id, fingerprint FROM acceptance_sign_off WHERE candidate_id = ANY($1::uuid[])`,
          [candidates.map((c) => c.id)],
        );
      const departments: { evaluation_id: string; id: string; name: string }[] = await manager.query(
        `SELECT DISTINCT m.evaluation_id, d.id, d.name
           FROM evaluation_member m JOIN app_user u ON u.id = m.user_id JOIN department d ON d.id = u.department_id
          WHERE m.evaluation_id = ANY($1::uuid[]) AND m.role = 'department_head'
          ORDER BY d.name`,
        [ids],
      );
      return candidates.flatMap((candidate) => {
        const current = evidence.get(candidate.id);
        if (!current) return [];
        const valid = signed.filter(
          (s) => s.candidate_id === candidate.id && !isSignOffOutdated(s.fingerprint, current.fingerprint),
        );
        const has = (role: SignOffRole, departmentId: string | null = null) =>
          valid.some((s) => s.role === role && (departmentId === null || s.department_id === departmentId));
        const missing = [
          ...(has('lead') ? [] : [ROLE_NAMES.lead]),
          ...departments
            .filter((d) => d.evaluation_id === candidate.evaluation_id && !has('department_head', d.id))
            .map((d) => `${ROLE_NAMES.department_head} (${d.name})`),
          ...(has('director') ? [] : [ROLE_NAMES.director]),
        ];
        return [
          Object.assign(new MissingSignOffs(), {
            evaluationId: candidate.evaluation_id,
            evaluationTitle: candidate.evaluation_title,
            candidateId: candidate.id,
            candidateName: candidate.name,
            verdict: current.verdict,
            missing,
          }),
        ];
      });
    });
  }
}

const ROLE_NAMES: Readonly<Record<SignOffRole, string>> = {
  lead: 'lead',
  department_head: 'department head',
  director: 'director',
};

function waiverOf(row: WaiverRow): WaitingWaiver {
  return Object.assign(new WaitingWaiver(), {
    id: row.id,
    evaluationId: row.evaluation_id,
    evaluationTitle: row.evaluation_title,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    requirementCode: row.requirement_code,
    proposedByName: row.proposed_by_name,
    proposedAt: row.created_at,
  });
}
