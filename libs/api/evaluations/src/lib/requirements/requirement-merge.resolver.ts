import { CurrentActor, GraphQLContext, RequestActor } from '@assay/api/core';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirementMergeService } from './requirement-merge.service';
import {
  MergeRequirementsInput,
  RequirementDuplicate,
  RequirementMerge,
  RequirementOrigin,
} from './requirement-merge.types';
import { Requirement } from './requirements.types';

/** Likely duplicates, merges and their undoing; the service checks that only leads and administrators merge. */
@Resolver(() => Requirement)
export class RequirementMergeResolver {
  constructor(private readonly service: RequirementMergeService) {}

  @Query(() => [RequirementDuplicate], {
    description:
      'Pairs of the evaluation’s requirements (rejected ones left out) that likely say the same thing, most alike first.',
  })
  requirementDuplicates(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
  ): Promise<RequirementDuplicate[]> {
    return this.service.duplicates(actor, evaluationId);
  }

  @Query(() => [RequirementMerge], {
    description: 'The evaluation’s requirement merges, newest first (undone ones included).',
  })
  requirementMerges(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
  ): Promise<RequirementMerge[]> {
    return this.service.merges(actor, evaluationId);
  }

  @Mutation(() => RequirementMerge, {
    description:
      'Merges duplicates into a survivor: it keeps every origin and receives every link (where it already has an equivalent, its own wins). Leads and administrators, before scoring opens.',
  })
  mergeRequirements(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: MergeRequirementsInput,
  ): Promise<RequirementMerge> {
    return this.service.merge(actor, input);
  }

  @Mutation(() => RequirementMerge, {
    description:
      'Undoes a merge: the merged requirements and their links come back exactly as they were. Before scoring opens.',
  })
  undoRequirementMerge(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<RequirementMerge> {
    return this.service.undo(actor, id, version);
  }

  @ResolveField(() => [RequirementOrigin], {
    description:
      'The requirements merged into this one: their departments, original codes and texts, and who proposed them.',
  })
  origins(
    @CurrentActor() actor: RequestActor,
    @Parent() requirement: Requirement,
    @Context() ctx: GraphQLContext,
  ): Promise<RequirementOrigin[]> {
    return ctx.loaders
      .get<string, RequirementOrigin[]>('originsByRequirement', async (ids) => {
        const map = await this.service.originsOf(actor, ids);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(requirement.id);
  }
}
