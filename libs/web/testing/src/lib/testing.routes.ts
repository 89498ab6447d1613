import { Routes } from '@angular/router';

/** /testing: the tester's work, plans and runs. */
export const TESTING_ROUTES: Routes = [];

/** /evaluations/:id/testing: the evaluation's test plans. */
export const EVALUATION_TESTING_ROUTES: Routes = [];
