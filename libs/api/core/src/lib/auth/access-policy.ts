import {
  EvaluationPermissions,
  evaluationPermissions,
  EvaluationRole,
  EvaluationStatus,
  GlobalRole,
  satisfiesEvaluationRole,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryPrepared } from '../database/prepared';
import { badInput, forbidden, notFound } from '../errors/app-error';
import { RequestScope } from '../http/request-scope';
import { RequestActor } from './actor';

/**
 * An evaluation as a check names it: its id, or its id with what to call it when someone who is not
 * a member asks ("The candidate", "The scoring round"), so the refusal names what they asked for.
 */
export type EvaluationRef = string | { evaluationId: string; hiddenAs: string };

/** One person's memberships, read in one query and remembered for the request. */
interface Standing {
  departmentId: string | null;
  /** Evaluation id → the roles held there. */
  roles: ReadonlyMap<string, readonly EvaluationRole[]>;
  /** Whether the person leads at least one evaluation that is not cancelled. */
  leadsAnyOpen: boolean;
  /** The roles the person holds in evaluations neither cancelled nor decided. */
  openRoles: ReadonlySet<EvaluationRole>;
}

const STANDING = 'access:standing:';
const EXISTS = 'access:exists:';
const HEX_32 = /^[0-9a-f]{32}$/;

