import { CurrentActor, Evaluation, ExpensiveField, PageInput, RequestActor } from '@assay/api/core';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TraceabilityFilter } from './traceability.inputs';
import { TraceabilityService } from './traceability.service';
import { Traceability } from './traceability.types';

@Resolver(() => Evaluation)
export class EvaluationTraceabilityResolver {
  constructor(private readonly service: TraceabilityService) {}

  @ResolveField(() => Traceability, {
    description:
      'The traceability matrix: approved requirements by code, page by page, × candidates, with the latest result of each linked case (any member).',
  })
  @ExpensiveField(10)
  traceability(
    @CurrentActor() actor: RequestActor,
    @Parent() evaluation: Evaluation,
    @Args('filter', { nullable: true }) filter?: TraceabilityFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<Traceability> {
    return this.service.matrix(actor, evaluation.id, filter ?? {}, page);
  }
}
