import { caseFilter, caseListParams, isFiltered, readCaseListState } from './case-list-state';

describe('the case list in the address', () => {
  it.each([
    [
      {},
      { tab: 'cases', text: '', priorities: [], tag: '', requirementId: '', section: '', pageIndex: 0, pageSize: 25 },
    ],
    [
      {
        tab: 'runs',
        q: 'hold',
        priority: 'HIGH,NOPE,LOW',
        tag: 'smoke',
        requirement: 'r1',
        section: 'Circ',
        page: '3',
        size: '50',
      },
      {
        tab: 'runs',
        text: 'hold',
        priorities: ['HIGH', 'LOW'],
        tag: 'smoke',
        requirementId: 'r1',
        section: 'Circ',
        pageIndex: 2,
        pageSize: 50,
      },
    ],
    [
      { tab: 'elsewhere', page: '-2', size: '7' },
      expect.objectContaining({ tab: 'cases', pageIndex: 0, pageSize: 25 }),
    ],
  ])('reads %p', (params, state) => {
    expect(readCaseListState(params)).toEqual(state);
  });

  it('writes back what it reads, leaving defaults out', () => {
    const params = {
      tab: 'comparison',
      q: 'hold',
      priority: 'HIGH',
      tag: 'smoke',
      requirement: 'r1',
      section: 'Circ',
      page: 2,
      size: 100,
    };
    expect(caseListParams(readCaseListState(params))).toEqual(params);
    expect(caseListParams(readCaseListState({}))).toEqual({
      tab: null,
      q: null,
      priority: null,
      tag: null,
      requirement: null,
      section: null,
      page: null,
      size: null,
    });
  });

  it('sends only the filters given, and says whether any is', () => {
    const empty = readCaseListState({});
    expect(caseFilter(empty)).toEqual({
      text: undefined,
      priorities: undefined,
      tag: undefined,
      requirementId: undefined,
      section: undefined,
    });
    expect(isFiltered(empty)).toBe(false);
    const some = readCaseListState({ tag: ' smoke ' });
    expect(caseFilter(some).tag).toBe('smoke');
    expect(isFiltered(some)).toBe(true);
  });
});
