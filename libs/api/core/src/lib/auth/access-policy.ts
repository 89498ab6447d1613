import { EvaluationRole, GlobalRole, satisfiesEvaluationRole } from '@assay/domain';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { forbidden, unauthenticated } from '../errors/app-error';
import { RequestActor } from './actor';

/** Reads which roles a person holds in an evaluation. Provided by the evaluations feature. */
export interface EvaluationMembershipReader {
  rolesOf(userId: string, evaluationId: string): Promise<EvaluationRole[]>;
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
    private readonly memberships?: EvaluationMembershipReader,
  ) {}

  assertSignedIn(actor: RequestActor | null | undefined): asserts actor is RequestActor {
    if (!actor) {
      throw unauthenticated();
    }
  }

  assertGlobalRole(actor: RequestActor | null | undefined, role: GlobalRole): asserts actor is RequestActor {
    this.assertSignedIn(actor);
    if (actor.globalRole !== role) {
      throw forbidden(role === GlobalRole.Admin ? 'Only an administrator may do that.' : 'You do not have permission to do that.');
    }
  }

  assertAdmin(actor: RequestActor | null | undefined): asserts actor is RequestActor {
    this.assertGlobalRole(actor, GlobalRole.Admin);
  }

  /** Passes when the actor holds one of `required` in the evaluation (admins pass where a lead would). */
  async assertEvaluationRole(actor: RequestActor | null | undefined, evaluationId: string, required: readonly EvaluationRole[]): Promise<void> {
    this.assertSignedIn(actor);
    const held = this.memberships ? await this.memberships.rolesOf(actor.id, evaluationId) : [];
    if (!satisfiesEvaluationRole(actor, held, required)) {
      throw forbidden(`This needs one of these roles in the evaluation: ${required.join(', ')}.`);
    }
  }
}
