import { AppError } from '@assay/api/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JUnitCase, parseJUnit } from './junit-parser';

const FIXTURES = join(__dirname, '../../../../../../test/api/fixtures/junit');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

const NON_ASCII = 'prête un document à un usager — émission';
const PRINTED = 'prêt enregistré: 31234000123456 → usager « Zoë »';

/** P passed, F failure, E error, S skipped, - not in the file; for CIRC-T-001 … 005 and the test without a key. */
type Outcome = 'P' | 'F' | 'E' | 'S' | '-';
interface FixtureCase {
  file: string;
  total: number;
  outcomes: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
  /** The name and classname of CIRC-T-001's test. */
  first: { name: string; classname: string };
  /** Whether the runner keeps what CIRC-T-003 printed. */
  printed: boolean;
  /** The message of CIRC-T-002's failure. */
  message: string;
}

const FIXTURE_CASES: FixtureCase[] = [
  {
    file: 'jest-junit.xml',
    total: 6,
    outcomes: ['P', 'F', 'P', 'S', 'P', 'F'],
    first: { name: 'Circulation [CIRC-T-001] renews a loan', classname: 'Circulation [CIRC-T-001] renews a loan' },
    printed: false,
    message: 'assert.strictEqual(received, expected)',
  },
  {
    file: 'mocha-junit-reporter.xml',
    total: 5,
    outcomes: ['P', 'F', 'P', '-', 'P', 'F'],
    first: { name: 'Circulation [CIRC-T-001] renews a loan', classname: '[CIRC-T-001] renews a loan' },
    printed: false,
    // XML turns line breaks in an attribute into spaces.
    message: 'renewal limit 2 was not enforced  3 !== 2',
  },
  {
    file: 'node-test.xml',
    total: 6,
    outcomes: ['P', 'F', 'P', 'S', 'P', 'F'],
    first: { name: '[CIRC-T-001] renews a loan', classname: 'test' },
    printed: false,
    message: 'renewal limit 2 was not enforced3 !== 2',
  },
  {
    file: 'playwright.xml',
    total: 6,
    outcomes: ['P', 'E', 'P', 'S', 'P', 'E'],
    first: { name: 'Circulation › [CIRC-T-001] renews a loan', classname: 'circulation.spec.js' },
    printed: true,
    message: 'renewal limit 2 was not enforced',
  },
  {
    file: 'vitest.xml',
    total: 6,
    outcomes: ['P', 'F', 'P', 'S', 'P', 'F'],
    first: { name: 'Circulation > [CIRC-T-001] renews a loan', classname: 'circulation.test.mjs' },
    printed: true,
    // XML turns line breaks in an attribute into spaces.
    message: 'renewal limit 2 was not enforced  3 !== 2',
  },
  {
    file: 'maven-surefire.xml',
    total: 6,
    outcomes: ['P', 'F', 'P', 'S', 'P', 'E'],
    first: { name: '[CIRC-T-001] renews a loan', classname: 'org.riverbend.circulation.CirculationTest' },
    printed: true,
    message: 'renewal limit 2 was not enforced ==> expected: <2> but was: <3>',
  },
  {
    file: 'go-junit-report.xml',
    total: 6,
    outcomes: ['P', 'F', 'P', 'S', 'P', 'E'],
    first: { name: 'TestRenewal/[CIRC-T-001]_renews_a_loan', classname: 'riverbend.org/ils/circulation' },
    printed: true,
    message: 'Failed',
  },
];

/** The test of a fixture for CIRC-T-00n (n = 1 … 5), or the one without a key (n = 0). */
function testFor(cases: JUnitCase[], n: number): JUnitCase | undefined {
  if (n === 0) return cases.find((c) => /checks out an item by barcode|CheckoutByBarcode/i.test(c.name));
  return cases.find((c) => c.name.includes(`[CIRC-T-00${n}]`));
}

function found(cases: JUnitCase[], n: number): JUnitCase {
  const test = testFor(cases, n);
  if (!test) throw new Error(`No test for CIRC-T-00${n}.`);
  return test;
}

function outcomeOf(test: JUnitCase | undefined): Outcome {
  if (!test) return '-';
  if (test.status === 'passed') return 'P';
  if (test.status === 'skipped') return 'S';
  return test.failureKind === 'error' ? 'E' : 'F';
}

