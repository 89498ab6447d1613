import { Routes } from '@angular/router';
import { DecisionsPage } from './decisions/decisions.page';
import { RecommendationPage } from './recommendation/recommendation.page';

/** /evaluations/:id/recommendation: the recommendation, its versions and reviews, and the decision. */
export const RECOMMENDATION_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: RecommendationPage, title: 'Recommendation · Assay' },
];

/** /decisions: the recommendations waiting for the person's review and the decisions taken. */
export const DECISIONS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: DecisionsPage, title: 'Decisions · Assay' },
];
