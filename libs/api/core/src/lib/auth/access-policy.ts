import { EvaluationRole, GlobalRole, satisfiesEvaluationRole } from '@assay/domain';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { forbidden, notFound, unauthenticated } from '../errors/app-error';
import { RequestActor } from './actor';

/** Reads which roles a person holds in an evaluation. Provided by the evaluations feature. */
export interface EvaluationMembershipReader {
  rolesOf(userId: string, evaluationId: string): Promise<EvaluationRole[]>;
  /** Whether the person leads at least one evaluation that is not cancelled. */
  leadsAnyEvaluation(userId: string): Promise<boolean>;
}
export const EVALUATION_MEMBERSHIP_READER = Symbol('EvaluationMembershipReader');

/**
 * The service-level access checks. Every service method that reads or changes protected data
 * calls one of these first, whatever resolver or controller reached it.
 */
@Injectable()
export class AccessPolicy {
  constructor(
    @Optional()
    @Inject(EVALUATION_MEMBERSHIP_READER)
    private memberships?: EvaluationMembershipReader,
  ) {}

  /** The evaluations feature registers how memberships are read when it starts. */
  useMembershipReader(reader: EvaluationMembershipReader): void {
    this.memberships = reader;
  }

  assertSignedIn(actor: RequestActor | null | undefined): asserts actor is RequestActor {
    if (!actor) {
      throw unauthenticated();
    }
  }

  assertGlobalRole(actor: RequestActor | null | undefined, role: GlobalRole): asserts actor is RequestActor {
    this.assertSignedIn(actor);
    if (actor.globalRole !== role) {
      throw forbidden(
        role === GlobalRole.Admin ? 'Only an administrator may do that.' : 'You do not have permission to do that.',
      );
    }
  }

  assertAdmin(actor: RequestActor | null | undefined): asserts actor is RequestActor {
    this.assertGlobalRole(actor, GlobalRole.Admin);
  }

  /**
   * Passes when the actor holds one of `required` in the evaluation (admins pass where a lead would).
   * Someone who is not a member at all is told that `hiddenAs` (the evaluation, or the object of it
   * they named) was not found — the same answer as for an id that does not exist, so refusals do not
   * reveal which evaluations, requirements or rounds exist. Members without the role get FORBIDDEN.
   */
  async assertEvaluationRole(
    actor: RequestActor | null | undefined,
    evaluationId: string,
    required: readonly EvaluationRole[],
    hiddenAs = 'The evaluation',
  ): Promise<void> {
    this.assertSignedIn(actor);
    const held = this.memberships ? await this.memberships.rolesOf(actor.id, evaluationId) : [];
    if (held.length === 0 && actor.globalRole !== GlobalRole.Admin) {
      throw notFound(hiddenAs);
    }
    if (!satisfiesEvaluationRole(actor, held, required)) {
      throw forbidden(`This needs one of these roles in the evaluation: ${required.join(', ')}.`);
    }
  }

  /** The roles the actor holds in the evaluation (none for a non-member; administrators hold none by being one). */
  async rolesOf(actor: RequestActor | null | undefined, evaluationId: string): Promise<EvaluationRole[]> {
    this.assertSignedIn(actor);
    return this.memberships ? this.memberships.rolesOf(actor.id, evaluationId) : [];
  }

  /** The vendor catalogue is edited by administrators and by people who lead an evaluation. */
  async assertCatalogueEditor(actor: RequestActor | null | undefined): Promise<void> {
    if (!(await this.canEditCatalogue(actor))) {
      throw forbidden('Only administrators and evaluation leads may change the vendor catalogue.');
    }
  }

  async canEditCatalogue(actor: RequestActor | null | undefined): Promise<boolean> {
    this.assertSignedIn(actor);
    if (actor.globalRole === GlobalRole.Admin) return true;
    return this.memberships ? this.memberships.leadsAnyEvaluation(actor.id) : false;
  }
}
