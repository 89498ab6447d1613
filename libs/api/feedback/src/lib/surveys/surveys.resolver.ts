import { CurrentActor, DEFAULT_PAGE, MyWork, PageInput, RequestActor } from '@assay/api/core';
import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FeedbackAnswersService } from '../answers/answers.service';
import { FeedbackResultsService } from '../results/results.service';
import {
  AnswerFeedbackSurveyInput,
  CreateFeedbackSurveyInput,
  RepeatFeedbackSurveyInput,
  UpdateFeedbackSurveyInput,
} from './survey.inputs';
import {
  FeedbackComments,
  FeedbackGroupBy,
  FeedbackGroupByEnum,
  FeedbackResults,
  FeedbackSurvey,
} from './survey.types';
import { FeedbackSurveysService } from './surveys.service';

/** Feedback surveys after go-live; the services decide who may see, answer and manage each one. */
@Resolver(() => FeedbackSurvey)
export class FeedbackSurveysResolver {
  constructor(
    private readonly surveys: FeedbackSurveysService,
    private readonly answers: FeedbackAnswersService,
    private readonly results: FeedbackResultsService,
  ) {}

  @Query(() => [FeedbackSurvey], {
    description:
      'Surveys the person manages or may read the results of, newest first; optionally of one product or evaluation.',
  })
  feedbackSurveys(
    @CurrentActor() actor: RequestActor,
    @Args('productId', { type: () => ID, nullable: true }) productId?: string,
    @Args('evaluationId', { type: () => ID, nullable: true }) evaluationId?: string,
  ): Promise<FeedbackSurvey[]> {
    return this.surveys.list(actor, { productId, evaluationId });
  }

  @Query(() => FeedbackSurvey, {
    description: 'One survey: for its managers, those who read its results, and its audience.',
  })
  feedbackSurvey(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FeedbackSurvey> {
    return this.surveys.one(actor, id);
  }

  @Query(() => FeedbackResults, {
    description: 'A survey’s results per question; an anonymous survey shows no numbers for groups under five.',
  })
  feedbackResults(
    @CurrentActor() actor: RequestActor,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('groupBy', { type: () => FeedbackGroupByEnum, defaultValue: FeedbackGroupByEnum.DEPARTMENT })
    groupBy: FeedbackGroupBy,
  ): Promise<FeedbackResults> {
    return this.results.results(actor, surveyId, groupBy);
  }

  @Query(() => FeedbackComments, {
    description: 'A survey’s comments and text answers, filtered; none for an anonymous survey’s groups under five.',
  })
  feedbackComments(
    @CurrentActor() actor: RequestActor,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('questionId', { type: () => ID, nullable: true }) questionId?: string,
    @Args('departmentId', { type: () => ID, nullable: true }) departmentId?: string,
    @Args('memberLibraryId', { type: () => ID, nullable: true }) memberLibraryId?: string,
    @Args('search', { type: () => String, nullable: true }) search?: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<FeedbackComments> {
    return this.results.comments(
      actor,
      surveyId,
      { questionId, departmentId, memberLibraryId, search },
      page ?? DEFAULT_PAGE,
    );
  }

  @Mutation(() => FeedbackSurvey, {
    description: 'Creates a survey about a product in use or an evaluation’s chosen product.',
  })
  createFeedbackSurvey(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CreateFeedbackSurveyInput,
  ): Promise<FeedbackSurvey> {
    return this.surveys.create(actor, input);
  }

  @Mutation(() => FeedbackSurvey, { description: 'Changes a survey that has not closed; CONFLICT on a stale version.' })
  updateFeedbackSurvey(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: UpdateFeedbackSurveyInput,
  ): Promise<FeedbackSurvey> {
    return this.surveys.update(actor, input);
  }

  @Mutation(() => FeedbackSurvey, {
    description: 'Closes a survey now; an anonymous survey forgets who may edit which response.',
  })
  closeFeedbackSurvey(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<FeedbackSurvey> {
    return this.surveys.close(actor, id, version);
  }

  @Mutation(() => FeedbackSurvey, {
    description: 'The next wave of a survey’s series, with the same questions and audience.',
  })
  repeatFeedbackSurvey(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: RepeatFeedbackSurveyInput,
  ): Promise<FeedbackSurvey> {
    return this.surveys.repeat(actor, input);
  }

  @Mutation(() => FeedbackSurvey, {
    description: 'Saves the signed-in person’s answers; saving again replaces them while open.',
  })
  answerFeedbackSurvey(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: AnswerFeedbackSurveyInput,
  ): Promise<FeedbackSurvey> {
    return this.answers.answer(actor, input);
  }
}

/** The home page's survey section. */
@Resolver(() => MyWork)
export class MyWorkFeedbackResolver {
  constructor(private readonly surveys: FeedbackSurveysService) {}

  @ResolveField(() => [FeedbackSurvey], {
    description: 'Open surveys the person is asked to answer (answered or not: myResponse tells).',
  })
  feedbackSurveysToAnswer(@CurrentActor() actor: RequestActor): Promise<FeedbackSurvey[]> {
    return this.surveys.toAnswer(actor);
  }
}
