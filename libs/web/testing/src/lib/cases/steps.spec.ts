import { moveStep, parseTags, stepsToSave } from './steps';

describe('moveStep', () => {
  const steps = ['a', 'b', 'c'];
  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, -1, ['a', 'c', 'b']],
    [1, -1, ['b', 'a', 'c']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
    [5, -1, ['a', 'b', 'c']],
    [1, 0, ['a', 'b', 'c']],
  ])('moves the step at %i by %i', (index, delta, expected) => {
    expect(moveStep(steps, index, delta)).toEqual(expected);
    expect(steps).toEqual(['a', 'b', 'c']);
  });
});

describe('stepsToSave', () => {
  it('trims the steps and leaves out the empty ones, keeping the order', () => {
    expect(
      stepsToSave([
        { action: ' Open ', expected: ' Opens ' },
        { action: ' ', expected: '' },
        { action: '', expected: 'Only a result' },
      ]),
    ).toEqual([
      { action: 'Open', expected: 'Opens' },
      { action: '', expected: 'Only a result' },
    ]);
  });
});

describe('parseTags', () => {
  it.each([
    ['holds, smoke', ['holds', 'smoke']],
    [' holds ,holds,, ', ['holds']],
    ['', []],
  ])('reads %p', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });
});
