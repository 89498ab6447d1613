import type { CompiledRubric, MandatoryRequirement, ScoreTable } from '@assay/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class KnockoutReason {
  @Field() requirement!: string;
  @Field(() => ID) criterionId!: string;
  @Field(() => Float) value!: number;
}

@ObjectType()
export class EvaluatorTotal {
  @Field(() => ID) evaluatorId!: string;
  @Field() evaluatorName!: string;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float) scoredWeight!: number;
}

@ObjectType({
  description:
    'One candidate’s place: total 0–100 of the maximum over what is scored, with completeness and knockouts.',
})
export class RankedCandidate {
  @Field(() => ID) candidateId!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true, description: 'Null when knocked out or nothing is scored.' }) rank!:
    number | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float, { description: 'Share of the rubric’s weight that is scored (0–1).' }) scoredWeight!: number;
  @Field(() => Int) scoredCount!: number;
  @Field(() => Int) criterionCount!: number;
  @Field() knockedOut!: boolean;
  @Field(() => [KnockoutReason]) knockouts!: KnockoutReason[];
  @Field(() => [EvaluatorTotal]) byEvaluator!: EvaluatorTotal[];
}

@ObjectType({ description: 'How far a criterion’s share must move for the top two to swap.' })
export class TiePointView {
  @Field(() => ID) criterionId!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Float) tieWeight!: number;
  @Field(() => Float, { description: 'tieWeight − weight, the other shares rescaled proportionally.' }) change!: number;
  @Field(() => Float, {
    description:
      'The same tie as a change of this weight alone with the others left as they are (renormalised afterwards).',
  })
  rawChange!: number;
}

@ObjectType()
export class StabilityLevel {
  @Field(() => Float, { description: 'Relative change of each weight, e.g. 0.1 for ±10%.' }) change!: number;
  @Field() stable!: boolean;
}

@ObjectType({
  description: 'Agreement between evaluators (Krippendorff’s alpha, interval; Kendall’s W over their totals).',
})
export class Agreement {
  @Field(() => Float, { nullable: true }) alpha!: number | null;
  @Field(() => Float, { nullable: true }) kendallW!: number | null;
  @Field(() => Float, { nullable: true }) kendallP!: number | null;
  @Field(() => [CriterionAgreement], {
    description: 'Criteria with alpha below 0.667, lowest first: topics for the calibration meeting.',
  })
  lowAgreement!: CriterionAgreement[];
}

@ObjectType()
export class CriterionAgreement {
  @Field(() => ID) criterionId!: string;
  @Field(() => Float) alpha!: number;
}

@ObjectType({ description: 'One candidate’s place on the evaluators’ mean alone, every consensus score set aside.' })
export class RankedWithoutConsensus {
  @Field(() => ID) candidateId!: string;
  @Field(() => Int, { nullable: true }) rank!: number | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field() knockedOut!: boolean;
}

@ObjectType()
export class ConsensusCell {
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) criterionId!: string;
}

@ObjectType({
  description:
    'The ranking as it would be without the consensus scores, to show how much the agreed one rests on them.',
})
export class RankingWithoutConsensus {
  @Field(() => ID, { nullable: true }) winnerId!: string | null;
  @Field(() => [RankedWithoutConsensus]) candidates!: RankedWithoutConsensus[];
}

@ObjectType()
export class LibraryRankedCandidate {
  @Field(() => ID) candidateId!: string;
  @Field(() => Int, { nullable: true }) rank!: number | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field() knockedOut!: boolean;
}

@ObjectType({
  description:
    'The ranking as one member library would have it: the criteria weighted by the priorities it gave the requirements they cover.',
})
export class MemberLibraryRanking {
  @Field(() => ID) memberLibraryId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) winnerId!: string | null;
  @Field({ description: 'True when this library’s winner is not the consortium ranking’s.' }) winnerDiffers!: boolean;
  @Field(() => Int, { description: 'Criteria whose weight this library’s priorities changed.' })
  reweightedCount!: number;
  @Field({
    description:
      'True when the library marked everything the rubric covers as not needed: the rubric’s weights are used.',
  })
  fallback!: boolean;
  @Field(() => [LibraryRankedCandidate]) candidates!: LibraryRankedCandidate[];
}

@ObjectType({
  description: 'An evaluator’s scores of a candidate left out of the results: a declared conflict of interest.',
})
export class SetAsideScores {
  @Field(() => ID) evaluatorId!: string;
  @Field() evaluatorName!: string;
  @Field(() => ID) candidateId!: string;
  @Field() vendorName!: string;
  @Field({ description: 'The conflict the evaluator declared.' }) reason!: string;
  @Field(() => Int, { description: 'Scores given before the conflict was declared (0 when none).' })
  scoreCount!: number;
}

@ObjectType({ description: 'The ranking of a revealed round, computed from the scores (never stored).' })
export class Ranking {
  @Field(() => ID) roundId!: string;
  @Field(() => ID, { nullable: true }) winnerId!: string | null;
  @Field(() => [RankedCandidate]) candidates!: RankedCandidate[];
  @Field(() => RankingWithoutConsensus) withoutConsensus!: RankingWithoutConsensus;
  @Field(() => Int, { description: 'Consensus scores the agreed ranking uses.' }) consensusCount!: number;
  @Field({
    description:
      'True when the consensus scores change who is ranked first (a tie for first counts as its own leader).',
  })
  leaderChangedByConsensus!: boolean;
  @Field(() => [ConsensusCell], {
    description: 'Consensus scores that decide the leader alone: setting aside just that one changes who is first.',
  })
  decisiveConsensus!: ConsensusCell[];
  @Field(() => [TiePointView], { description: 'Between the top two, for criteria that can swap them.' })
  tiePoints!: TiePointView[];
  @Field(() => [StabilityLevel]) stability!: StabilityLevel[];
  @Field(() => Agreement) agreement!: Agreement;
  /**
   * Not in the schema: what `byMemberLibrary` is computed from, kept so that it is computed only
   * when a client asks for it (RankingByLibraryResolver).
   */
  memberLibraryBasis!: MemberLibraryBasis;
  @Field(() => [SetAsideScores], {
    description: 'Evaluators excluded from a candidate by a declared conflict the lead has not overridden.',
  })
  setAside!: SetAsideScores[];
}

@ObjectType({ description: 'A ranked candidate’s total cost and what its score buys.' })
export class CandidateCost {
  @Field(() => ID) candidateId!: string;
  @Field(() => Float, { description: 'Total cost of ownership over the evaluation’s period.' }) total!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Score points (0–100) per 10,000 of total cost; null without a score or a cost.',
  })
  scorePerTenThousand!: number | null;
}

/** The round's data the per-library rankings are computed from (see RankingService.byMemberLibrary). */
export interface MemberLibraryBasis {
  evaluationId: string;
  rubricVersionId: string;
  rubric: CompiledRubric;
  table: ScoreTable;
  winnerId: string | null;
  mandatory: MandatoryRequirement[];
}
