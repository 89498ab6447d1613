import { CurrentActor, ExpensiveField, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Evaluation } from './evaluations.types';
import { Ranking, RankingService } from './ranking.service';
import { ScoringService } from './scoring.service';
import {
  ConsensusInput,
  ConsensusScore,
  CriterionInput,
  OpenRoundInput,
  PairwiseInput,
  RubricScaleInput,
  RubricVersion,
  Score,
  ScoreInput,
  ScoringProgress,
  ScoringRound,
} from './scoring.types';

/** Rubric and scoring rounds; the service enforces roles, frozen versions and blind scoring. */
@Resolver(() => ScoringRound)
export class ScoringResolver {
  constructor(
    private readonly service: ScoringService,
    private readonly rankingService: RankingService,
  ) {}

  @ExpensiveField(100)
  @ResolveField(() => Ranking, {
    description: 'Computed from the scores once the round is revealed; refused while it is blind.',
  })
  ranking(@CurrentActor() actor: RequestActor, @Parent() round: ScoringRound): Promise<Ranking> {
    return this.rankingService.ranking(actor, round.id);
  }

  @Query(() => ScoringRound)
  scoringRound(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<ScoringRound> {
    return this.service.roundFor(actor, id);
  }

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

  @Mutation(() => ScoringRound, { description: 'Freezes the latest rubric version and opens a blind scoring round.' })
  openScoringRound(@CurrentActor() actor: RequestActor, @Args('input') input: OpenRoundInput): Promise<ScoringRound> {
    return this.service.openRound(actor, input);
  }

  @Mutation(() => ScoringRound, {
    description: 'Ends blind scoring: everyone in the evaluation sees all scores of the round.',
  })
  revealScoringRound(
    @CurrentActor() actor: RequestActor,
    @Args('roundId', { type: () => ID }) roundId: string,
  ): Promise<ScoringRound> {
    return this.service.reveal(actor, roundId);
  }

  @Mutation(() => ScoringRound, {
    description: 'Ends an open round without revealing it: it accepts no more scores, and its scores stay blind.',
  })
  closeScoringRound(
    @CurrentActor() actor: RequestActor,
    @Args('roundId', { type: () => ID }) roundId: string,
  ): Promise<ScoringRound> {
    return this.service.closeRound(actor, roundId);
  }

  @Mutation(() => Score, { description: 'Saves your own score for one candidate and criterion (insert or replace).' })
  saveScore(@CurrentActor() actor: RequestActor, @Args('input') input: ScoreInput): Promise<Score> {
    return this.service.saveScore(actor, input);
  }

  @Mutation(() => ConsensusScore, {
    description: 'The agreed score for a candidate and criterion after the reveal, with a note.',
  })
  setConsensusScore(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: ConsensusInput,
  ): Promise<ConsensusScore> {
    return this.service.setConsensus(actor, input);
  }

  @ResolveField(() => [Score], { description: 'Until the reveal: your own scores only.' })
  scores(@CurrentActor() actor: RequestActor, @Parent() round: ScoringRound): Promise<Score[]> {
    return this.service.scores(actor, round.id);
  }

  @ResolveField(() => [ScoringProgress], {
    description: 'Scores given per evaluator (leads see everyone’s counts; others their own).',
  })
  progress(@CurrentActor() actor: RequestActor, @Parent() round: ScoringRound): Promise<ScoringProgress[]> {
    return this.service.progress(actor, round.id);
  }

  @ResolveField(() => [ConsensusScore], { description: 'Empty until the reveal.' })
  consensus(@CurrentActor() actor: RequestActor, @Parent() round: ScoringRound): Promise<ConsensusScore[]> {
    return this.service.consensus(actor, round.id);
  }
}

@Resolver(() => Evaluation)
export class EvaluationScoringResolver {
  constructor(private readonly service: ScoringService) {}

  @ResolveField(() => RubricVersion, {
    nullable: true,
    description: 'The latest rubric version; null before one is started.',
  })
  rubric(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<RubricVersion | null> {
    return this.service.currentRubric(actor, evaluation.id);
  }

  @ResolveField(() => [ScoringRound])
  scoringRounds(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<ScoringRound[]> {
    return this.service.rounds(actor, evaluation.id);
  }
}
