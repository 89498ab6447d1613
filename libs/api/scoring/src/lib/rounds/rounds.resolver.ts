import { CurrentActor, Evaluation, MyWork, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsensusInput, OpenRoundInput, ScoreInput } from './rounds.inputs';
import { RoundsService } from './rounds.service';
import { ConsensusScore, MyScoringRound, Score, ScoringProgress, ScoringRound } from './rounds.types';

/** Scoring rounds, scores and consensus; the service enforces roles and blind scoring. */
@Resolver(() => ScoringRound)
export class RoundsResolver {
  constructor(private readonly service: RoundsService) {}

  @Query(() => ScoringRound)
  scoringRound(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<ScoringRound> {
    return this.service.roundFor(actor, id);
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
export class EvaluationRoundsResolver {
  constructor(private readonly service: RoundsService) {}

  @ResolveField(() => [ScoringRound])
  scoringRounds(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<ScoringRound[]> {
    return this.service.rounds(actor, evaluation.id);
  }
}

/** The home page's scoring section: the open rounds waiting for the person's scores. */
@Resolver(() => MyWork)
export class MyWorkRoundsResolver {
  constructor(private readonly rounds: RoundsService) {}

  @ResolveField(() => [MyScoringRound], {
    description: 'As an evaluator: the open scoring rounds with your own progress, oldest first.',
  })
  scoringRounds(@CurrentActor() actor: RequestActor): Promise<MyScoringRound[]> {
    return this.rounds.mine(actor);
  }
}
