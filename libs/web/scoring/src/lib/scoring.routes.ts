import { Routes } from '@angular/router';
import { ScoringPage } from './grid/scoring.page';
import { ResultsPage } from './results/results.page';

/** /evaluations/:id/scoring */
export const SCORING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: ScoringPage, title: 'Scoring · Assay' },
];

/** /evaluations/:id/results */
export const RESULTS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: ResultsPage, title: 'Results · Assay' },
];
