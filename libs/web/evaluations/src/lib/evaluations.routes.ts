import { Routes } from '@angular/router';
import { EvaluationsPage } from './list/evaluations.page';
import { EvaluationPage } from './overview/evaluation.page';
import { RequirementLibrariesPage } from './requirement-libraries/requirement-libraries.page';
import { RequirementsPage } from './requirements/requirements.page';

/** /evaluations, /evaluations/:id and /evaluations/:id/requirements */
export const EVALUATION_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: EvaluationsPage, title: 'Evaluations · Assay' },
  { path: ':id', pathMatch: 'full', component: EvaluationPage, title: 'Evaluation · Assay' },
  { path: ':id/requirements', component: RequirementsPage, title: 'Requirements · Assay' },
];

/** /requirement-libraries (administrators and evaluation leads; the server refuses anyone else). */
export const REQUIREMENT_LIBRARY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: RequirementLibrariesPage, title: 'Requirement libraries · Assay' },
];
