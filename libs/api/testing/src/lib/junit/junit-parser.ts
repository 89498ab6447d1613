import { AppError, badInput } from '@assay/api/core';
import { SaxesParser, SaxesTagPlain } from 'saxes';

/**
 * What reading one JUnit report may cost. The whole file is already in memory (it is at most the
 * upload limit); these bound what the parser builds from it and how long it may take.
 */
export interface JUnitLimits {
  /** Test cases in one file. */
  maxCases: number;
  /** Elements nested inside each other (suites inside suites). Real reports nest a handful. */
  maxDepth: number;
  /** Characters the XML parser may hold between two events: one text, CDATA section, comment, attribute or name. */
  maxTextChars: number;
  /** Time the reading may take. */
  maxMillis: number;
}

export const JUNIT_LIMITS: JUnitLimits = {
  maxCases: 100_000,
  maxDepth: 64,
  maxTextChars: 4_000_000,
  maxMillis: 30_000,
};

/** How a test ended: `<failure>` and `<error>` both count as failed; `failureKind` tells them apart. */
export type JUnitStatus = 'passed' | 'failed' | 'skipped';
export type JUnitFailureKind = 'failure' | 'error';

/** One `<testcase>` of a report, with what its runner wrote about it. */
export interface JUnitCase {
  name: string;
  classname: string;
  /** The name of the innermost `<testsuite>` around it ('' when none). */
  suite: string;
  /** The line of the file where the `<testcase>` starts. */
  line: number;
  status: JUnitStatus;
  /** `failure` (an assertion did not hold) or `error` (the test could not run to the end); null unless failed. */
  failureKind: JUnitFailureKind | null;
  /** The `type` attribute of the failure or error (e.g. `AssertionError`), '' when the runner gave none. */
  failureType: string;
  /**
   * The `message` attribute of the failure, error or skip; for a failure written without one
   * (jest-junit), the first line of its text.
   */
  message: string;
  /** The text inside the failure, error or skip element: usually the stack trace. */
  detail: string;
  /** What the test printed (`<system-out>`, `<system-err>` inside the test case). */
  systemOut: string;
  systemErr: string;
  /** The `time` attribute, in seconds; null when missing or not a number. */
  seconds: number | null;
}

export interface JUnitReport {
  cases: JUnitCase[];
}

/** Surefire's reruns: a test that failed and then passed is flaky (it passed); a rerun that failed again failed. */
const FAILURES: Record<string, JUnitFailureKind> = {
  failure: 'failure',
  error: 'error',
  rerunFailure: 'failure',
  rerunError: 'error',
};

/** Decoded text is fed to the parser in pieces this long, so that limits are checked as it goes. */
const PIECE_CHARS = 256 * 1024;

/**
 * Reads a JUnit XML report as the common test runners write it — JUnit/Maven Surefire, pytest,
 * jest-junit, Node's test runner, mocha-junit-reporter, Vitest, Playwright, go-junit-report: a
 * `<testsuites>` or `<testsuite>` root, suites nested in suites, `<testcase>` elements with
 * `<failure>`, `<error>` or `<skipped>`, `<properties>`, `<system-out>` and `<system-err>`.
 *
 * The file is parsed as a stream of XML events (saxes) that never expands entities: a document
 * type declaration (and with it every entity declaration) is refused, as is a reference to an
 * entity XML does not define. Every refusal is a BAD_USER_INPUT naming the line where the parser
 * found the problem. Nothing is written anywhere: the caller decides what the cases mean.
 */
