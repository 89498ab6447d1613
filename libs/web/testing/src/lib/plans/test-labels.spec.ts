import { progressText, sumProgress } from './test-labels';

const progress = (counts: Partial<Record<string, number>>) => {
  const base = { untested: 0, passed: 0, failed: 0, blocked: 0, skipped: 0, retest: 0, ...counts };
  return { ...base, total: Object.values(base).reduce((a, b) => a + b, 0) };
};

describe('progressText', () => {
  it.each([
    [progress({}), 'No cases'],
    [progress({ untested: 5 }), '0 of 5 done'],
    [progress({ untested: 8, passed: 3, failed: 1 }), '4 of 12 done: 3 passed, 1 failed'],
    [progress({ blocked: 1, retest: 2, skipped: 1 }), '4 of 4 done: 1 blocked, 2 retest, 1 skipped'],
  ])('says %p as %p', (counts, words) => {
    expect(progressText(counts)).toBe(words);
  });
});

describe('sumProgress', () => {
  it('adds the runs up', () => {
    expect(sumProgress([progress({ passed: 1, untested: 2 }), progress({ failed: 2 })])).toEqual(
      progress({ passed: 1, untested: 2, failed: 2 }),
    );
    expect(sumProgress([])).toEqual(progress({}));
  });
});
