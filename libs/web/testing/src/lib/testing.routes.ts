import { Routes } from '@angular/router';
import { RunPage } from './run/run.page';

/** /testing: the tester's work, plans and runs. */
export const TESTING_ROUTES: Routes = [
  // Runs: a run and its execution.
  { path: 'runs/:runId', component: RunPage, title: 'Test run · Assay' },
];

/** /evaluations/:id/testing: the evaluation's test plans. */
export const EVALUATION_TESTING_ROUTES: Routes = [];
