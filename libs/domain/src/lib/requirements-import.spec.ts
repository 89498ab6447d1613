import {
  headerKey,
  mapColumns,
  parsePriority,
  parseVerificationMethod,
  parseYesNo,
  REQUIREMENT_COLUMNS,
  RowContext,
  validateRow,
  VERIFICATION_METHOD_LABELS,
  VERIFICATION_METHODS,
} from './requirements-import';

describe('headerKey', () => {
  it.each([
    ['Must/Should', 'must should'],
    ['  Req. ID ', 'req id'],
    ['Mandatory (Y/N)', 'mandatory y n'],
    ['Won’t', 'won t'],
  ])('%j → %j', (header, key) => expect(headerKey(header)).toBe(key));
});

describe('mapColumns', () => {
  it('maps the export’s own headers one to one', () => {
    const analysis = mapColumns(REQUIREMENT_COLUMNS.map((c) => c.header));
    expect(analysis.problems).toEqual([]);
    expect(analysis.columns.map((c) => c.field)).toEqual(REQUIREMENT_COLUMNS.map((c) => c.field));
  });

  it.each([
    // A department head's spreadsheet, as received
    [
      ['Req ID', 'Requirement', 'Details', 'Area', 'Dept', 'Must/Should', 'Knockout', 'Why'],
      ['code', 'title', 'description', 'category', 'department', 'priority', 'mandatory', 'rationale'],
    ],
    [
      ['No.', 'Summary', 'Owner', 'MoSCoW', 'Comments'],
      ['code', 'title', 'department', 'priority', null],
    ],
    [
      ['Requirement Title', 'Department Code', 'Importance', 'Mandatory (Y/N)'],
      ['title', 'department', 'priority', 'mandatory'],
    ],
    [
      ['Title', 'Dept', 'Priority', 'Verification Method'],
      ['title', 'department', 'priority', 'verificationMethod'],
    ],
    [
      ['Title', 'Dept', 'Priority', 'Verification'],
      ['title', 'department', 'priority', 'verificationMethod'],
    ],
    [
      ['Title', 'Dept', 'Priority', 'Verified by'],
      ['title', 'department', 'priority', 'verificationMethod'],
    ],
    [
      ['Title', 'Dept', 'Priority', 'Method'],
      ['title', 'department', 'priority', 'verificationMethod'],
    ],
  ])('%j', (headers, fields) => {
    const analysis = mapColumns(headers);
    expect(analysis.columns.map((c) => c.field)).toEqual(fields);
    expect(analysis.problems).toEqual([]);
  });

  it('does not need a verification method column', () => {
    const analysis = mapColumns(['Title', 'Department', 'Priority']);
    expect(analysis.missing).toEqual([]);
    expect(analysis.problems).toEqual([]);
  });

  it('reports required columns it cannot find, with examples of accepted names', () => {
    const analysis = mapColumns(['Code', 'Description']);
    expect(analysis.missing).toEqual(['title', 'department', 'priority']);
    expect(analysis.problems[0]).toBe('No column for title. Expected a header such as "title", "requirement", "name".');
  });

  it('refuses two columns for one field instead of guessing', () => {
    const analysis = mapColumns(['Title', 'Dept', 'Priority', 'Requirement']);
    expect(analysis.columns[3].field).toBeNull();
    expect(analysis.problems).toEqual([
      'Columns "Title" and "Requirement" both look like title; rename or remove one.',
    ]);
  });
});

describe('parsePriority', () => {
  it.each([
    ['Must', 'must'],
    ['M', 'must'],
    ['must have', 'must'],
    ['SHOULD', 'should'],
    ['Could have', 'could'],
    ['nice to have', 'could'],
    ["Won't", 'wont'],
    ['Won’t have', 'wont'],
    ['W', 'wont'],
    ['maybe', null],
    ['', null],
  ])('%j → %j', (value, expected) => expect(parsePriority(value)).toBe(expected));
});

