import { DataSource } from 'typeorm';
import { RespondentKeys } from './respondent-keys';

const SURVEY = '11111111-1111-4111-8111-111111111111';
const OTHER_SURVEY = '22222222-2222-4222-8222-222222222222';
const PERSON = '33333333-3333-4333-8333-333333333333';
const OTHER_PERSON = '44444444-4444-4444-8444-444444444444';

describe('RespondentKeys', () => {
  const keys = new RespondentKeys({} as DataSource);

  it('gives one person the same 64-hex key for one survey, however the ids are spelt', () => {
    const key = keys.keyOf(SURVEY, PERSON);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.keyOf(SURVEY.toUpperCase(), PERSON.toUpperCase())).toBe(key);
  });

  it.each([
    ['another person', SURVEY, OTHER_PERSON],
    ['another survey', OTHER_SURVEY, PERSON],
  ])('gives %s another key', (_, survey, person) => {
    expect(keys.keyOf(survey, person)).not.toBe(keys.keyOf(SURVEY, PERSON));
  });

  it('contains neither id: without the secret the key names nobody', () => {
    const key = keys.keyOf(SURVEY, PERSON);
    expect(key).not.toContain(PERSON.replace(/-/g, ''));
    expect(new RespondentKeys({} as DataSource).keyOf(SURVEY, PERSON)).not.toBe(key);
  });
});
