import type { RecommendationEvidence, RecommendationSnapshot } from '@assay/domain';
import { formatValue, parsePath, pathLabel, snapshotChanges, snapshotNames } from './snapshot-changes';

const evidence = (total: number, winnerId: string): RecommendationEvidence => ({
  schemaVersion: 1,
  assembledAt: `2026-11-0${total > 80 ? 2 : 1}T10:00:00.000Z`,
  evaluation: { id: 'e1', title: 'LSP 2026', currency: 'CAD', costYears: 5 },
  rubric: [{ id: 'k1', name: 'C1 Circulation', parentId: null, localWeight: 1, globalWeight: 1 }],
  ranking: {
    roundId: 'r1',
    roundNumber: 1,
    winnerId,
    candidates: [
      { id: 'c1', name: 'Alma Cloud', rank: 1, total, completeness: 1, knockedOut: false, knockouts: [] },
      { id: 'c2', name: 'Folio 3', rank: 2, total: 70, completeness: 1, knockedOut: false, knockouts: [] },
    ],
    tiePoints: [],
    stability: [
      { change: 0.1, stable: true },
      { change: 0.2, stable: total > 80 },
    ],
    consensusCount: 0,
    winnerWithoutConsensusId: winnerId,
    holdsWithoutConsensus: true,
    agreement: { alpha: 0.8, kendallW: 0.7, kendallP: 0.01, lowAgreement: [] },
  },
  acceptance: [],
  defects: [{ id: 'c1', name: 'Alma Cloud', open: { critical: 0, major: total > 80 ? 0 : 1, minor: 2, trivial: 0 } }],
  contradictedClaims: [],
  referenceChecks: [],
  trainingNeeds: [],
  costs: [],
});

const snapshot = (
  version: number,
  rationale: string,
  risks: RecommendationSnapshot['text']['risks'],
  total: number,
) => ({
  version,
  candidateName: 'Alma Cloud',
  text: { candidateId: 'c1', noneReason: '', rationale, risks, conditions: '', costNotes: '' },
  evidence: evidence(total, 'c1'),
});

describe('snapshotChanges', () => {
  const v1 = snapshot(1, 'Best fit.', [], 78.25);
  const v2 = snapshot(
    2,
    'Best fit, and cheaper.',
    [{ id: 'r9', risk: 'Migration slips', mitigation: 'Pilot first' }],
    82,
  );

  it('names candidates and list items in words, and leaves out bookkeeping', () => {
    const lines = snapshotChanges(v1, v2);
    expect(lines.map((l) => [l.section, l.label, l.kind, l.before, l.after])).toEqual([
      ['text', 'Rationale', 'changed', 'Best fit.', 'Best fit, and cheaper.'],
      ['text', 'Risks › “Migration slips”', 'added', '', 'Migration slips (mitigation: Pilot first)'],
      ['ranking', 'Ranking › Alma Cloud › Total', 'changed', '78.25', '82'],
      ['ranking', 'Ranking › Stability of the winner › ±20 % › Holds', 'changed', 'no', 'yes'],
      ['defects', 'Open defects › Alma Cloud › Major', 'changed', '1', '0'],
    ]);
  });

  it('is empty without a previous version or when nothing but the bookkeeping changed', () => {
    expect(snapshotChanges(null, v2)).toEqual([]);
    expect(snapshotChanges(v1, { ...v1, version: 2 })).toEqual([]);
  });

  it('shows a recommended candidate that changed by name', () => {
    const lines = snapshotChanges(v1, { ...v1, version: 2, candidateName: 'Folio 3' });
    expect(lines).toEqual([
      { section: 'text', label: 'Recommended candidate', kind: 'changed', before: 'Alma Cloud', after: 'Folio 3' },
    ]);
  });
});

describe('path labels', () => {
  it('parses keys, ids and positions', () => {
    expect(parsePath('evidence.ranking.candidates[id=c1].knockouts[0]')).toEqual([
      { kind: 'key', name: 'evidence' },
      { kind: 'key', name: 'ranking' },
      { kind: 'key', name: 'candidates' },
      { kind: 'id', id: 'c1' },
      { kind: 'key', name: 'knockouts' },
      { kind: 'index', index: 0 },
    ]);
  });

  it('falls back to the id and the position when nothing names them', () => {
    expect(pathLabel(parsePath('evidence.costs[id=zz].total'), new Map())).toBe('Total cost of ownership › zz › Total');
    expect(pathLabel(parsePath('evidence.acceptance[id=c1].reasons[2]'), new Map([['c1', 'Alma']]))).toBe(
      'Acceptance › Alma › Reasons › item 3',
    );
  });

  it('collects the names of every listed thing', () => {
    const names = snapshotNames(snapshot(1, '', [{ id: 'r1', risk: 'Cost', mitigation: '' }], 80));
    expect(names.get('c2')).toBe('Folio 3');
    expect(names.get('k1')).toBe('C1 Circulation');
    expect(names.get('r1')).toBe('“Cost”');
  });
});

describe('formatValue', () => {
  it('reads values as people do', () => {
    expect(formatValue(null, null)).toBe('—');
    expect(formatValue(true, null)).toBe('yes');
    expect(formatValue(0.33333, null)).toBe('0.333');
    expect(formatValue('c1', new Map([['c1', 'Alma']]))).toBe('Alma');
    expect(formatValue(['a', 'b'], null)).toBe('a, b');
    expect(formatValue([], null)).toBe('(none)');
  });
});
