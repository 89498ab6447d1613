/**
 * Reading requirement spreadsheets: which column holds which field (matched by header name with
 * the synonyms people actually use), and whether each row is a valid requirement. Pure logic,
 * shared by the API (the import itself) and the web app (the preview).
 */

export type MoscowPriority = 'must' | 'should' | 'could' | 'wont';
export const MOSCOW_PRIORITIES: readonly MoscowPriority[] = ['must', 'should', 'could', 'wont'];

/** How meeting a requirement will be shown, so that the evidence gathered later knows what counts. */
export type VerificationMethod = 'test' | 'demonstration' | 'inspection' | 'vendor_statement' | 'reference_check';
export const VERIFICATION_METHODS: readonly VerificationMethod[] = [
  'test',
  'demonstration',
  'inspection',
  'vendor_statement',
  'reference_check',
];
/** What a requirement is verified by when nobody said otherwise. */
export const DEFAULT_VERIFICATION_METHOD: VerificationMethod = 'test';
export const VERIFICATION_METHOD_LABELS: Readonly<Record<VerificationMethod, string>> = {
  test: 'Test',
  demonstration: 'Demonstration',
  inspection: 'Inspection of documentation',
  vendor_statement: 'Vendor statement',
  reference_check: 'Reference check',
};

export type RequirementField =
  | 'code'
  | 'title'
  | 'description'
  | 'category'
  | 'department'
  | 'priority'
  | 'mandatory'
  | 'verificationMethod'
  | 'rationale';

/** The export's column headers, in order: an exported file imports back unchanged. */
export const REQUIREMENT_COLUMNS: readonly { field: RequirementField; header: string; required: boolean }[] = [
  { field: 'code', header: 'Code', required: false },
  { field: 'title', header: 'Title', required: true },
  { field: 'description', header: 'Description', required: false },
  { field: 'category', header: 'Category', required: false },
  { field: 'department', header: 'Department', required: true },
  { field: 'priority', header: 'Priority', required: true },
  { field: 'mandatory', header: 'Mandatory', required: false },
  { field: 'verificationMethod', header: 'Verification method', required: false },
  { field: 'rationale', header: 'Rationale', required: false },
];

/** Header names seen in real requirement lists, compared after normalising (see headerKey). */
const SYNONYMS: Record<RequirementField, string[]> = {
  code: [
    'code',
    'req id',
    'requirement id',
    'req',
    'req no',
    'req number',
    'requirement number',
    'ref',
    'reference',
    'id',
    'number',
    'no',
  ],
  title: ['title', 'requirement', 'name', 'summary', 'short description', 'requirement title', 'headline'],
  description: [
    'description',
    'details',
    'detail',
    'full description',
    'requirement description',
    'text',
    'specification',
  ],
  category: ['category', 'area', 'module', 'functional area', 'section', 'group', 'topic'],
  department: ['department', 'dept', 'department code', 'owner', 'owning department', 'team', 'requested by'],
  priority: [
    'priority',
    'moscow',
    'must should',
    'must should could',
    'must should could wont',
    'importance',
    'moscow priority',
  ],
  mandatory: ['mandatory', 'knockout', 'knock out', 'required', 'mandatory y n', 'is mandatory', 'essential'],
  verificationMethod: [
    'verification method',
    'verification',
    'verified by',
    'method',
    'verification type',
    'how verified',
  ],
  rationale: ['rationale', 'reason', 'justification', 'why', 'business reason', 'notes'],
};

/** Lower case, punctuation to spaces, single spaces: "Must/Should?" → "must should". */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface ColumnMapping {
  /** 0-based column index in the file. */
  index: number;
  header: string;
  /** The field the column fills, or null when it is ignored. */
  field: RequirementField | null;
}

export interface HeaderAnalysis {
  columns: ColumnMapping[];
  /** Required fields no column maps to. */
  missing: RequirementField[];
  /** Problems that stop the import (missing required columns, two columns for one field). */
  problems: string[];
}

/** Maps each header to a field. The first column that matches a field wins; later ones are reported. */
export function mapColumns(headers: readonly string[]): HeaderAnalysis {
  const lookup = new Map<string, RequirementField>();
  for (const [field, names] of Object.entries(SYNONYMS) as [RequirementField, string[]][]) {
    for (const name of names) lookup.set(name, field);
  }
  const used = new Map<RequirementField, string>();
  const problems: string[] = [];
  const columns = headers.map((header, index) => {
    const field = lookup.get(headerKey(header)) ?? null;
    if (field && used.has(field)) {
      problems.push(`Columns "${used.get(field)}" and "${header}" both look like ${field}; rename or remove one.`);
      return { index, header, field: null };
    }
    if (field) used.set(field, header);
    return { index, header, field };
  });
  const missing = REQUIREMENT_COLUMNS.filter((c) => c.required && !used.has(c.field)).map((c) => c.field);
  for (const field of missing) {
    problems.push(
      `No column for ${field}. Expected a header such as ${SYNONYMS[field]
        .slice(0, 3)
        .map((s) => `"${s}"`)
        .join(', ')}.`,
    );
  }
  return { columns, missing, problems };
}

