import { Routes } from '@angular/router';
import { UsersPage } from './users.page';

export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  { path: 'users', component: UsersPage, title: 'Users · Assay' },
];
