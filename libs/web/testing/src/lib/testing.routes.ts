import { Routes } from '@angular/router';
import { VendorClaimsPage } from './claims/vendor-claims.page';
import { AcceptancePage } from './acceptance/acceptance.page';
import { DefectPage } from './defects/defect.page';
import { DefectsPage } from './defects/defects.page';
import { FollowUpsPage } from './follow-ups/follow-ups.page';
import { TestingHomePage } from './home/testing-home.page';
import { InstallationsPage } from './installations/installations.page';
import { NoticePage } from './notices/notice.page';
import { ProductNoticesPage } from './notices/product-notices.page';
import { EvaluationPlansPage } from './plans/evaluation-plans.page';
import { PlanPage } from './plans/plan.page';
import { MyReportsPage } from './problems/my-reports.page';
import { RunPage } from './run/run.page';
import { UpgradePage } from './upgrade/upgrade.page';
import { TraceabilityPage } from './traceability/traceability.page';
import { TrendsPage } from './trends/trends.page';

/** /testing: the tester's work, plans, runs and follow-ups. */
export const TESTING_ROUTES: Routes = [
  // Plans and cases: the testing home and a plan's page.
  { path: '', pathMatch: 'full', component: TestingHomePage, title: 'Testing · Assay' },
  { path: 'plans/:planId', component: PlanPage, title: 'Test plan · Assay' },
  { path: 'plans/:planId/upgrade', component: UpgradePage, title: 'Upgrade comparison · Assay' },
  // A defect found on a product in use (an evaluation's defects live under the evaluation).
  { path: 'defects/:defectId', component: DefectPage, title: 'Defect · Assay' },
  // A product in use: its defects' and runs' trends.
  { path: 'products/:productId/trends', component: TrendsPage, title: 'Trends · Assay' },
  // A product in use: what has been installed on it, and which run accepted each.
  { path: 'products/:productId/installations', component: InstallationsPage, title: 'Installations · Assay' },
  // A product in use: the notices sent about it, and sending one.
  { path: 'products/:productId/notices', component: ProductNoticesPage, title: 'Notices · Assay' },
  // Retests of fixed defects waiting for the person.
  { path: 'follow-ups', component: FollowUpsPage, title: 'Follow-ups · Assay' },
  // Runs: a run and its execution.
  { path: 'runs/:runId', component: RunPage, title: 'Test run · Assay' },
];

/** /evaluations/:id/testing: the evaluation's test plans, defects, follow-ups, acceptance verdicts, traceability matrix and trends. */
export const EVALUATION_TESTING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: EvaluationPlansPage, title: 'Testing · Assay' },
  { path: 'defects', component: DefectsPage, title: 'Defects · Assay' },
  { path: 'defects/:defectId', component: DefectPage, title: 'Defect · Assay' },
  { path: 'vendor-claims', component: VendorClaimsPage, title: 'Vendor claims · Assay' },
  { path: 'acceptance', component: AcceptancePage, title: 'Acceptance · Assay' },
  { path: 'traceability', component: TraceabilityPage, title: 'Traceability · Assay' },
  { path: 'trends', component: TrendsPage, title: 'Trends · Assay' },
  { path: 'follow-ups', component: FollowUpsPage, title: 'Follow-ups · Assay' },
];

/** /notices/:id: a problem notice about a product in use. */
export const NOTICE_ROUTES: Routes = [{ path: ':id', component: NoticePage, title: 'Notice · Assay' }];

/** /problems: the problems the signed-in person reported with products in use, and the form to report one. */
export const PROBLEM_REPORT_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: MyReportsPage, title: 'My problem reports · Assay' },
];
