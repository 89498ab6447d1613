import {
  API_TOKEN_PREFIX,
  apiTokenDaysProblems,
  apiTokenDaysUntil,
  apiTokenShownPart,
  isWellFormedApiToken,
  looksLikeApiToken,
} from './api-tokens';

const SECRET = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE';

describe('API token shape', () => {
  it.each([
    [`${API_TOKEN_PREFIX}${SECRET}`, true, true],
    [`${API_TOKEN_PREFIX}${SECRET}x`, true, false],
    [`${API_TOKEN_PREFIX}${SECRET.slice(1)}`, true, false],
    [`${API_TOKEN_PREFIX}${SECRET.slice(1)}=`, true, false],
    [`${API_TOKEN_PREFIX}`, true, false],
    ['eyJhbGciOiJIUzI1NiJ9.e30.sig', false, false],
    [`ASSAY_PAT_${SECRET}`, false, false],
    [` ${API_TOKEN_PREFIX}${SECRET}`, false, false],
  ])('%s: claims to be a token %s, well formed %s', (value, claims, wellFormed) => {
    expect(looksLikeApiToken(value)).toBe(claims);
    expect(isWellFormedApiToken(value)).toBe(wellFormed);
  });

  it('shows the prefix and six characters of the secret', () => {
    expect(apiTokenShownPart(`${API_TOKEN_PREFIX}${SECRET}`)).toBe('assay_pat_AbCdEf');
  });
});

describe('apiTokenDaysProblems', () => {
  it.each([
    [1, []],
    [90, []],
    [366, []],
    [0, ['A token lasts from 1 to 366 days.']],
    [-5, ['A token lasts from 1 to 366 days.']],
    [367, ['A token lasts from 1 to 366 days.']],
    [1.5, ['Choose a whole number of days.']],
    [Number.NaN, ['Choose a whole number of days.']],
  ])('%s days → %j', (days, problems) => {
    expect(apiTokenDaysProblems(days)).toEqual(problems);
  });
});

describe('apiTokenDaysUntil', () => {
  it.each([
    ['2026-12-04', '2026-12-03', 1],
    ['2026-12-03', '2026-12-03', 0],
    ['2027-03-03', '2026-12-03', 90],
    ['2027-12-04', '2026-12-03', 366],
    ['2028-03-01', '2028-02-28', 2],
    ['2026-12-01', '2026-12-03', -2],
    ['2026-02-30', '2026-01-01', null],
    ['2026-13-01', '2026-01-01', null],
    ['next week', '2026-01-01', null],
    ['2026-01-02', '', null],
  ])('until %s from %s → %s', (date, today, days) => {
    expect(apiTokenDaysUntil(date, today)).toBe(days);
  });
});