export async function parseJUnit(bytes: Buffer, limits: Partial<JUnitLimits> = {}): Promise<JUnitReport> {
  const bounds = { ...JUNIT_LIMITS, ...limits };
  const deadline = Date.now() + bounds.maxMillis;
  const text = decode(bytes);
  if (text.trim() === '') throw badInput('The file is empty.');
  const reader = new ReportReader(bounds);
  const parser = reader.parser;
  // What saxes holds back until its next event (text, comment, CDATA, doctype and attribute values; names).
  const held = parser as unknown as { text?: string; name?: string };
  try {
    for (let at = 0; at < text.length; at += PIECE_CHARS) {
      parser.write(text.slice(at, at + PIECE_CHARS));
      if ((held.text?.length ?? 0) > bounds.maxTextChars || (held.name?.length ?? 0) > bounds.maxTextChars)
        throw badInput(
          `Line ${parser.line}: the file holds a text, attribute or name longer than ${bounds.maxTextChars.toLocaleString('en')} characters; no test runner writes that, and it is not read.`,
        );
      if (Date.now() > deadline)
        throw badInput(`Reading the file took longer than ${bounds.maxMillis / 1000} s; split it into smaller files.`);
      // A large report takes a while: let the server answer other requests in between.
      if (at + PIECE_CHARS < text.length) await new Promise((resolve) => setImmediate(resolve));
    }
    parser.close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notWellFormed(error);
  }
  if (!reader.sawRoot) throw badInput('The file holds no XML element: it is not a JUnit report.');
  if (reader.cases.length === 0)
    throw badInput('The file holds no test cases (no <testcase> element): there is nothing to import.');
  return { cases: reader.cases };
}

/** saxes' "12:7: unclosed tag: testsuite" as a sentence people can act on. */
function notWellFormed(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): (.*)$/s.exec(message);
  const what = (match ? match[3] : message).replace(/\.$/, '');
  return badInput(
    match
      ? `The file is not well-formed XML: line ${match[1]}, column ${match[2]}: ${what}.`
      : `The file is not well-formed XML: ${what}.`,
  );
}

// ---- the report, as elements arrive ------------------------------------------------------------

/** The case being read, with its text so far. */
interface OpenCase {
  testCase: JUnitCase;
  depth: number;
  /** The element inside the case whose text is being collected, and its depth. */
  collecting: 'detail' | 'systemOut' | 'systemErr' | null;
  collectingDepth: number;
  /** A failure was seen: a later skip or a flaky run does not make the case pass. */
  failed: boolean;
}

class ReportReader {
  readonly parser = new SaxesParser({ xmlns: false, position: true });
  readonly cases: JUnitCase[] = [];
  sawRoot = false;
  private depth = 0;
  private readonly suites: { name: string; depth: number }[] = [];
  private current: OpenCase | null = null;

  constructor(private readonly limits: JUnitLimits) {
    const parser = this.parser;
    parser.on('doctype', () => {
      throw badInput(
        `Line ${parser.line}: the file contains a document type declaration (DOCTYPE), which JUnit reports never need; it could declare entities, so the file is not read.`,
      );
    });
    parser.on('error', (error) => {
      throw error;
    });
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', (tag) => this.close(tag.name));
    parser.on('text', (text) => this.text(text));
    parser.on('cdata', (text) => this.text(text));
  }

  private open(tag: SaxesTagPlain): void {
    const name = local(tag.name);
    this.depth++;
    if (this.depth > this.limits.maxDepth)
      throw badInput(
        `Line ${this.parser.line}: elements are nested more than ${this.limits.maxDepth} deep; no test runner nests suites like that, and the file is not read.`,
      );
    if (!this.sawRoot) {
      this.sawRoot = true;
      if (name !== 'testsuites' && name !== 'testsuite')
        throw badInput(
          `The file is XML but not a JUnit report: its root element is <${tag.name}>, not <testsuites> or <testsuite>.`,
        );
    }
    const open = this.current;
    if (open) {
      if (name === 'testcase')
        throw badInput(`Line ${this.parser.line}: a <testcase> inside another <testcase> is not a JUnit report.`);
      if (open.collecting) return; // markup inside a failure's text: keep only its text
      this.inCase(open, name, tag);
      return;
    }
    if (name === 'testsuite') this.suites.push({ name: attribute(tag, 'name'), depth: this.depth });
    else if (name === 'testcase') {
      if (this.cases.length >= this.limits.maxCases)
        throw badInput(
          `The file holds more than ${this.limits.maxCases.toLocaleString('en')} test cases, the most one import may have; split it into smaller files.`,
        );
      this.current = {
        testCase: {
          name: attribute(tag, 'name').trim(),
          classname: attribute(tag, 'classname').trim(),
          suite: this.suites[this.suites.length - 1]?.name ?? '',
          line: this.parser.line,
          status: 'passed',
          failureKind: null,
          failureType: '',
          message: '',
          detail: '',
          systemOut: '',
          systemErr: '',
          seconds: seconds(attribute(tag, 'time')),
        },
        depth: this.depth,
        collecting: null,
        collectingDepth: 0,
        failed: false,
      };
    }
  }