/**
 * Who may do what: the one access policy every service asks, whatever resolver or controller
 * reached it, with the signed-in person the guard attached (never absent on an authenticated path).
 *
 * - `require(actor, evaluation, ...roles)` passes when the actor holds one of `roles` in the
 *   evaluation (administrators pass where a lead would; with no roles, any member and
 *   administrators pass). Someone who is not a member is told the evaluation — or the object of it
 *   they named — was not found, word for word as for an id that does not exist; a member without
 *   the role gets FORBIDDEN.
 * - `holds(actor, evaluationId, ...roles)` answers the same question without refusing.
 *
 * Memberships are read here, one query per person per request (RequestScope), so a page of
 * evaluations that each ask for roles costs one read.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly dataSource: DataSource) {}

  requireAdmin(actor: RequestActor): void {
    if (actor.globalRole !== GlobalRole.Admin) throw forbidden('Only an administrator may do that.');
  }

  async require(actor: RequestActor, evaluation: EvaluationRef, ...roles: EvaluationRole[]): Promise<void> {
    const { evaluationId, hiddenAs } =
      typeof evaluation === 'string' ? { evaluationId: evaluation, hiddenAs: 'The evaluation' } : evaluation;
    const held = await this.rolesOf(actor, evaluationId);
    const admin = actor.globalRole === GlobalRole.Admin;
    if (held.length === 0 && !admin) throw notFound(hiddenAs);
    if (roles.length === 0) {
      // Reading: administrators read every evaluation that exists.
      if (held.length === 0 && !(await this.exists(evaluationId))) throw notFound('The evaluation');
      return;
    }
    if (!satisfiesEvaluationRole(actor, held, roles)) {
      throw forbidden(`This needs one of these roles in the evaluation: ${roles.join(', ')}.`);
    }
  }

  async holds(actor: RequestActor, evaluationId: string, ...roles: EvaluationRole[]): Promise<boolean> {
    const held = await this.rolesOf(actor, evaluationId);
    if (roles.length === 0) return held.length > 0 || actor.globalRole === GlobalRole.Admin;
    return satisfiesEvaluationRole(actor, held, roles);
  }

  /** The roles the actor holds in the evaluation (none when not a member; administrators hold only their own). */
  async rolesOf(actor: RequestActor, evaluationId: string): Promise<EvaluationRole[]> {
    const key = canonicalId(evaluationId);
    return [...((await this.standing(actor)).roles.get(key) ?? [])];
  }

  /** The evaluations the actor holds a role in (administrators: only their own memberships). */
  async evaluationsOf(actor: RequestActor): Promise<string[]> {
    return [...(await this.standing(actor)).roles.keys()];
  }

  /**
   * The evaluations where the actor holds one of `roles` themselves: what waits for a person is
   * what their own memberships give them, administrators included.
   */
  async evaluationsAs(actor: RequestActor, ...roles: EvaluationRole[]): Promise<string[]> {
    const held = (await this.standing(actor)).roles;
    return [...held].filter(([, mine]) => mine.some((role) => roles.includes(role))).map(([id]) => id);
  }

  /** The roles the actor holds in evaluations still open (neither cancelled nor decided). */
  async openRolesOf(actor: RequestActor): Promise<EvaluationRole[]> {
    return [...(await this.standing(actor)).openRoles];
  }

  /** What the actor may do in the evaluation (libs/domain `evaluationPermissions`). */
  async permissions(
    actor: RequestActor,
    evaluation: { id: string; status: EvaluationStatus },
  ): Promise<EvaluationPermissions> {
    const key = canonicalId(evaluation.id);
    const standing = await this.standing(actor);
    return evaluationPermissions({
      actor,
      roles: standing.roles.get(key) ?? [],
      status: evaluation.status,
      hasDepartment: standing.departmentId !== null,
    });
  }

  /** The actor's department (department heads write for their own), or null. */
  async departmentOf(actor: RequestActor): Promise<string | null> {
    return (await this.standing(actor)).departmentId;
  }

  /** The vendor catalogue is edited by administrators and by people who lead an evaluation that is not cancelled. */
  async requireCatalogueEditor(actor: RequestActor): Promise<void> {
    if (!(await this.canEditCatalogue(actor))) {
      throw forbidden('Only administrators and evaluation leads may change the vendor catalogue.');
    }
  }

  async canEditCatalogue(actor: RequestActor): Promise<boolean> {
    if (actor.globalRole === GlobalRole.Admin) return true;
    return (await this.standing(actor)).leadsAnyOpen;
  }

  /**
   * Whether the actor works on a product in use: an administrator, or a person an administrator
   * named on one of the product's test plans. Read once per person and product per request.
   */
  async worksOnProduct(actor: RequestActor, productId: string): Promise<boolean> {
    if (actor.globalRole === GlobalRole.Admin) return true;
    return RequestScope.remember(`product-work:${productId}:${actor.id}`, async () => {
      const rows: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM test_plan_member m JOIN test_plan p ON p.id = m.plan_id
          WHERE p.product_id = $1 AND m.user_id = $2 LIMIT 1`,
        [productId, actor.id],
      );
      return rows.length > 0;
    });
  }

  /** After memberships change in this request, the next check reads them again. */
  forgetMemberships(): void {
    RequestScope.forget(STANDING);
  }

  private standing(actor: RequestActor): Promise<Standing> {
    return RequestScope.remember(STANDING + actor.id, async () => {
      const rows = await queryPrepared<{
        department_id: string | null;
        evaluation_id: string | null;
        role: EvaluationRole | null;
        status: EvaluationStatus | null;
      }>(
        this.dataSource,
        `SELECT u.department_id, m.evaluation_id, m.role, e.status
           FROM app_user u
           LEFT JOIN evaluation_member m ON m.user_id = u.id
           LEFT JOIN evaluation e ON e.id = m.evaluation_id
          WHERE u.id = $1`,
        [actor.id],
      );
      const roles = new Map<string, EvaluationRole[]>();
      let leadsAnyOpen = false;
      const openRoles = new Set<EvaluationRole>();
      for (const row of rows) {
        if (!row.evaluation_id || !row.role) continue;
        if (row.status !== 'cancelled' && row.status !== 'decided') openRoles.add(row.role);
        roles.set(row.evaluation_id, [...(roles.get(row.evaluation_id) ?? []), row.role]);
        if (row.role === EvaluationRole.Lead && row.status !== 'cancelled') leadsAnyOpen = true;
      }
      return { departmentId: rows[0]?.department_id ?? null, roles, leadsAnyOpen, openRoles };
    });
  }

  private async exists(evaluationId: string): Promise<boolean> {
    const found = await RequestScope.remember(EXISTS + evaluationId, async () => {
      const rows = await queryPrepared(this.dataSource, 'SELECT 1 FROM evaluation WHERE id = $1', [evaluationId]);
      return rows.length > 0;
    });
    if (!found) RequestScope.forget(EXISTS + evaluationId);
    return found;
  }
}

/**
 * The id as PostgreSQL spells a uuid (lower case, hyphenated), to look memberships up by; an id
 * PostgreSQL would not read as a uuid is refused as the database would refuse it.
 */
function canonicalId(id: string): string {
  const hex = id
    .replace(/^\{(.*)\}$/, '$1')
    .replace(/-/g, '')
    .toLowerCase();
  if (!HEX_32.test(hex)) throw badInput('An id in the request is not valid.');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
