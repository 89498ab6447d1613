/**
 * Reading test case spreadsheets: one row per step, the case's own fields on its first row — the
 * shape TestRail and Squash export. Which column holds which field (by header, with the names those
 * tools write), how rows group into cases, and whether each case is valid. Pure logic, shared by
 * the API (the import itself) and the web app (the preview).
 */
import { headerKey } from './requirements-import';
import { cleanTestTags } from './test-cases';

export type CasePriority = 'critical' | 'high' | 'medium' | 'low';
export const CASE_PRIORITIES: readonly CasePriority[] = ['critical', 'high', 'medium', 'low'];
export const CASE_PRIORITY_LABELS: Readonly<Record<CasePriority, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export type CaseFileField =
  | 'key'
  | 'title'
  | 'section'
  | 'preconditions'
  | 'priority'
  | 'tags'
  | 'requirements'
  | 'automationName'
  | 'step'
  | 'action'
  | 'expected';

/** The export's column headers, in order: an exported file imports back unchanged. */
export const CASE_FILE_COLUMNS: readonly { field: CaseFileField; header: string }[] = [
  { field: 'key', header: 'Key' },
  { field: 'title', header: 'Title' },
  { field: 'section', header: 'Section' },
  { field: 'preconditions', header: 'Preconditions' },
  { field: 'priority', header: 'Priority' },
  { field: 'tags', header: 'Tags' },
  { field: 'requirements', header: 'Requirements' },
  { field: 'automationName', header: 'Automation name' },
  { field: 'step', header: 'Step' },
  { field: 'action', header: 'Action' },
  { field: 'expected', header: 'Expected result' },
];

/** Words for fields in messages: "line 4, Priority: …". */
export const CASE_FILE_FIELD_LABELS: Readonly<Record<CaseFileField, string>> = Object.fromEntries(
  CASE_FILE_COLUMNS.map((column) => [column.field, column.header]),
) as Record<CaseFileField, string>;

/** Header names written by TestRail, Squash TM and people, compared after headerKey. */
const SYNONYMS: Record<CaseFileField, string[]> = {
  key: ['key', 'id', 'case id', 'test case id', 'test case key', 'tc reference', 'tc id'],
  title: ['title', 'summary', 'name', 'test case', 'test case name', 'tc name', 'case title'],
  section: ['section', 'folder', 'suite', 'section hierarchy', 'path', 'test case path', 'module'],
  preconditions: ['preconditions', 'precondition', 'prerequisites', 'prerequisite', 'tc prerequisite', 'setup'],
  priority: ['priority', 'importance', 'tc importance'],
  tags: ['tags', 'tag', 'labels', 'label', 'tc milestone', 'keywords'],
  requirements: ['requirements', 'requirement', 'references', 'refs', 'linked requirements', 'tc requirements'],
  automationName: ['automation name', 'automation', 'automated test', 'automation reference', 'tc automation'],
  step: ['step', 'step no', 'step number', 'step num', 'step id', 'step order', 'test step'],
  action: ['action', 'steps', 'step action', 'steps step', 'actions', 'step description', 'description'],
  expected: [
    'expected result',
    'expected',
    'expected results',
    'step expected result',
    'steps expected',
    'steps expected result',
    'expected outcome',
    'result',
  ],
};

export const CASE_FILE_LIMITS = {
  title: 300,
  section: 200,
  preconditions: 20_000,
  step: 5_000,
  steps: 200,
  tag: 50,
  tags: 30,
  requirements: 200,
  automationName: 1_000,
} as const;

export interface CaseColumnMapping {
  /** 0-based column index in the file. */
  index: number;
  header: string;
  /** The field the column fills, or null when it is ignored. */
  field: CaseFileField | null;
}

