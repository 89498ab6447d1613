import { CurrentActor, GraphQLContext, RequestActor } from '@assay/api/core';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TestResult } from '../runs/runs.types';
import { EvidenceService } from './evidence.service';
import { TestResultAttachment } from './evidence.types';

/** A result's evidence; the bytes go up and down through EvidenceController. */
@Resolver(() => TestResult)
export class ResultEvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  // The result was read through the run or the result, both of which checked the plan.
  @ResolveField(() => [TestResultAttachment], { description: 'Evidence kept with the result, oldest first.' })
  attachments(@Parent() result: TestResult, @Context() ctx: GraphQLContext): Promise<TestResultAttachment[]> {
    return ctx.loaders
      .get<string, TestResultAttachment[]>('testResultAttachments', async (ids) => {
        const map = await this.evidence.byResults(ids);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(result.id);
  }

  @Mutation(() => Boolean, {
    description: 'Removes evidence from a result of an open run; the result’s history keeps a note of it.',
  })
  deleteTestResultAttachment(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.evidence.delete(actor, id);
  }
}
