import { isResolved, reportStatusLabel, screenshotProblem } from './problem-labels';

describe('problem report labels', () => {
  it.each([
    [{ name: 'desk.png', type: 'image/png', size: 2048 }, null],
    [{ name: 'desk', type: '', size: 2048 }, null],
    [
      { name: 'notes.pdf', type: 'application/pdf', size: 2048 },
      '“notes.pdf” is not an image. Choose a PNG, JPEG, GIF or WebP screenshot.',
    ],
    [
      { name: 'huge.png', type: 'image/png', size: 26 * 1024 * 1024 },
      '“huge.png” is larger than 25 MB. Choose a smaller screenshot.',
    ],
    [{ name: 'blank.png', type: 'image/png', size: 0 }, '“blank.png” is empty.'],
  ])('checks %o before sending it', (file, problem) => {
    expect(screenshotProblem(file)).toBe(problem);
  });

  it.each([
    ['TRIAGE', false, 'Waiting to be looked at'],
    ['IN_PROGRESS', false, 'Being worked on'],
    ['FIXED', true, 'Fixed'],
    ['WONT_FIX', true, 'Will not be fixed'],
    ['DUPLICATE', true, 'Already reported'],
  ] as const)('reads %s as resolved: %s (“%s”)', (status, resolved, label) => {
    expect(isResolved(status)).toBe(resolved);
    expect(reportStatusLabel(status)).toBe(label);
  });
});
