import { CurrentActor, Evaluation, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CriterionInput, PairwiseInput, RubricScaleInput } from './rubric.inputs';
import { RubricService } from './rubric.service';
import { RubricVersion } from './rubric.types';

/** Rubric versions and their criteria; the service enforces the lead's role and frozen versions. */
@Resolver(() => RubricVersion)
export class RubricResolver {
  constructor(private readonly service: RubricService) {}

  @Query(() => RubricVersion)
  rubricVersion(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RubricVersion> {
    return this.service.rubricVersion(actor, id);
  }

  @Mutation(() => RubricVersion, {
    description: 'The rubric version to edit: the latest draft, or a new version copied from a frozen one.',
  })
  draftRubric(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
  ): Promise<RubricVersion> {
    return this.service.draftRubric(actor, evaluationId);
  }

  @Mutation(() => RubricVersion)
  setRubricScale(@CurrentActor() actor: RequestActor, @Args('input') input: RubricScaleInput): Promise<RubricVersion> {
    return this.service.setScale(actor, input);
  }

  @Mutation(() => RubricVersion, { description: 'Adds or edits a category or criterion of a draft version.' })
  saveCriterion(@CurrentActor() actor: RequestActor, @Args('input') input: CriterionInput): Promise<RubricVersion> {
    return this.service.saveCriterion(actor, input);
  }

  @Mutation(() => RubricVersion, {
    description:
      'Sets one level’s weights by AHP from a pairwise comparison matrix; shows the consistency ratio and the judgments to revisit.',
  })
  setPairwiseComparison(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: PairwiseInput,
  ): Promise<RubricVersion> {
    return this.service.setPairwise(actor, input);
  }

  @Mutation(() => RubricVersion)
  deleteCriterion(
    @CurrentActor() actor: RequestActor,
    @Args('rubricVersionId', { type: () => ID }) rubricVersionId: string,
    @Args('criterionId', { type: () => ID }) criterionId: string,
  ): Promise<RubricVersion> {
    return this.service.deleteCriterion(actor, rubricVersionId, criterionId);
  }

  @Mutation(() => RubricVersion, {
    description: 'Adds one criterion per approved requirement not yet covered, grouped by requirement category.',
  })
  generateCriteriaFromRequirements(
    @CurrentActor() actor: RequestActor,
    @Args('rubricVersionId', { type: () => ID }) rubricVersionId: string,
  ): Promise<RubricVersion> {
    return this.service.generateFromRequirements(actor, rubricVersionId);
  }
}

@Resolver(() => Evaluation)
export class EvaluationRubricResolver {
  constructor(private readonly service: RubricService) {}

  @ResolveField(() => RubricVersion, {
    nullable: true,
    description: 'The latest rubric version; null before one is started.',
  })
  rubric(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<RubricVersion | null> {
    return this.service.currentRubric(actor, evaluation.id);
  }
}
