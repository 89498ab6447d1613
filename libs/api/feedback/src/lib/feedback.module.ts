import { Module } from '@nestjs/common';
import { FeedbackAnswersService } from './answers/answers.service';
import { RespondentKeys } from './answers/respondent-keys';
import { FeedbackExportController } from './export/feedback-export.controller';
import { FeedbackExportService } from './export/feedback-export.service';
import { FeedbackResultsService } from './results/results.service';
import { FeedbackSurveysResolver, MyWorkFeedbackResolver } from './surveys/surveys.resolver';
import { FeedbackSurveysService } from './surveys/surveys.service';

/**
 * Feedback surveys after go-live: staff rate a product in use (or an evaluation's chosen product)
 * in short, possibly anonymous surveys; its managers read the results by department, library and
 * wave, and export them.
 */
@Module({
  controllers: [FeedbackExportController],
  providers: [
    RespondentKeys,
    FeedbackSurveysService,
    FeedbackAnswersService,
    FeedbackResultsService,
    FeedbackExportService,
    FeedbackSurveysResolver,
    MyWorkFeedbackResolver,
  ],
  exports: [FeedbackSurveysService],
})
export class FeedbackModule {}
