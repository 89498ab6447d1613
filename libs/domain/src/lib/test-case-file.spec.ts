import {
  CaseFileField,
  CaseFileProblem,
  CASE_FILE_COLUMNS,
  mapCaseColumns,
  parseCasePriority,
  readCaseRows,
  splitList,
} from './test-case-file';

type Cells = Partial<Record<CaseFileField, string>>;
const rows = (...list: Cells[]) => list.map((cells, i) => ({ line: i + 2, cells }));
const codes = { requirementCodes: new Set(['CIRC-001', 'CIRC-002']) };
const brief = (problems: CaseFileProblem[]) => problems.map((p) => `${p.line}:${p.field ?? '-'}`);

describe('mapCaseColumns', () => {
  it.each([
    [CASE_FILE_COLUMNS.map((c) => c.header), CASE_FILE_COLUMNS.map((c) => c.field)],
    [
      ['ID', 'Title', 'Section', 'Preconditions', 'Priority', 'References', 'Steps (Step)', 'Steps (Expected Result)'],
      ['key', 'title', 'section', 'preconditions', 'priority', 'requirements', 'action', 'expected'],
    ],
    [
      ['Summary', 'Prerequisites', 'Step action', 'Step expected result', 'Owner'],
      ['title', 'preconditions', 'action', 'expected', null],
    ],
    [
      ['TC_NAME', 'TC_REFERENCE', 'TC_IMPORTANCE', 'Steps', 'Expected'],
      ['title', 'key', 'priority', 'action', 'expected'],
    ],
    [
      ['Name', 'Expected Result'],
      ['title', 'expected'],
    ],
  ])('%j → %j', (headers, fields) => {
    const result = mapCaseColumns(headers);
    expect(result.columns.map((c) => c.field)).toEqual(fields);
    expect(result.problems).toEqual([]);
  });

  it.each([
    [['Action', 'Expected'], /No column for Title/],
    [['Title', 'Name'], /both look like Title/],
  ])('%j is refused', (headers, problem) => {
    expect(mapCaseColumns(headers).problems.join(' ')).toMatch(problem);
  });
});

describe('parseCasePriority', () => {
  it.each([
    ['High', 'high'],
    ['CRITICAL', 'critical'],
    ['Very high', 'critical'],
    ['2 - High', 'high'],
    ['medium', 'medium'],
    ['Low', 'low'],
    ['urgent-ish', null],
    ['P1', null],
  ])('%s → %s', (text, priority) => expect(parseCasePriority(text)).toBe(priority));
});

describe('splitList', () => {
  it.each([
    ['a, b;c', ['a', 'b', 'c']],
    [' ; ,', []],
    ['one', ['one']],
  ])('%j → %j', (text, list) => expect(splitList(text)).toEqual(list));
});

