import { Routes } from '@angular/router';
import { SearchPage } from './search/search.page';
import { VendorPage } from './vendor/vendor.page';
import { VendorsPage } from './vendors/vendors.page';

/** /vendors and /vendors/:id */
export const CATALOG_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: VendorsPage, title: 'Vendors · Assay' },
  { path: ':id', component: VendorPage, title: 'Vendor · Assay' },
];

/** /search?q=… over the whole catalogue. */
export const SEARCH_ROUTES: Routes = [{ path: '', component: SearchPage, title: 'Search · Assay' }];
