import { Routes } from '@angular/router';
import { RubricPage } from './rubric.page';

/** /evaluations/:id/rubric */
export const RUBRIC_ROUTES: Routes = [{ path: '', pathMatch: 'full', component: RubricPage, title: 'Rubric · Assay' }];