/** Maps each header to a field; the first column for a field wins and a second is a problem. */
export function mapCaseColumns(headers: readonly string[]): { columns: CaseColumnMapping[]; problems: string[] } {
  const lookup = new Map<string, CaseFileField>();
  for (const [field, names] of Object.entries(SYNONYMS) as [CaseFileField, string[]][])
    for (const name of names) lookup.set(name, field);
  const used = new Map<CaseFileField, string>();
  const problems: string[] = [];
  const columns = headers.map((header, index) => {
    const field = lookup.get(headerKey(header)) ?? null;
    if (field && used.has(field)) {
      problems.push(
        `Columns "${used.get(field)}" and "${header}" both look like ${CASE_FILE_FIELD_LABELS[field]}; rename or remove one.`,
      );
      return { index, header, field: null };
    }
    if (field) used.set(field, header);
    return { index, header, field };
  });
  if (!used.has('title') && !used.has('key'))
    problems.push('No column for Title. Expected a header such as "Title", "Summary" or "Name".');
  return { columns, problems };
}

/** "High", "HIGH", "2 - High", "Very high", "Critical"… → the priority. Null when unrecognised. */
export function parseCasePriority(value: string): CasePriority | null {
  const key = headerKey(value).replace(/^\d+\s+/, '');
  const table: Record<string, CasePriority> = {
    critical: 'critical',
    blocker: 'critical',
    'very high': 'critical',
    urgent: 'critical',
    high: 'high',
    major: 'high',
    medium: 'medium',
    normal: 'medium',
    moderate: 'medium',
    low: 'low',
    minor: 'low',
    'very low': 'low',
  };
  return table[key] ?? null;
}

