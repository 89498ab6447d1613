import { Routes } from '@angular/router';
import { DefectsPage } from './defects/defects.page';
import { FollowUpsPage } from './follow-ups/follow-ups.page';
import { TestingHomePage } from './home/testing-home.page';
import { EvaluationPlansPage } from './plans/evaluation-plans.page';
import { PlanPage } from './plans/plan.page';
import { RunPage } from './run/run.page';

/** /testing: the tester's work, plans, runs and follow-ups. */
export const TESTING_ROUTES: Routes = [
  // Plans and cases: the testing home and a plan's page.
  { path: '', pathMatch: 'full', component: TestingHomePage, title: 'Testing · Assay' },
  { path: 'plans/:planId', component: PlanPage, title: 'Test plan · Assay' },
  // Retests of fixed defects waiting for the person.
  { path: 'follow-ups', component: FollowUpsPage, title: 'Follow-ups · Assay' },
  // Runs: a run and its execution.
  { path: 'runs/:runId', component: RunPage, title: 'Test run · Assay' },
];

/** /evaluations/:id/testing: the evaluation's test plans, defects and follow-ups. */
export const EVALUATION_TESTING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: EvaluationPlansPage, title: 'Testing · Assay' },
  { path: 'defects', component: DefectsPage, title: 'Defects · Assay' },
  { path: 'follow-ups', component: FollowUpsPage, title: 'Follow-ups · Assay' },
];
