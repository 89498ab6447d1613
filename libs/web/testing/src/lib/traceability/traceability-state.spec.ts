import {
  readTraceabilityParams,
  traceabilityExportUrl,
  traceabilityFilter,
  traceabilityParams,
  TraceabilityState,
} from './traceability-state';

const D1 = '11111111-1111-4111-8111-111111111111';
const C1 = '22222222-2222-4222-8222-222222222222';
const NONE: TraceabilityState = { departmentIds: [], priorities: [], statuses: [], candidateId: null, pageIndex: 0 };

describe('traceability state in the address', () => {
  it.each<[string, Record<string, string>, TraceabilityState]>([
    ['nothing', {}, NONE],
    [
      'every filter and a page',
      { department: D1, priority: 'MUST,SHOULD', status: 'FAILED,NOT_RUN', candidate: C1, page: '3' },
      {
        departmentIds: [D1],
        priorities: ['MUST', 'SHOULD'],
        statuses: ['FAILED', 'NOT_RUN'],
        candidateId: C1,
        pageIndex: 2,
      },
    ],
    [
      'values it does not know are left out',
      { department: 'x,' + D1, priority: 'SOON', status: 'MAYBE,PASSED', candidate: 'abc', page: '-1' },
      { departmentIds: [D1], priorities: [], statuses: ['PASSED'], candidateId: null, pageIndex: 0 },
    ],
  ])('reads %s', (_, params, expected) => {
    expect(readTraceabilityParams(params)).toEqual(expected);
  });

  it('writes what it reads, and nothing for the defaults', () => {
    const state: TraceabilityState = {
      departmentIds: [D1],
      priorities: ['MUST'],
      statuses: ['UNCOVERED'],
      candidateId: C1,
      pageIndex: 1,
    };
    expect(readTraceabilityParams(traceabilityParams(state))).toEqual(state);
    expect(traceabilityParams(NONE)).toEqual({
      department: null,
      priority: null,
      status: null,
      candidate: null,
      page: null,
    });
  });

  it('asks the server with the lists it has', () => {
    expect(traceabilityFilter(NONE)).toEqual({
      departmentIds: undefined,
      priorities: undefined,
      statuses: undefined,
      candidateId: undefined,
    });
    expect(traceabilityFilter({ ...NONE, priorities: ['COULD'] }).priorities).toEqual(['COULD']);
  });

  it.each<[string, Partial<TraceabilityState>, string]>([
    ['every row', {}, '/api/evaluations/e1/traceability.xlsx'],
    ['the page does not matter', { pageIndex: 4 }, '/api/evaluations/e1/traceability.xlsx'],
    [
      'the filters',
      { priorities: ['MUST', 'SHOULD'], statuses: ['FAILED'], candidateId: C1 },
      `/api/evaluations/e1/traceability.xlsx?priorities=MUST%2CSHOULD&statuses=FAILED&candidateId=${C1}`,
    ],
  ])('exports %s', (_, state, url) => {
    expect(traceabilityExportUrl('e1', { ...NONE, ...state })).toBe(url);
  });
});