describe('parseVerificationMethod', () => {
  it.each([
    ['Test', 'test'],
    ['test', 'test'],
    ['TEST', 'test'],
    ['Demonstration', 'demonstration'],
    ['DEMONSTRATION', 'demonstration'],
    ['Inspection of documentation', 'inspection'],
    ['inspection of DOCUMENTATION', 'inspection'],
    ['INSPECTION', 'inspection'],
    ['Vendor statement', 'vendor_statement'],
    ['VENDOR_STATEMENT', 'vendor_statement'],
    ['vendor_statement', 'vendor_statement'],
    ['Reference check', 'reference_check'],
    ['REFERENCE_CHECK', 'reference_check'],
    ['  reference   check ', 'reference_check'],
    ['demo', null],
    ['vendor', null],
    ['Testing', null],
    ['', null],
  ])('%j → %j', (value, expected) => expect(parseVerificationMethod(value)).toBe(expected));

  it.each(VERIFICATION_METHODS)('reads back its own label and value for %s', (method) => {
    expect(parseVerificationMethod(VERIFICATION_METHOD_LABELS[method])).toBe(method);
    expect(parseVerificationMethod(method.toUpperCase())).toBe(method);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['Yes', true],
    ['y', true],
    ['X', true],
    ['TRUE', true],
    ['', false],
    ['No', false],
    ['0', false],
    ['perhaps', null],
  ])('%j → %j', (value, expected) => expect(parseYesNo(value)).toBe(expected));
});

describe('validateRow', () => {
  const context = (): RowContext => ({
    departments: [
      { code: 'CIRC', name: 'Circulation' },
      { code: 'CAT', name: 'Cataloguing' },
    ],
    seenCodes: new Set(),
  });

  it('cleans a good row: code upper-cased, department by name or code, priority and flag parsed', () => {
    const result = validateRow(
      {
        code: ' circ-001 ',
        title: ' Any-item-any-patron holds ',
        department: 'circulation',
        priority: 'Must',
        mandatory: 'Y',
        category: 'Holds',
      },
      2,
      context(),
    );
    expect(result.problems).toEqual([]);
    expect(result.row).toEqual({
      code: 'CIRC-001',
      title: 'Any-item-any-patron holds',
      description: '',
      category: 'Holds',
      department: 'CIRC',
      priority: 'must',
      mandatory: true,
      verificationMethod: null,
      rationale: '',
    });
  });

  it.each([
    [undefined, null],
    ['', null],
    ['  ', null],
    ['Demonstration', 'demonstration'],
    ['vendor statement', 'vendor_statement'],
    ['INSPECTION', 'inspection'],
  ])('verification method %j → %j (null: the file does not say)', (verificationMethod, expected) => {
    const result = validateRow({ title: 'T', department: 'CAT', priority: 'must', verificationMethod }, 4, context());
    expect(result.problems).toEqual([]);
    expect(result.row?.verificationMethod).toBe(expected);
  });

  it('leaves the code empty for the server to generate', () => {
    expect(
      validateRow({ title: 'SIP2 self-check', department: 'CIRC', priority: 'should' }, 3, context()).row?.code,
    ).toBeNull();
  });

  it.each([
    [{ title: '', department: 'CIRC', priority: 'must' }, ['title: Title is empty.']],
    [{ title: 'T', department: 'ACQ', priority: 'must' }, ['department: Department "ACQ" is not one of: CIRC, CAT.']],
    [
      { title: 'T', department: 'CAT', priority: 'urgent' },
      ['priority: Priority "urgent" is not must, should, could or won’t.'],
    ],
    [
      { title: 'T', department: 'CAT', priority: 'must', mandatory: 'sometimes' },
      ['mandatory: Mandatory "sometimes" is not yes or no.'],
    ],
    [
      { title: 'T', department: 'CAT', priority: 'must', verificationMethod: 'a quick look' },
      [
        'verificationMethod: Verification method "a quick look" is not one of: Test, Demonstration, Inspection of documentation, Vendor statement, Reference check.',
      ],
    ],
    [
      { code: 'CAT 1', title: 'T', department: 'CAT', priority: 'must' },
      ['code: Code "CAT 1" may hold only letters, digits, dots, hyphens and underscores (up to 40).'],
    ],
    [
      { title: '', department: '', priority: '' },
      [
        'title: Title is empty.',
        'department: Department is empty.',
        'priority: Priority is empty (must, should, could or won’t).',
      ],
    ],
  ])('%j → every problem, with the line', (cells, expected) => {
    const result = validateRow(cells, 7, context());
    expect(result.row).toBeNull();
    expect(result.problems.map((p) => `${p.field}: ${p.message}`)).toEqual(expected);
    expect(result.problems.every((p) => p.line === 7)).toBe(true);
  });

  it('catches a code used twice in one file', () => {
    const shared = context();
    expect(validateRow({ code: 'CAT-1', title: 'A', department: 'CAT', priority: 'must' }, 2, shared).problems).toEqual(
      [],
    );
    expect(validateRow({ code: 'cat-1', title: 'B', department: 'CAT', priority: 'must' }, 3, shared).problems).toEqual(
      [{ line: 3, field: 'code', message: 'Code CAT-1 appears more than once in the file.' }],
    );
  });
});
