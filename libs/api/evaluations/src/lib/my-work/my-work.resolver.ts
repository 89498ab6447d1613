import { CurrentActor, MyWork, RequestActor } from '@assay/api/core';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { RequirementsService } from '../requirements/requirements.service';
import { LedEvaluation, RequirementsToDecide } from './my-work.types';

/** The home page's evaluation sections: what the person leads, and their department's requirements. */
@Resolver(() => MyWork)
export class MyWorkEvaluationsResolver {
  constructor(
    private readonly evaluations: EvaluationsService,
    private readonly requirements: RequirementsService,
  ) {}

  @ResolveField(() => [LedEvaluation], {
    description: 'The open evaluations you lead, each with its next step and what it needs, by title.',
  })
  ledEvaluations(@CurrentActor() actor: RequestActor): Promise<LedEvaluation[]> {
    return this.evaluations.led(actor);
  }

  @ResolveField(() => [RequirementsToDecide], {
    description: 'As a department head: your department’s requirements still proposed, per open evaluation.',
  })
  requirementsToDecide(@CurrentActor() actor: RequestActor): Promise<RequirementsToDecide[]> {
    return this.requirements.toDecide(actor);
  }
}