async function refusal(xml: string | Buffer, limits = {}): Promise<string> {
  try {
    await parseJUnit(typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
    return (error as AppError).message;
  }
  throw new Error('The file was read.');
}

describe('parseJUnit over the files real runners wrote', () => {
  it.each(FIXTURE_CASES)('$file', async ({ file, total, outcomes, first, printed, message }) => {
    const { cases } = await parseJUnit(fixture(file));
    expect(cases).toHaveLength(total);
    expect([1, 2, 3, 4, 0, 5].map((n) => outcomeOf(testFor(cases, n)))).toEqual(outcomes);
    expect(testFor(cases, 1)).toMatchObject({ ...first, failureKind: null, message: '' });
    const failed = found(cases, 2);
    expect(failed.message).toBe(message);
    expect(failed.detail).toContain('renewal');
    const nonAscii = found(cases, 3);
    expect(nonAscii.name.normalize()).toContain(file === 'go-junit-report.xml' ? 'prête_un_document' : NON_ASCII);
    if (printed) expect(nonAscii.systemOut).toContain(PRINTED);
    else expect(nonAscii.systemOut).toBe('');
    for (const test of cases) {
      expect(test.line).toBeGreaterThan(0);
      expect(test.seconds === null || test.seconds >= 0).toBe(true);
    }
  });

  it('jest-junit: a failure without a message takes the first line of its text; entities are decoded', async () => {
    const { cases } = await parseJUnit(fixture('jest-junit.xml'));
    const error = found(cases, 5);
    expect(error.message).toBe('TypeError: Cannot read properties of undefined (reading "barcode")');
    expect(error.detail).toContain('at new Promise (<anonymous>)');
  });

  it('pytest: cases named by function, the parametrised id in brackets, skip and setup error', async () => {
    const { cases } = await parseJUnit(fixture('pytest.xml'));
    expect(cases.map((c) => `${c.classname} ${c.name} ${c.status}`)).toEqual([
      'test_circulation.TestCirculation test_renews_a_loan passed',
      'test_circulation.TestCirculation test_refuses_a_renewal_over_the_limit failed',
      'test_circulation.TestCirculation test_prete_un_document passed',
      'test_circulation.TestCirculation test_places_a_hold skipped',
      'test_circulation.TestCirculation test_checks_out_an_item_by_barcode passed',
      'test_circulation.TestCirculation test_imports_patrons failed',
      'test_circulation test_returns_an_item[CIRC-T-006] passed',
    ]);
    expect(cases[1]).toMatchObject({
      failureKind: 'failure',
      message: 'AssertionError: renewal limit 2 was not enforced\nassert 3 == 2',
    });
    expect(cases[3]).toMatchObject({ message: 'holds are not configured in the sandbox', failureKind: null });
    expect(cases[3].detail).toContain('test_circulation.py:16');
    expect(cases[5].failureKind).toBe('error');
    expect(cases[5].message).toContain("fixture 'missing_fixture_is_an_error' not found");
    expect(cases[0].suite).toBe('pytest');
  });

  it('maven surefire: a single <testsuite> root, properties, the error type and system-err', async () => {
    const { cases } = await parseJUnit(fixture('maven-surefire.xml'));
    expect(found(cases, 2).failureType).toBe('org.opentest4j.AssertionFailedError');
    const error = found(cases, 5);
    expect(error).toMatchObject({ failureKind: 'error', failureType: 'java.lang.NullPointerException' });
    expect(error.message).toBe('Cannot invoke "String.length()" because "barcode" is null');
    expect(error.systemErr).toBe('WARN patron file has 2 rows without a barcode');
    expect(found(cases, 4).message).toBe('holds are not configured in the sandbox');
    expect(cases[0].suite).toBe('org.riverbend.circulation.CirculationTest');
  });

  it('playwright: output before the error, a skip with properties, times', async () => {
    const { cases } = await parseJUnit(fixture('playwright.xml'));
    const failed = found(cases, 2);
    expect(failed.systemOut).toContain('[[ATTACHMENT|');
    expect(failed.failureType).toBe('AssertionError');
    expect(failed.detail).toContain('>  7 |');
    expect(found(cases, 4).seconds).toBeNull();
    expect(found(cases, 3).seconds).toBeCloseTo(0.035);
  });

  it('go-junit-report: suite properties, messages and CDATA output', async () => {
    const { cases } = await parseJUnit(fixture('go-junit-report.xml'));
    expect(found(cases, 5)).toMatchObject({ failureKind: 'error', message: 'Runtime error' });
    expect(found(cases, 5).detail).toContain('nil pointer dereference');
    expect(found(cases, 4).detail).toContain('holds are not configured');
    expect(cases.every((c) => c.suite === 'riverbend.org/ils/circulation')).toBe(true);
  });

  it('mocha-junit-reporter: leaves skipped tests out; an empty root suite is harmless', async () => {
    const { cases } = await parseJUnit(fixture('mocha-junit-reporter.xml'));
    expect(cases.every((c) => c.suite === 'Circulation')).toBe(true);
    expect(found(cases, 5).failureType).toBe('TypeError');
  });
});

describe('parseJUnit over other shapes', () => {
  it('reads nested suites, naming the innermost', async () => {
    const { cases } = await parseJUnit(
      Buffer.from(
        `<testsuites><testsuite name="outer"><testsuite name="inner"><testcase name="a" classname="A"/></testsuite>
         <testcase name="b" classname="B"><skipped/></testcase></testsuite></testsuites>`,
      ),
    );
    expect(cases.map((c) => [c.name, c.suite, c.status])).toEqual([
      ['a', 'inner', 'passed'],
      ['b', 'outer', 'skipped'],
    ]);
  });

  it('reads UTF-16 with a byte order mark, and ISO-8859-1 when declared', async () => {
    const xml = '<testsuite><testcase name="prête à Zoë" classname="c"/></testsuite>';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect((await parseJUnit(utf16)).cases[0].name).toBe('prête à Zoë');
    const latin = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>${xml}`, 'latin1');
    expect((await parseJUnit(latin)).cases[0].name).toBe('prête à Zoë');
  });

  it('keeps the first failure when a rerun failed again, and a flaky pass passes', async () => {
    const { cases } = await parseJUnit(
      Buffer.from(`<testsuite>
        <testcase name="a"><failure message="first"/><rerunFailure message="again"/></testcase>
        <testcase name="b"><flakyFailure message="once"/></testcase>
      </testsuite>`),
    );
    expect(cases.map((c) => [c.status, c.message])).toEqual([
      ['failed', 'first'],
      ['passed', ''],
    ]);
  });
});

describe('parseJUnit refuses what is not a sane report', () => {
  it.each([
    ['empty', '', 'The file is empty.'],
    ['not XML', 'total: 6, failed: 2', 'not well-formed XML: line 1'],
    ['JSON', '{"numTotalTests": 6}', 'not well-formed XML'],
    ['another XML document', '<html><body/></html>', 'its root element is <html>'],
    ['no test cases', '<testsuites><testsuite name="x" tests="0"/></testsuites>', 'no test cases'],
    ['truncated', '<testsuites>\n<testsuite name="x">\n<testcase name="a"/>\n<testcase name="b"', 'line 4'],
    ['a closing tag that does not match', '<testsuite>\n<testcase name="a">\n</testsuite>', 'line 3'],
    ['an undefined entity', '<testsuite><testcase name="&lol;"/></testsuite>', 'undefined entity'],
    ['a test case inside a test case', '<testsuite><testcase><testcase/></testcase></testsuite>', 'inside another'],
    ['text in another encoding', '<?xml version="1.0" encoding="Shift_JIS"?><testsuite/>', 'Shift_JIS'],
  ])('%s', async (_what, xml, expected) => {
    expect(await refusal(xml)).toContain(expected);
  });

  it('invalid UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<testsuite>\n<testcase name="'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"/></testsuite>'),
    ]);
    expect(await refusal(bytes)).toBe('Line 2: the file is not valid UTF-8, the encoding it says it is in.');
  });

  it('a DOCTYPE, even an empty one', async () => {
    expect(
      await refusal('<?xml version="1.0"?>\n<!DOCTYPE testsuites>\n<testsuites><testcase name="a"/></testsuites>'),
    ).toBe(
      'Line 2: the file contains a document type declaration (DOCTYPE), which JUnit reports never need; it could declare entities, so the file is not read.',
    );
  });

  it('an external entity (XXE): nothing is fetched or read', async () => {
    const message = await refusal(
      `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&xxe;"/></testsuite>`,
    );
    expect(message).toContain('DOCTYPE');
    expect(message).not.toContain('root:');
  });

  it('billion laughs: refused before any entity is expanded, at once', async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [${entities.join('')}]><testsuite><testcase name="&lol9;"/></testsuite>`;
    const started = Date.now();
    expect(await refusal(xml)).toContain('DOCTYPE');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a DOCTYPE too long to hold is refused before it ends', async () => {
    const xml = `<!DOCTYPE t [<!ENTITY a "${'x'.repeat(3_000_000)}">]><testsuite/>`;
    expect(await refusal(xml, { maxTextChars: 1_000_000 })).toContain('longer than 1,000,000 characters');
  });

  it('deeply nested suites, at the depth limit', async () => {
    const depth = 10_000;
    const xml = `<testsuites>${'<testsuite>'.repeat(depth)}<testcase name="a"/>${'</testsuite>'.repeat(depth)}</testsuites>`;
    expect(await refusal(xml)).toContain('nested more than 64 deep');
    const fine = `<testsuites>${'<testsuite name="s">'.repeat(60)}<testcase name="a"/>${'</testsuite>'.repeat(60)}</testsuites>`;
    expect((await parseJUnit(Buffer.from(fine))).cases).toHaveLength(1);
  });

  it('a huge attribute', async () => {
    const xml = `<testsuite><testcase name="a"><failure message="${'A'.repeat(5_000_000)}"/></testcase></testsuite>`;
    expect(await refusal(xml)).toContain('longer than 4,000,000 characters');
  });

  it('a huge element name', async () => {
    expect(await refusal(`<testsuite><${'t'.repeat(600_000)}/></testsuite>`, { maxTextChars: 100_000 })).toContain(
      'longer than 100,000 characters',
    );
  });

  it('more test cases than an import may have', async () => {
    const xml = `<testsuite>${'<testcase name="a"/>'.repeat(11)}</testsuite>`;
    expect(await refusal(xml, { maxCases: 10 })).toContain('more than 10 test cases');
  });

  it('a file that takes too long', async () => {
    const xml = `<testsuite>${'<testcase name="a"/>'.repeat(50_000)}</testsuite>`;
    expect(await refusal(xml, { maxMillis: -1 })).toContain('took longer than');
  });
});
