import {
  agreementWords,
  barWidth,
  formatCoefficient,
  formatTotal,
  openDefectTotal,
  parseEvidence,
  parseSnapshot,
  percent,
  reviewTargetTitle,
  stabilityLabel,
} from './evidence-format';

describe('evidence formatting', () => {
  it('formats shares, totals and coefficients, with a dash for the unknown', () => {
    expect(percent(0.856)).toBe('86 %');
    expect(percent(null)).toBe('—');
    expect(formatTotal(78.25)).toBe('78.3');
    expect(formatTotal(null)).toBe('—');
    expect(formatCoefficient(0.71234)).toBe('0.71');
    expect(formatCoefficient(null)).toBe('—');
    expect(stabilityLabel(0.1)).toBe('±10 %');
    expect(stabilityLabel(0.2)).toBe('±20 %');
  });

  it('bounds bars to the scale', () => {
    expect(barWidth(null)).toBe(0);
    expect(barWidth(-3)).toBe(0);
    expect(barWidth(104)).toBe(100);
    expect(barWidth(55.5)).toBe(55.5);
  });

  it('says what the agreement means', () => {
    expect(agreementWords(null)).toMatch(/Not enough/);
    expect(agreementWords(0.85)).toMatch(/agree well\./);
    expect(agreementWords(0.7)).toMatch(/tentative/);
    expect(agreementWords(0.3)).toMatch(/disagree/);
  });

  it('adds up open defects of every severity', () => {
    expect(openDefectTotal({ critical: 1, major: 2, minor: 0, trivial: 4 })).toBe(7);
    expect(openDefectTotal({})).toBe(0);
  });

  it('reads evidence and snapshots, and nothing else', () => {
    expect(parseEvidence('{"evaluation":{"currency":"CAD"}}')?.evaluation.currency).toBe('CAD');
    expect(parseEvidence('not json')).toBeNull();
    expect(parseEvidence('')).toBeNull();
    expect(parseSnapshot('{"evaluation":{}}')).toBeNull();
    expect(parseSnapshot('{"text":{},"evidence":{}}')).not.toBeNull();
  });

  it('names what a review points at', () => {
    expect(reviewTargetTitle('contradictedClaims')).toBe('Contradicted vendor claims');
    expect(reviewTargetTitle('text')).toBe('The recommendation’s text');
    expect(reviewTargetTitle('other')).toBe('other');
  });
});
