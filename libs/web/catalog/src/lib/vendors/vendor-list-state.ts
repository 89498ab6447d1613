import { Hosting, Licence, SortDirection, VendorSortField, VendorStatus } from '@assay/web/core';

/** What the vendor list shows: the filter and the order, as the export takes them too. */
export interface VendorListState {
  search: string;
  status: VendorStatus[];
  licence: Licence | null;
  hosting: Hosting | null;
  archived: boolean;
  sort: VendorSortField;
  direction: SortDirection;
}

/** The download address of the list as it is filtered now (GET /api/export/vendors.csv|xlsx; the file has its own order). */
export function vendorExportUrl(format: 'csv' | 'xlsx', state: VendorListState): string {
  const params = new URLSearchParams();
  if (state.search) params.set('search', state.search);
  for (const status of state.status) params.append('status', status);
  if (state.licence) params.set('licence', state.licence);
  if (state.hosting) params.set('hosting', state.hosting);
  if (state.archived) params.set('archived', 'true');
  const query = params.toString();
  return `/api/export/vendors.${format}${query ? `?${query}` : ''}`;
}