/** "Must", "M", "Must have", "1"… → must. Null when unrecognised. */
export function parsePriority(value: string): MoscowPriority | null {
  const key = headerKey(value);
  const table: Record<string, MoscowPriority> = {
    must: 'must',
    m: 'must',
    'must have': 'must',
    'must have it': 'must',
    '1': 'must',
    essential: 'must',
    critical: 'must',
    high: 'must',
    should: 'should',
    s: 'should',
    'should have': 'should',
    '2': 'should',
    important: 'should',
    medium: 'should',
    could: 'could',
    c: 'could',
    'could have': 'could',
    '3': 'could',
    'nice to have': 'could',
    desirable: 'could',
    low: 'could',
    wont: 'wont',
    'won t': 'wont',
    w: 'wont',
    'will not': 'wont',
    'wont have': 'wont',
    'won t have': 'wont',
    '4': 'wont',
    'not this time': 'wont',
  };
  return table[key] ?? null;
}

/**
 * "Inspection of documentation", "inspection", "VENDOR_STATEMENT", "Vendor statement"… → the
 * method: a label or a value, in any case. Null when unrecognised.
 */
export function parseVerificationMethod(value: string): VerificationMethod | null {
  const key = headerKey(value);
  if (key === '') return null;
  return (
    VERIFICATION_METHODS.find(
      (method) => headerKey(method) === key || headerKey(VERIFICATION_METHOD_LABELS[method]) === key,
    ) ?? null
  );
}

/** Yes/no cells: blank is no. Null when unrecognised. */
export function parseYesNo(value: string): boolean | null {
  const key = headerKey(value);
  if (['', 'no', 'n', 'false', '0', 'optional', '-'].includes(key)) return false;
  if (['yes', 'y', 'true', '1', 'x', 'mandatory', 'knockout', 'required'].includes(key)) return true;
  return null;
}

/** Requirement codes: letters, digits, dot, hyphen, underscore; 1–40 characters; stored in upper case. */
export const REQUIREMENT_CODE = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;

export interface RequirementRow {
  code: string | null;
  title: string;
  description: string;
  category: string;
  department: string;
  priority: MoscowPriority;
  mandatory: boolean;
  /**
   * Null when the file does not say (no such column, or a blank cell): a new requirement is then
   * verified by DEFAULT_VERIFICATION_METHOD and an existing one keeps its method, so a file from
   * before the column existed changes nothing it does not mention.
   */
  verificationMethod: VerificationMethod | null;
  rationale: string;
}

export interface RowProblem {
  /** Line number in the file as a spreadsheet shows it (the header is line 1). */
  line: number;
  field: RequirementField | null;
  message: string;
}

export interface RowContext {
  /** Department codes and names accepted (matched without case). */
  departments: readonly { code: string; name: string }[];
  /** Codes already seen in earlier rows of the same file (upper case), to catch duplicates. */
  seenCodes: Set<string>;
}

/**
 * Validates one data row. `cells` are the row's values by field (missing cells are blank).
 * Returns the cleaned row, or the problems that stop it being imported.
 */
export function validateRow(
  cells: Partial<Record<RequirementField, string>>,
  line: number,
  context: RowContext,
): { row: RequirementRow | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (field: RequirementField) => (cells[field] ?? '').trim();
  const problem = (field: RequirementField | null, message: string) => problems.push({ line, field, message });

  const rawCode = cell('code').toUpperCase();
  const code = rawCode === '' ? null : rawCode;
  if (code && !REQUIREMENT_CODE.test(code))
    problem('code', `Code "${cell('code')}" may hold only letters, digits, dots, hyphens and underscores (up to 40).`);
  else if (code && context.seenCodes.has(code)) problem('code', `Code ${code} appears more than once in the file.`);
  if (code) context.seenCodes.add(code);

  const title = cell('title');
  if (title === '') problem('title', 'Title is empty.');
  else if (title.length > 300) problem('title', `Title is ${title.length} characters long; the limit is 300.`);

  const departmentText = cell('department');
  const department = context.departments.find(
    (d) =>
      d.code.toLowerCase() === departmentText.toLowerCase() || d.name.toLowerCase() === departmentText.toLowerCase(),
  );
  if (departmentText === '') problem('department', 'Department is empty.');
  else if (!department)
    problem(
      'department',
      `Department "${departmentText}" is not one of: ${context.departments.map((d) => d.code).join(', ')}.`,
    );

  const priorityText = cell('priority');
  const priority = parsePriority(priorityText);
  if (priorityText === '') problem('priority', 'Priority is empty (must, should, could or won’t).');
  else if (!priority) problem('priority', `Priority "${priorityText}" is not must, should, could or won’t.`);

  const mandatory = parseYesNo(cell('mandatory'));
  if (mandatory === null) problem('mandatory', `Mandatory "${cell('mandatory')}" is not yes or no.`);

  const methodText = cell('verificationMethod');
  const verificationMethod = parseVerificationMethod(methodText);
  if (methodText !== '' && !verificationMethod)
    problem(
      'verificationMethod',
      `Verification method "${methodText}" is not one of: ${VERIFICATION_METHODS.map((m) => VERIFICATION_METHOD_LABELS[m]).join(', ')}.`,
    );

  const description = cell('description');
  if (description.length > 20000) problem('description', 'Description is longer than 20,000 characters.');

  if (problems.length > 0 || !department || !priority || mandatory === null) return { row: null, problems };
  return {
    row: {
      code,
      title,
      description,
      category: cell('category'),
      department: department.code,
      priority,
      mandatory,
      verificationMethod,
      rationale: cell('rationale'),
    },
    problems,
  };
}
