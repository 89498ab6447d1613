import { VendorListState, vendorExportUrl } from './vendor-list-state';

const everything: VendorListState = {
  search: '',
  status: [],
  licence: null,
  hosting: null,
  archived: false,
  sort: 'NAME',
  direction: 'ASC',
};

describe('vendorExportUrl', () => {
  it.each<[string, Partial<VendorListState>, 'csv' | 'xlsx', string]>([
    ['the whole list', {}, 'csv', '/api/export/vendors.csv'],
    ['the whole list as a workbook', {}, 'xlsx', '/api/export/vendors.xlsx'],
    ['a search', { search: 'koha' }, 'csv', '/api/export/vendors.csv?search=koha'],
    ['a search that needs escaping', { search: 'A&B 100%' }, 'csv', '/api/export/vendors.csv?search=A%26B+100%25'],
    [
      'several statuses, each its own parameter',
      { status: ['ACTIVE', 'WATCH'] },
      'xlsx',
      '/api/export/vendors.xlsx?status=ACTIVE&status=WATCH',
    ],
    ['a licence', { licence: 'OPEN_SOURCE' }, 'csv', '/api/export/vendors.csv?licence=OPEN_SOURCE'],
    ['a hosting', { hosting: 'SAAS' }, 'csv', '/api/export/vendors.csv?hosting=SAAS'],
    ['archived vendors', { archived: true }, 'csv', '/api/export/vendors.csv?archived=true'],
    [
      'everything at once, in a fixed order',
      { search: 'lib', status: ['ACTIVE'], licence: 'PROPRIETARY', hosting: 'SELF_HOSTED', archived: true },
      'csv',
      '/api/export/vendors.csv?search=lib&status=ACTIVE&licence=PROPRIETARY&hosting=SELF_HOSTED&archived=true',
    ],
    [
      'the order of the list, which the file does not take',
      { sort: 'UPDATED_AT', direction: 'DESC' },
      'csv',
      '/api/export/vendors.csv',
    ],
  ])('exports %s', (_, change, format, url) => {
    expect(vendorExportUrl(format, { ...everything, ...change })).toBe(url);
  });
});
