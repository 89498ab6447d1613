import { Routes } from '@angular/router';
import { adminGuard, signedInGuard, signedOutGuard } from '@assay/web/core/app';
import { ShellComponent } from './shell/shell.component';

export const routes: Routes = [
  {
    path: 'sign-in',
    loadComponent: () => import('./auth/sign-in.page').then((m) => m.SignInPage),
    canActivate: [signedOutGuard],
    title: 'Sign in · Assay',
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [signedInGuard],
    canActivateChild: [signedInGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
        title: 'Home · Assay',
      },
      {
        path: 'change-password',
        loadComponent: () => import('./auth/change-password.page').then((m) => m.ChangePasswordPage),
        title: 'Choose a new password · Assay',
      },
      {
        path: 'sessions',
        loadComponent: () => import('./auth/sessions.page').then((m) => m.SessionsPage),
        title: 'Sessions · Assay',
      },
      {
        path: 'api-tokens',
        loadComponent: () => import('./auth/api-tokens.page').then((m) => m.ApiTokensPage),
        title: 'API tokens · Assay',
      },
      {
        path: 'notifications',
        loadComponent: () => import('./notifications/notifications.page').then((m) => m.NotificationsPage),
        title: 'Notifications · Assay',
      },
      { path: 'vendors', loadChildren: () => import('@assay/web/catalog').then((m) => m.CATALOG_ROUTES) },
      { path: 'search', loadChildren: () => import('@assay/web/catalog').then((m) => m.SEARCH_ROUTES) },
      {
        path: 'evaluations/:id/scoring',
        loadChildren: () => import('@assay/web/scoring').then((m) => m.SCORING_ROUTES),
      },
      {
        path: 'evaluations/:id/results',
        loadChildren: () => import('@assay/web/scoring').then((m) => m.RESULTS_ROUTES),
      },
      {
        path: 'evaluations/:id/testing',
        loadChildren: () => import('@assay/web/testing').then((m) => m.EVALUATION_TESTING_ROUTES),
      },
      {
        path: 'evaluations/:id/recommendation',
        loadChildren: () => import('@assay/web/decisions').then((m) => m.RECOMMENDATION_ROUTES),
      },
      { path: 'evaluations/:id/rubric', loadChildren: () => import('@assay/web/scoring').then((m) => m.RUBRIC_ROUTES) },
      { path: 'evaluations', loadChildren: () => import('@assay/web/evaluations').then((m) => m.EVALUATION_ROUTES) },
      {
        path: 'requirement-libraries',
        loadChildren: () => import('@assay/web/evaluations').then((m) => m.REQUIREMENT_LIBRARY_ROUTES),
      },
      { path: 'testing', loadChildren: () => import('@assay/web/testing').then((m) => m.TESTING_ROUTES) },
      { path: 'notices', loadChildren: () => import('@assay/web/testing').then((m) => m.NOTICE_ROUTES) },
      { path: 'problems', loadChildren: () => import('@assay/web/testing').then((m) => m.PROBLEM_REPORT_ROUTES) },
      { path: 'decisions', loadChildren: () => import('@assay/web/decisions').then((m) => m.DECISIONS_ROUTES) },
      { path: 'feedback', loadChildren: () => import('@assay/web/feedback').then((m) => m.FEEDBACK_ROUTES) },
      {
        path: 'admin',
        canActivate: [adminGuard],
        loadChildren: () => import('@assay/web/admin').then((m) => m.ADMIN_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
