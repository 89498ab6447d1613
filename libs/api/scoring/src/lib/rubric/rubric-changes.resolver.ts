import { CurrentActor, ExpensiveField, RequestActor } from '@assay/api/core';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RubricChangesService } from './rubric-changes.service';
import { InvalidatedCriterion, RubricVersion } from './rubric.types';

/** What a rubric version changes for the scores given on the version it was copied from. */
@Resolver(() => RubricVersion)
export class RubricChangesResolver {
  constructor(private readonly service: RubricChangesService) {}

  @ExpensiveField(20)
  @ResolveField(() => [InvalidatedCriterion], {
    description:
      'Criteria whose scores on the frozen version this one was copied from cannot be carried over (removed, moved, reworded, other requirements, or a changed scale), with how many scores that affects; new criteria are listed as not yet scored. Empty for a first version or when nothing that matters changed.',
  })
  invalidatedScores(
    @CurrentActor() actor: RequestActor,
    @Parent() version: RubricVersion,
  ): Promise<InvalidatedCriterion[]> {
    return this.service.invalidated(actor, version.id);
  }
}
