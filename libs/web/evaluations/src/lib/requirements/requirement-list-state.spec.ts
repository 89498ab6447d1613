import {
  ALL_DEPARTMENTS,
  listFilter,
  listStateParams,
  PAGE_SIZES,
  readListState,
  RequirementListState,
  requirementsExportUrl,
} from './requirement-list-state';

const initial: RequirementListState = {
  search: '',
  departmentIds: [],
  priorities: [],
  statuses: [],
  verificationMethods: [],
  mandatory: null,
  pageIndex: 0,
  pageSize: 25,
};

describe('requirement list state in the address', () => {
  it.each<[string, Record<string, unknown>, Partial<RequirementListState>, boolean]>([
    ['nothing: the first page of 25, every filter open', {}, {}, false],
    ['a search', { q: 'holds' }, { search: 'holds' }, false],
    ['departments, comma-separated', { department: 'd1,d2' }, { departmentIds: ['d1', 'd2'] }, true],
    ['departments given twice', { department: ['d1', 'd2'] }, { departmentIds: ['d1', 'd2'] }, true],
    ['“every department”, said explicitly', { department: ALL_DEPARTMENTS }, {}, true],
    ['priorities, unknown ones dropped', { priority: 'MUST,URGENT,COULD' }, { priorities: ['MUST', 'COULD'] }, false],
    ['statuses, unknown ones dropped', { status: 'APPROVED,DONE' }, { statuses: ['APPROVED'] }, false],
    [
      'verification methods, unknown ones dropped',
      { verification: 'DEMONSTRATION,GUESSWORK,VENDOR_STATEMENT' },
      { verificationMethods: ['DEMONSTRATION', 'VENDOR_STATEMENT'] },
      false,
    ],
    ['mandatory only', { mandatory: 'true' }, { mandatory: true }, false],
    ['optional only', { mandatory: 'false' }, { mandatory: false }, false],
    ['anything else as mandatory: both', { mandatory: 'yes' }, { mandatory: null }, false],
    ['page 3 (counted from 1 in the address)', { page: '3' }, { pageIndex: 2 }, false],
    ['page 1', { page: '1' }, { pageIndex: 0 }, false],
    ['a page of 0', { page: '0' }, { pageIndex: 0 }, false],
    ['a fractional page', { page: '2.5' }, { pageIndex: 0 }, false],
    ['a page that is not a number', { page: 'last' }, { pageIndex: 0 }, false],
    ['a page size on offer', { size: '100' }, { pageSize: 100 }, false],
    ['a page size not on offer: the default', { size: '30' }, { pageSize: 25 }, false],
  ])('reads %s', (_, params, change, departmentGiven) => {
    expect(readListState(params)).toEqual({ state: { ...initial, ...change }, departmentGiven });
  });

  it('writes only what differs from the defaults, and “every department” explicitly', () => {
    expect(listStateParams(initial)).toEqual({
      q: null,
      department: ALL_DEPARTMENTS,
      priority: null,
      status: null,
      verification: null,
      mandatory: null,
      page: null,
      size: null,
    });
    expect(
      listStateParams({
        search: '  holds ',
        departmentIds: ['d1', 'd2'],
        priorities: ['MUST'],
        statuses: ['PROPOSED', 'REJECTED'],
        verificationMethods: ['INSPECTION', 'REFERENCE_CHECK'],
        mandatory: false,
        pageIndex: 1,
        pageSize: 50,
      }),
    ).toEqual({
      q: 'holds',
      department: 'd1,d2',
      priority: 'MUST',
      status: 'PROPOSED,REJECTED',
      verification: 'INSPECTION,REFERENCE_CHECK',
      mandatory: 'false',
      page: 2,
      size: 50,
    });
  });

  it.each(PAGE_SIZES)('reads back what it writes, with %p a page', (pageSize) => {
    const state: RequirementListState = {
      search: 'self-checkout',
      departmentIds: ['d1'],
      priorities: ['SHOULD', 'WONT'],
      statuses: ['APPROVED'],
      verificationMethods: ['TEST'],
      mandatory: true,
      pageIndex: 4,
      pageSize,
    };
    const params = Object.fromEntries(
      Object.entries(listStateParams(state)).filter(([, value]) => value !== null && value !== undefined),
    );
    expect(readListState(params)).toEqual({ state, departmentGiven: true });
  });

  it('asks the API only for the filters that are set, the search trimmed', () => {
    expect(listFilter(initial)).toEqual({
      search: undefined,
      departmentIds: undefined,
      priorities: undefined,
      statuses: undefined,
      verificationMethods: undefined,
      mandatory: undefined,
    });
    expect(listFilter({ ...initial, search: '  ', mandatory: false })).toEqual({
      search: undefined,
      departmentIds: undefined,
      priorities: undefined,
      statuses: undefined,
      verificationMethods: undefined,
      mandatory: false,
    });
    expect(
      listFilter({
        ...initial,
        search: ' rfid ',
        departmentIds: ['d1'],
        priorities: ['MUST'],
        statuses: ['PROPOSED'],
        verificationMethods: ['DEMONSTRATION'],
      }),
    ).toEqual({
      search: 'rfid',
      departmentIds: ['d1'],
      priorities: ['MUST'],
      statuses: ['PROPOSED'],
      verificationMethods: ['DEMONSTRATION'],
      mandatory: undefined,
    });
  });

  it.each<['csv' | 'xlsx', string, string]>([
    ['csv', 'e1', '/api/evaluations/e1/requirements/export.csv'],
    ['xlsx', 'e1', '/api/evaluations/e1/requirements/export.xlsx'],
    ['csv', 'a/b?c', '/api/evaluations/a%2Fb%3Fc/requirements/export.csv'],
  ])('exports as %s for evaluation %p', (format, id, url) => {
    expect(requirementsExportUrl(id, format)).toBe(url);
  });
});