describe('readCaseRows', () => {
  it('groups step rows under the case above them', () => {
    const { cases, problems } = readCaseRows(
      rows(
        {
          title: 'Check out',
          priority: 'High',
          tags: 'loans; desk',
          requirements: 'circ-001',
          action: 'Scan',
          expected: 'Found',
        },
        { action: 'Confirm', expected: 'Due date shown' },
        { key: 'T-9', title: 'Renew', action: 'Open' },
        { key: 'T-9', action: 'Renew' },
        { title: 'Empty' },
      ),
      codes,
    );
    expect(problems).toEqual([]);
    expect(cases.map((c) => [c.line, c.key, c.title, c.steps.length])).toEqual([
      [2, null, 'Check out', 2],
      [4, 'T-9', 'Renew', 2],
      [6, null, 'Empty', 0],
    ]);
    expect(cases[0]).toMatchObject({ priority: 'high', tags: ['loans', 'desk'], requirements: ['CIRC-001'] });
    expect(cases[2].priority).toBeUndefined();
  });

  it('continues a case on rows that repeat its key and fields, as TestRail writes steps on separate rows', () => {
    const { cases, problems } = readCaseRows(
      rows(
        { key: 'C1', title: 'Hold', priority: 'High', action: 'Search' },
        { key: 'C1', title: 'Hold', priority: 'High', action: 'Place' },
        { key: 'C2', title: 'Cancel', action: 'Cancel' },
        { key: 'C2', title: 'Cancel', priority: 'Low', action: 'Check' },
      ),
      codes,
    );
    expect(cases.map((c) => [c.key, c.steps.map((s) => s.action)])).toEqual([['C1', ['Search', 'Place']]]);
    expect(brief(problems)).toEqual(['5:priority']);
  });

  it('starts a case on a new key without a title (and reports the missing title)', () => {
    const { cases, problems } = readCaseRows(rows({ key: 'A-1', title: 'One' }, { key: 'A-2', action: 'x' }), codes);
    expect(cases.map((c) => c.key)).toEqual(['A-1']);
    expect(brief(problems)).toEqual(['3:title']);
  });

  it.each<[string, Cells[], string[]]>([
    ['unknown priority', [{ title: 'A', priority: 'P1' }], ['2:priority']],
    ['unknown requirement', [{ title: 'A', requirements: 'CIRC-001, CIRC-404' }], ['2:requirements']],
    ['a step before any case', [{ action: 'Scan' }, { title: 'A' }], ['2:-']],
    ['a title over the limit', [{ title: 'x'.repeat(301) }], ['2:title']],
    ['an expected result without action', [{ title: 'A' }, { expected: 'Done' }], ['3:action']],
    [
      'a repeated key',
      [
        { key: 'K-1', title: 'A' },
        { key: 'K-2', title: 'B' },
        { key: 'K-1', title: 'C' },
      ],
      ['4:key'],
    ],
    [
      'a key repeated with another title',
      [
        { key: 'K-1', title: 'A' },
        { key: 'K-1', title: 'B' },
      ],
      ['3:title'],
    ],
    ['case fields on a step row', [{ title: 'A' }, { priority: 'High', action: 'x' }], ['3:priority']],
    ['a section over the limit', [{ title: 'A', section: 's'.repeat(201) }], ['2:section']],
    ['too many tags', [{ title: 'A', tags: Array.from({ length: 31 }, (_, i) => `t${i}`).join(',') }], ['2:tags']],
  ])('%s', (_name, input, expected) => {
    const { cases, problems } = readCaseRows(rows(...input), codes);
    expect(brief(problems)).toEqual(expected);
    expect(cases.every((c) => !problems.some((p) => p.line === c.line))).toBe(true);
  });

  it('refuses too many steps once, on the step over the limit', () => {
    const steps = Array.from({ length: 202 }, (_, i) => ({ action: `step ${i}` }));
    const { cases, problems } = readCaseRows(rows({ title: 'Long', action: 'first' }, ...steps), codes);
    expect(cases).toEqual([]);
    expect(brief(problems)).toEqual(['202:action']);
  });

  it('refuses requirements on a product plan', () => {
    const { problems } = readCaseRows(rows({ title: 'A', requirements: 'X-1' }), { requirementCodes: null });
    expect(brief(problems)).toEqual(['2:requirements']);
  });

  it('reports every bad line, not only the first', () => {
    const good = Array.from({ length: 47 }, (_, i) => ({ title: `Case ${i}`, action: 'Do' }));
    const input = [
      ...good.slice(0, 10),
      { title: 'Bad', priority: 'P0' },
      ...good.slice(10, 30),
      { expected: 'y' },
      { title: 'x'.repeat(400) },
      ...good.slice(30),
    ];
    const { cases, problems } = readCaseRows(rows(...input), codes);
    expect(problems.map((p) => p.line)).toEqual([12, 33, 34]);
    // The case above the step without an action is left out with it.
    expect(cases).toHaveLength(46);
  });
});
