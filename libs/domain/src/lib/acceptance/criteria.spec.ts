import { acceptanceCriteriaErrors, DEFAULT_ACCEPTANCE_CRITERIA, withDefaultCriteria } from './criteria';
import { canAgreeToWaiver, waiverAgreementError } from './waivers';

describe('acceptanceCriteriaErrors', () => {
  it.each<[string, Record<string, unknown>, { field: string; message: string }[]]>([
    ['the defaults', { ...DEFAULT_ACCEPTANCE_CRITERIA }, []],
    ['nothing given', {}, []],
    ['both ends of the range', { passRateThreshold: 0, minShouldCoverage: 100 }, []],
    ['one decimal', { passRateThreshold: 97.5, minShouldCoverage: 12.5 }, []],
    ['coverage not required', { minShouldCoverage: null }, []],
    [
      'a threshold above 100',
      { passRateThreshold: 101 },
      [{ field: 'passRateThreshold', message: 'The pass rate threshold must be between 0 and 100 %; it is 101.' }],
    ],
    [
      'a negative coverage',
      { minShouldCoverage: -5 },
      [
        {
          field: 'minShouldCoverage',
          message: 'The minimum coverage of should-requirements must be between 0 and 100 %; it is -5.',
        },
      ],
    ],
    [
      'two decimals',
      { passRateThreshold: 97.25 },
      [{ field: 'passRateThreshold', message: 'The pass rate threshold takes at most one decimal (e.g. 97.5).' }],
    ],
    [
      'not a number',
      { passRateThreshold: Number.NaN, minShouldCoverage: '50' },
      [
        { field: 'passRateThreshold', message: 'The pass rate threshold must be a number of percent.' },
        {
          field: 'minShouldCoverage',
          message: 'The minimum coverage of should-requirements must be a number of percent.',
        },
      ],
    ],
    [
      'a null threshold (it cannot be switched off: 0 accepts any rate)',
      { passRateThreshold: null },
      [{ field: 'passRateThreshold', message: 'The pass rate threshold must be a number of percent.' }],
    ],
    [
      'a switch that is not true or false',
      { noOpenMajorDefects: 'yes' },
      [{ field: 'noOpenMajorDefects', message: '"No open major defects" must be on or off (true or false).' }],
    ],
  ])('%s', (_, criteria, errors) => {
    expect(acceptanceCriteriaErrors(criteria)).toEqual(errors);
  });
});

describe('withDefaultCriteria', () => {
  it('fills in what was left out', () => {
    expect(withDefaultCriteria({ passRateThreshold: 90, minShouldCoverage: 80 })).toEqual({
      mandatoryVerified: true,
      passRateThreshold: 90,
      noOpenCriticalDefects: true,
      noOpenMajorDefects: false,
      minShouldCoverage: 80,
    });
    expect(withDefaultCriteria()).toEqual(DEFAULT_ACCEPTANCE_CRITERIA);
  });
});

describe('waiverAgreementError', () => {
  it.each<
    [
      string,
      string,
      { state: 'proposed' | 'agreed' | 'rejected' | 'withdrawn'; proposedBy: string | null },
      boolean,
      string | null,
    ]
  >([
    ['a director agrees to a lead’s waiver', 'dora', { state: 'proposed', proposedBy: 'lee' }, true, null],
    ['a waiver whose proposer left', 'dora', { state: 'proposed', proposedBy: null }, true, null],
    [
      'a lead who is not a director',
      'lee',
      { state: 'proposed', proposedBy: 'lee' },
      false,
      'Only a director may agree to a waiver.',
    ],
    ['another lead', 'lena', { state: 'proposed', proposedBy: 'lee' }, false, 'Only a director may agree to a waiver.'],
    [
      'a lead who is also a director, to their own',
      'lee',
      { state: 'proposed', proposedBy: 'lee' },
      true,
      'You proposed this waiver: another director must agree to it.',
    ],
    ['already agreed', 'dora', { state: 'agreed', proposedBy: 'lee' }, true, 'This waiver is already agreed.'],
    [
      'withdrawn',
      'dora',
      { state: 'withdrawn', proposedBy: 'lee' },
      true,
      'This waiver was withdrawn; only a proposed waiver can be agreed to.',
    ],
    [
      'rejected',
      'dora',
      { state: 'rejected', proposedBy: 'lee' },
      true,
      'This waiver was rejected; only a proposed waiver can be agreed to.',
    ],
  ])('%s', (_, actor, waiver, director, error) => {
    expect(waiverAgreementError(actor, waiver, director)).toBe(error);
    expect(canAgreeToWaiver(actor, waiver, director)).toBe(error === null);
  });
});
