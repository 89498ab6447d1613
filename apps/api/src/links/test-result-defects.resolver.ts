import { Defect, DefectsService } from '@assay/api/acceptance';
import { CurrentActor, RequestActor } from '@assay/api/core';
import { TestResult } from '@assay/api/testing';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

/**
 * `TestResult.defects`: a field of one feature's type (testing's results) answered by another
 * (acceptance's defects). Features never import each other, so the app, which sees both, joins them.
 */
@Resolver(() => TestResult)
export class TestResultDefectsResolver {
  constructor(private readonly service: DefectsService) {}

  @ResolveField(() => [Defect], { description: 'The defects this result is linked to.' })
  defects(@CurrentActor() actor: RequestActor, @Parent() result: TestResult): Promise<Defect[]> {
    return this.service.forResult(actor, result.id);
  }
}
