import { Routes } from '@angular/router';
import { EvaluationsPage } from './list/evaluations.page';
import { EvaluationPage } from './overview/evaluation.page';
import { LibraryPrioritiesPage } from './library-priorities/library-priorities.page';
import { RequirementLibrariesPage } from './requirement-libraries/requirement-libraries.page';
import { RequirementsPage } from './requirements/requirements.page';
import { RequirementDuplicatesPage } from './requirements/requirement-duplicates.page';

/** /evaluations, /evaluations/:id, /evaluations/:id/requirements, its library priorities and its duplicates */
export const EVALUATION_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: EvaluationsPage, title: 'Evaluations · Assay' },
  { path: ':id', pathMatch: 'full', component: EvaluationPage, title: 'Evaluation · Assay' },
  { path: ':id/requirements', pathMatch: 'full', component: RequirementsPage, title: 'Requirements · Assay' },
  {
    path: ':id/requirements/library-priorities',
    component: LibraryPrioritiesPage,
    title: 'Library priorities · Assay',
  },
  {
    path: ':id/requirements/duplicates',
    component: RequirementDuplicatesPage,
    title: 'Duplicate requirements · Assay',
  },
];

/** /requirement-libraries (administrators and evaluation leads; the server refuses anyone else). */
export const REQUIREMENT_LIBRARY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: RequirementLibrariesPage, title: 'Requirement libraries · Assay' },
];