  /** An element directly inside a test case (properties and anything unknown are passed over). */
  private inCase(open: OpenCase, name: string, tag: SaxesTagPlain): void {
    const testCase = open.testCase;
    const kind = FAILURES[name];
    if (kind) {
      if (!open.failed) {
        // The first failure is the one the runner reported; reruns come after it.
        open.failed = true;
        testCase.status = 'failed';
        testCase.failureKind = kind;
        testCase.failureType = attribute(tag, 'type');
        testCase.message = attribute(tag, 'message');
        testCase.detail = '';
        this.collect(open, 'detail');
      }
    } else if (name === 'skipped') {
      if (!open.failed) {
        testCase.status = 'skipped';
        testCase.message = attribute(tag, 'message');
        this.collect(open, 'detail');
      }
    } else if (name === 'system-out') this.collect(open, 'systemOut');
    else if (name === 'system-err') this.collect(open, 'systemErr');
  }

  private collect(open: OpenCase, into: OpenCase['collecting']): void {
    open.collecting = into;
    open.collectingDepth = this.depth;
  }

  private text(text: string): void {
    const open = this.current;
    if (!open?.collecting) return;
    open.testCase[open.collecting] += text;
  }

  private close(rawName: string): void {
    const name = local(rawName);
    const open = this.current;
    if (open) {
      if (open.collecting && this.depth === open.collectingDepth) open.collecting = null;
      else if (name === 'testcase' && this.depth === open.depth) {
        this.cases.push(finish(open.testCase));
        this.current = null;
      }
    }
    const suite = this.suites[this.suites.length - 1];
    if (suite && suite.depth === this.depth) this.suites.pop();
    this.depth--;
  }
}

function finish(testCase: JUnitCase): JUnitCase {
  testCase.detail = trimBlankLines(testCase.detail);
  testCase.systemOut = trimBlankLines(testCase.systemOut);
  testCase.systemErr = trimBlankLines(testCase.systemErr);
  testCase.message = testCase.message.trim();
  if (testCase.status === 'failed' && testCase.message === '')
    testCase.message =
      testCase.detail
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim() ?? '';
  return testCase;
}

/** Text without the blank lines and trailing spaces runners put around CDATA, its indentation kept. */
function trimBlankLines(text: string): string {
  return text.replace(/^\s*\n/, '').trimEnd();
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);
const attribute = (tag: SaxesTagPlain, name: string): string => tag.attributes[name] ?? '';

function seconds(text: string): number | null {
  if (text.trim() === '') return null;
  // Some runners write thousands separators ("1,234.5").
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) && value >= 0 ? value : null;
}

// ---- bytes to text -----------------------------------------------------------------------------

const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const LATIN = new Set(['iso-8859-1', 'latin1', 'latin-1', 'windows-1252', 'cp1252']);

/**
 * The file's text: UTF-16 when it starts with a byte order mark, else what its XML declaration says
 * (UTF-8, the default, or ISO-8859-1/Windows-1252, which older Java and Python tools wrote).
 */
function decode(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    bytes.subarray(0, 200).toString('latin1'),
  )?.[1];
  const encoding = declared?.toLowerCase() ?? 'utf-8';
  if (LATIN.has(encoding)) return new TextDecoder('windows-1252').decode(bytes);
  if (!UTF8.has(encoding))
    throw badInput(
      `The file says it is written in ${declared}; JUnit reports are read in UTF-8, UTF-16 or ISO-8859-1.`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lenient = bytes.toString('utf8');
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw badInput(`Line ${line}: the file is not valid UTF-8, the encoding it says it is in.`);
  }
}