/** Tags or codes in one cell, separated by commas or semicolons. */
export function splitList(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export interface CaseFileStep {
  action: string;
  expected: string;
}

/** One case as the file gives it; undefined where the file does not say (the case keeps its value). */
export interface CaseFileCase {
  /** Line of the case's first row. */
  line: number;
  /** Upper case; null when the file gives none. */
  key: string | null;
  title: string;
  section: string;
  preconditions: string;
  /** Undefined when the cell is blank: a new case is medium, an existing one keeps its priority. */
  priority: CasePriority | undefined;
  tags: string[];
  /** Requirement codes in upper case, without repeats. */
  requirements: string[];
  automationName: string | null;
  steps: CaseFileStep[];
}

export interface CaseFileProblem {
  /** Line number in the file as a spreadsheet shows it (the header is line 1). */
  line: number;
  field: CaseFileField | null;
  message: string;
}

/**
 * Groups the data rows into cases and checks them. A case starts on a row with a Key different from the
 * case above, or with a Title and no Key; a row below it with neither, or with the case's own Key, adds a step. Every problem is
 * reported with its line and column; a case with a problem is left out of `cases`.
 */
export function readCaseRows(
  rows: readonly { line: number; cells: Partial<Record<CaseFileField, string>> }[],
  context: { requirementCodes: ReadonlySet<string> | null },
): { cases: CaseFileCase[]; problems: CaseFileProblem[] } {
  const cases: CaseFileCase[] = [];
  const problems: CaseFileProblem[] = [];
  const seenKeys = new Set<string>();
  type Open = { value: CaseFileCase; bad: boolean; first: (field: CaseFileField) => string };
  let current = null as Open | null;
  const finish = () => {
    if (current && !current.bad) cases.push(current.value);
  };

  for (const { line, cells } of rows) {
    const cell = (field: CaseFileField) => (cells[field] ?? '').trim();
    const problem = (field: CaseFileField | null, message: string) => {
      problems.push({ line, field, message });
      if (current) current.bad = true;
    };
    const key = cell('key').toUpperCase();
    const title = cell('title');
    // Tools that write one row per step may repeat the case's key (and fields) on each of its rows.
    const starts = key !== '' ? key !== current?.value.key : title !== '';

    if (starts) {
      finish();
      current = {
        bad: false,
        first: cell,
        value: {
          line,
          key: key || null,
          title,
          section: cell('section'),
          preconditions: cell('preconditions'),
          priority: undefined,
          tags: [],
          requirements: [],
          automationName: cell('automationName') || null,
          steps: [],
        },
      };
      const value = current.value;
      if (key && seenKeys.has(key)) problem('key', `Key ${key} appears on more than one case in the file.`);
      if (key) seenKeys.add(key);
      if (title === '') problem('title', 'Title is empty.');
      else if (title.length > CASE_FILE_LIMITS.title)
        problem('title', `Title is ${title.length} characters long; the limit is ${CASE_FILE_LIMITS.title}.`);
      if (value.section.length > CASE_FILE_LIMITS.section)
        problem('section', `Section is longer than ${CASE_FILE_LIMITS.section} characters.`);
      if (value.preconditions.length > CASE_FILE_LIMITS.preconditions)
        problem('preconditions', `Preconditions are longer than ${CASE_FILE_LIMITS.preconditions} characters.`);
      if ((value.automationName?.length ?? 0) > CASE_FILE_LIMITS.automationName)
        problem('automationName', `Automation name is longer than ${CASE_FILE_LIMITS.automationName} characters.`);
      const priorityText = cell('priority');
      if (priorityText !== '') {
        const priority = parseCasePriority(priorityText);
        if (priority) value.priority = priority;
        else problem('priority', `Priority "${priorityText}" is not critical, high, medium or low.`);
      }
      value.tags = cleanTestTags(splitList(cell('tags')));
      if (value.tags.length > CASE_FILE_LIMITS.tags)
        problem('tags', `The case has ${value.tags.length} tags; the limit is ${CASE_FILE_LIMITS.tags}.`);
      const long = value.tags.find((tag) => tag.length > CASE_FILE_LIMITS.tag);
      if (long) problem('tags', `Tag "${long.slice(0, 20)}…" is longer than ${CASE_FILE_LIMITS.tag} characters.`);
      value.requirements = [...new Set(splitList(cell('requirements')).map((code) => code.toUpperCase()))];
      if (value.requirements.length > 0 && context.requirementCodes === null)
        problem('requirements', 'This plan is for a product in use; only an evaluation’s cases verify requirements.');
      else if (value.requirements.length > CASE_FILE_LIMITS.requirements)
        problem('requirements', `The case names over ${CASE_FILE_LIMITS.requirements} requirements.`);
      else {
        const unknown = value.requirements.filter((code) => !context.requirementCodes?.has(code));
        if (unknown.length > 0)
          problem(
            'requirements',
            `${unknown.length === 1 ? 'Requirement' : 'Requirements'} ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in this evaluation.`,
          );
      }
    } else if (!current) {
      problem(null, 'A step row comes before any case: give the case a Title on its first row.');
      continue;
    } else {
      // Case fields below a case's first row would be silently lost: say so, unless they repeat the first row's.
      for (const field of [
        'title',
        'section',
        'preconditions',
        'priority',
        'tags',
        'requirements',
        'automationName',
      ] as const)
        if (cell(field) !== '' && cell(field) !== current.first(field))
          problem(
            field,
            field === 'title'
              ? `Key ${key} already names the case on line ${current.value.line}; give this case another key or none.`
              : `${CASE_FILE_FIELD_LABELS[field]} belongs on the case's first row (line ${current.value.line}).`,
          );
    }

    const action = cell('action');
    const expected = cell('expected');
    if (action === '' && expected === '') continue;
    if (action === '') {
      problem('action', 'The step has an expected result but no action.');
      continue;
    }
    if (action.length > CASE_FILE_LIMITS.step)
      problem('action', `Action is longer than ${CASE_FILE_LIMITS.step} characters.`);
    if (expected.length > CASE_FILE_LIMITS.step)
      problem('expected', `Expected result is longer than ${CASE_FILE_LIMITS.step} characters.`);
    current.value.steps.push({ action, expected });
    if (current.value.steps.length === CASE_FILE_LIMITS.steps + 1)
      problem(
        'action',
        `Case on line ${current.value.line} has over ${CASE_FILE_LIMITS.steps} steps; the limit is ${CASE_FILE_LIMITS.steps}.`,
      );
  }
  finish();
  return { cases, problems };
}
