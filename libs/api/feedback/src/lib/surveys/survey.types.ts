import { Department, MemberLibrary } from '@assay/api/core';
import { FeedbackQuestionKind, FeedbackSurveyStatus } from '@assay/domain';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const FeedbackQuestionKindEnum = { RATING: 'rating', TEXT: 'text' } as const;
registerEnumType(FeedbackQuestionKindEnum, {
  name: 'FeedbackQuestionKind',
  description: 'RATING: 1–5 with an optional comment; TEXT: free text only.',
});

export const FeedbackSurveyStatusEnum = { SCHEDULED: 'scheduled', OPEN: 'open', CLOSED: 'closed' } as const;
registerEnumType(FeedbackSurveyStatusEnum, {
  name: 'FeedbackSurveyStatus',
  description: 'From the survey’s dates: not yet open, open for answers, or closed (by date or by a manager).',
});

export const FeedbackGroupByEnum = { NONE: 'none', DEPARTMENT: 'department', LIBRARY: 'library' } as const;
export type FeedbackGroupBy = (typeof FeedbackGroupByEnum)[keyof typeof FeedbackGroupByEnum];
registerEnumType(FeedbackGroupByEnum, {
  name: 'FeedbackGroupBy',
  description: 'How results are grouped: not at all, by the respondents’ departments or by their member libraries.',
});

@ObjectType({ description: 'A question of a feedback survey.' })
export class FeedbackQuestion {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Its place in the survey, from 1.' }) position!: number;
  @Field(() => FeedbackQuestionKindEnum) kind!: FeedbackQuestionKind;
  @Field() text!: string;
}

@ObjectType({ description: 'The signed-in person’s own answer to one question.' })
export class FeedbackMyAnswer {
  @Field(() => ID) questionId!: string;
  @Field(() => Int, { nullable: true }) rating!: number | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType({ description: 'The signed-in person’s own response to a survey.' })
export class FeedbackMyResponse {
  @Field(() => [FeedbackMyAnswer]) answers!: FeedbackMyAnswer[];
}

@ObjectType({
  description:
    'A short survey about a product in use or an evaluation’s chosen product: 1–5 ratings and free text, open for a period to chosen departments and libraries.',
})
export class FeedbackSurvey {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field({ description: 'No answer is linked to a person; groups under five show no numbers.' }) anonymous!: boolean;
  @Field(() => FeedbackSurveyStatusEnum) status!: FeedbackSurveyStatus;
  @Field(() => GraphQLISODateTime) opensAt!: Date;
  @Field(() => GraphQLISODateTime) closesAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a manager closed it early.' })
  closedAt!: Date | null;
  @Field(() => ID, { description: 'Shared by the surveys repeated from one another.' }) seriesId!: string;
  @Field({ description: 'Which wave of the series, e.g. "3 months".' }) waveLabel!: string;
  @Field(() => ID, { nullable: true }) evaluationId!: string | null;
  @Field(() => ID, { nullable: true }) productId!: string | null;
  @Field({ description: 'What the survey is about: the product (and vendor), or the evaluation and its choice.' })
  subjectName!: string;
  @Field(() => [Department], { description: 'Departments it is open to (none and no libraries: everyone).' })
  departments!: Department[];
  @Field(() => [MemberLibrary], { description: 'Member libraries it is open to.' })
  memberLibraries!: MemberLibrary[];
  @Field(() => [FeedbackQuestion]) questions!: FeedbackQuestion[];
  @Field({ description: 'The signed-in person may change, close and repeat it.' }) canManage!: boolean;
  @Field({ description: 'The signed-in person is in the audience and the survey is open.' }) canAnswer!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Responses so far: for those who read the results; null for an anonymous survey with fewer than 5.',
  })
  responseCount!: number | null;
  @Field(() => FeedbackMyResponse, { nullable: true, description: 'The signed-in person’s own answers, if any.' })
  myResponse!: FeedbackMyResponse | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;

  /** Whether the signed-in person may read the results (not exposed: canManage or a director's reading). */
  canRead!: boolean;
  createdAt!: Date;
}

@ObjectType({ description: 'One group’s numbers for one question; everything null when suppressed.' })
export class FeedbackGroupResult {
  @Field(() => ID, { nullable: true, description: 'The department or library; null for overall or for "none".' })
  groupId!: string | null;
  @Field() groupName!: string;
  @Field(() => Int, { nullable: true, description: 'Responses in the group; null when suppressed (fewer than 5).' })
  responses!: number | null;
  @Field({ description: 'An anonymous survey’s group with fewer than 5 responses: no numbers shown.' })
  suppressed!: boolean;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => [Int], { nullable: true, description: 'How many rated 1, 2, 3, 4 and 5; null when suppressed or text.' })
  distribution!: number[] | null;
  @Field(() => Int, { nullable: true, description: 'Answers with a comment; null when suppressed.' })
  comments!: number | null;
}

@ObjectType({ description: 'The same question in one survey of the series.' })
export class FeedbackWaveResult {
  @Field(() => ID) surveyId!: string;
  @Field() waveLabel!: string;
  @Field(() => GraphQLISODateTime) opensAt!: Date;
  @Field(() => Int, { nullable: true }) responses!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => Float, { nullable: true }) mean!: number | null;
}

@ObjectType({ description: 'A question’s results: overall, per group, and per wave of the series in time order.' })
export class FeedbackQuestionResult {
  @Field(() => FeedbackQuestion) question!: FeedbackQuestion;
  @Field(() => FeedbackGroupResult) overall!: FeedbackGroupResult;
  @Field(() => [FeedbackGroupResult]) groups!: FeedbackGroupResult[];
  @Field(() => [FeedbackWaveResult]) waves!: FeedbackWaveResult[];
}

@ObjectType({ description: 'A survey’s results by question.' })
export class FeedbackResults {
  @Field(() => FeedbackSurvey) survey!: FeedbackSurvey;
  @Field(() => FeedbackGroupByEnum) groupBy!: FeedbackGroupBy;
  @Field(() => [FeedbackQuestionResult]) questions!: FeedbackQuestionResult[];
  @Field(() => Int, { description: 'The smallest group an anonymous survey shows numbers for.' })
  minimumGroupSize!: number;
}

@ObjectType({ description: 'A comment or text answer.' })
export class FeedbackComment {
  @Field(() => ID) questionId!: string;
  @Field() questionText!: string;
  @Field(() => Int, { nullable: true }) rating!: number | null;
  @Field() comment!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => String, { nullable: true }) libraryName!: string | null;
  @Field() waveLabel!: string;
  @Field(() => String, { nullable: true, description: 'Null for anonymous surveys.' }) respondentName!: string | null;
}

@ObjectType({ description: 'A page of comments; none when an anonymous survey’s group is under five.' })
export class FeedbackComments {
  @Field(() => [FeedbackComment]) items!: FeedbackComment[];
  @Field(() => Int) total!: number;
  @Field() suppressed!: boolean;
}
