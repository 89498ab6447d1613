import { Routes } from '@angular/router';
import { FeedbackAnswerPage } from './answer/feedback-answer.page';
import { FeedbackListPage } from './list/feedback-list.page';
import { FeedbackNewPage } from './new/feedback-new.page';
import { FeedbackSurveyPage } from './survey/feedback-survey.page';

/** /feedback: surveys about a chosen product or a product in use, their results, and answering one. */
export const FEEDBACK_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: FeedbackListPage, title: 'Feedback surveys · Assay' },
  { path: 'new', component: FeedbackNewPage, title: 'New survey · Assay' },
  { path: ':id', component: FeedbackSurveyPage, title: 'Survey · Assay' },
  { path: ':id/answer', component: FeedbackAnswerPage, title: 'Answer a survey · Assay' },
];
