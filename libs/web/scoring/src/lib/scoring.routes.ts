import { Routes } from '@angular/router';
import { ScoringPage } from './grid/scoring.page';

/** /evaluations/:id/scoring */
export const SCORING_ROUTES: Routes = [{ path: '', pathMatch: 'full', component: ScoringPage, title: 'Scoring · Assay' }];
