import { conflictSummary, EvidenceConflictDeclaration } from './evidence';

const declaration = (
  evaluator: string,
  vendor: string,
  conflict: boolean,
  override: EvidenceConflictDeclaration['override'] = null,
): EvidenceConflictDeclaration => ({
  id: `${evaluator}-${vendor}`,
  evaluator,
  vendor,
  conflict,
  description: conflict ? 'Former employee' : '',
  declaredAt: '2026-11-02T09:00:00.000Z',
  override,
});

describe('conflictSummary', () => {
  it.each([
    ['evidence frozen before declarations were kept', undefined, [], { declarations: 0, evaluators: 0 }],
    ['no declaration yet', [], [], { declarations: 0, evaluators: 0 }],
    [
      'two evaluators, three vendors, one conflict (overridden)',
      [
        declaration('Ada', 'Acme', false),
        declaration('Ada', 'Bolt', true, { by: 'Lia', reason: 'Left in 2015', at: '2026-11-03T10:00:00.000Z' }),
        declaration('Ada', 'Cove', false),
        declaration('Ben', 'Acme', false),
        declaration('Ben', 'Bolt', false),
        declaration('Ben', 'Cove', false),
      ],
      ['Ada-Bolt'],
      { declarations: 5, evaluators: 2 },
    ],
  ])('%s', (_case, conflicts, conflictIds, noConflict) => {
    const summary = conflictSummary({ conflicts });
    expect(summary.conflicts.map((c) => c.id)).toEqual(conflictIds);
    expect(summary.noConflict).toEqual(noConflict);
  });
});
