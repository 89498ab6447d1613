import type { EvidenceCriterion, RecommendationReport } from '@assay/domain';

/**
 * A decided evaluation of three library systems as the decision service would hand it to the
 * report: knockouts, waivers, sign-offs, defects, contradicted claims, reference checks with
 * non-ASCII names, training and costs. Figures carry more decimals than the PDF prints, so the
 * tests see both the rounding and the workbook's full precision.
 */
export function decisionReport(): RecommendationReport {
  const rubric: EvidenceCriterion[] = [
    { id: 'k-func', name: 'Functionality', parentId: null, localWeight: 0.6, globalWeight: 0.6 },
    { id: 'k-circ', name: 'F1 Circulation', parentId: 'k-func', localWeight: 0.5, globalWeight: 0.3 },
    { id: 'k-cat', name: 'F2 Cataloguing', parentId: 'k-func', localWeight: 0.5, globalWeight: 0.3 },
    { id: 'k-ops', name: 'Operations', parentId: null, localWeight: 0.4, globalWeight: 0.4 },
    { id: 'k-sla', name: 'O1 Availability', parentId: 'k-ops', localWeight: 0.7, globalWeight: 0.28 },
    { id: 'k-sup', name: 'O2 Support in French', parentId: 'k-ops', localWeight: 0.3, globalWeight: 0.12 },
  ];
  return {
    kind: 'decision',
    snapshot: {
      version: 2,
      candidateName: 'Koha Cloud',
      text: {
        candidateId: 'c-koha',
        noneReason: '',
        rationale: 'Koha Cloud ranks first, holds under every weight change we tested and passed acceptance.',
        risks: [
          { id: 'r1', risk: 'Migration of 40 years of holdings', mitigation: 'Two trial migrations before go-live' },
          { id: 'r2', risk: 'Vendor is small', mitigation: 'Escrow of the source and the data' },
        ],
        conditions: 'Contract with a 99.5% availability clause and exit assistance.',
        costNotes: 'Hosting priced per branch; the consortium discount applies from year 2.',
      },
      evidence: {
        schemaVersion: 1,
        assembledAt: '2026-11-20T09:15:00.000Z',
        evaluation: { id: 'e-1', title: 'Integrated library system 2027', currency: 'EUR', costYears: 5 },
        rubric,
        ranking: {
          roundId: 'round-2',
          roundNumber: 2,
          winnerId: 'c-koha',
          candidates: [
            {
              id: 'c-koha',
              name: 'Koha Cloud',
              rank: 1,
              total: 78.34567,
              completeness: 1,
              knockedOut: false,
              knockouts: [],
            },
            {
              id: 'c-bmn',
              name: 'Bibliothèque de Montréal-Nord',
              rank: 2,
              total: 71.04999,
              completeness: 0.9166666,
              knockedOut: false,
              knockouts: [],
            },
            {
              id: 'c-old',
              name: 'LegacyLib 9',
              rank: null,
              total: 40.2517,
              completeness: 0.75,
              knockedOut: true,
              knockouts: ['REQ-7 Unicode cataloguing'],
            },
          ],
          tiePoints: [{ id: 't1', criterion: 'O1 Availability', weight: 0.28, tieWeight: 0.61234, change: 0.33234 }],
          stability: [
            { change: 0.1, stable: true },
            { change: 0.2, stable: true },
            { change: 0.3, stable: false },
          ],
          consensusCount: 2,
          winnerWithoutConsensusId: 'c-koha',
          holdsWithoutConsensus: true,
          agreement: {
            alpha: 0.712345,
            kendallW: 0.83333,
            kendallP: 0.0123456,
            lowAgreement: [{ id: 'k-sup', criterion: 'O2 Support in French', alpha: 0.41234 }],
          },
        },
        acceptance: [
          {
            id: 'c-koha',
            name: 'Koha Cloud',
            verdict: 'ACCEPTED_WITH_WAIVERS',
            reasons: ['Every mandatory requirement verified or waived', 'REQ-12 waived: offline circulation'],
            passRate: 96.153846,
            passed: 25,
            failed: 1,
            waivers: [
              {
                id: 'w1',
                requirement: 'REQ-12 Offline circulation',
                rationale: 'Branches keep their network backup',
                agreedBy: 'Zofia Wiśniewska',
                agreedAt: '2026-11-12T10:00:00.000Z',
              },
            ],
            signOffs: [
              { id: 's1', role: 'Test lead', by: 'Hélène Côté', at: '2026-11-14T16:30:00.000Z', comment: 'Go' },
            ],
          },
          {
            id: 'c-bmn',
            name: 'Bibliothèque de Montréal-Nord',
            verdict: 'ACCEPTED',
            reasons: ['Every mandatory requirement verified'],
            passRate: 100,
            passed: 22,
            failed: 0,
            waivers: [],
            signOffs: [],
          },
          {
            id: 'c-old',
            name: 'LegacyLib 9',
            verdict: 'NOT_ACCEPTED',
            reasons: ['REQ-7 Unicode cataloguing failed'],
            passRate: 61.5,
            passed: 16,
            failed: 10,
            waivers: [],
            signOffs: [],
          },
        ],
        defects: [
          { id: 'c-koha', name: 'Koha Cloud', open: { critical: 0, major: 1, minor: 3, trivial: 2 } },
          { id: 'c-old', name: 'LegacyLib 9', open: { critical: 2, major: 4, minor: 0, trivial: 0 } },
        ],
        contradictedClaims: [
          {
            id: 'cl1',
            candidate: 'LegacyLib 9',
            requirement: 'REQ-7 Unicode cataloguing',
            claim: 'out_of_the_box',
            disagreement: 'failed',
          },
        ],
        referenceChecks: [
          {
            id: 'ref1',
            candidate: 'Koha Cloud',
            library: 'Łódź',
            checkedOn: '2026-10-02',
            rating: 4,
            summary: 'Stable for three years; support answers within a day.',
          },
          {
            id: 'ref2',
            candidate: 'Bibliothèque de Montréal-Nord',
            library: 'Bibliothèque de Montréal-Nord',
            checkedOn: '2026-10-05',
            rating: 5,
            summary: null,
          },
        ],
        trainingNeeds: [
          {
            id: 'tr1',
            candidate: 'Koha Cloud',
            department: 'Circulation',
            topic: 'Loans and returns',
            people: 12,
            hoursPerPerson: 3.5,
          },
        ],
        costs: [
          { id: 'c-koha', name: 'Koha Cloud', total: 412345.678, scorePerTenThousand: 1.9000123 },
          { id: 'c-bmn', name: 'Bibliothèque de Montréal-Nord', total: 398000, scorePerTenThousand: 1.785175 },
          { id: 'c-old', name: 'LegacyLib 9', total: 250500.5, scorePerTenThousand: null },
        ],
        conflicts: [
          {
            id: 'coi1',
            evaluator: 'Zofia Wiśniewska',
            vendor: 'ByWater Solutions',
            conflict: false,
            description: '',
            declaredAt: '2026-10-01T08:00:00.000Z',
            override: null,
          },
          {
            id: 'coi2',
            evaluator: 'Hélène Côté',
            vendor: 'LegacyLib Inc.',
            conflict: true,
            description: 'Worked for the vendor until 2021',
            declaredAt: '2026-10-01T09:30:00.000Z',
            override: null,
          },
          {
            id: 'coi3',
            evaluator: 'Zofia Wiśniewska',
            vendor: 'Montréal-Nord Systèmes',
            conflict: true,
            description: 'Sister is a shareholder',
            declaredAt: '2026-10-02T10:00:00.000Z',
            override: { by: 'Ana Lead', reason: 'Shares sold in 2024', at: '2026-10-03T12:00:00.000Z' },
          },
        ],
      },
    },
    submittedBy: 'Ana Lead',
    submittedAt: '2026-11-20T09:15:00.000Z',
    decidedAt: '2026-11-27T15:42:10.000Z',
    approvals: [
      { director: 'Marek Dyrektor', at: '2026-11-26T11:00:00.000Z', comment: 'Agreed with the waiver.' },
      { director: 'Élodie Directrice', at: '2026-11-27T15:42:10.000Z', comment: 'Approved for the board.' },
    ],
    reviews: [
      {
        director: 'Marek Dyrektor',
        outcome: 'approve',
        at: '2026-11-26T11:00:00.000Z',
        comment: 'Agreed with the waiver.',
      },
      {
        director: 'Élodie Directrice',
        outcome: 'approve',
        at: '2026-11-27T15:42:10.000Z',
        comment: 'Approved for the board.',
      },
    ],
    requiredApprovals: 2,
    generatedAt: '2026-12-01T08:00:00.000Z',
  };
}

/** The same recommendation still under review: one approval of the two it needs. */
export function draftReport(): RecommendationReport {
  const report = decisionReport();
  return {
    ...report,
    kind: 'draft',
    decidedAt: null,
    approvals: report.approvals.slice(0, 1),
    reviews: report.reviews.slice(0, 1),
  };
}

/**
 * A large evaluation: `candidates` candidates and a rubric of `criteria` criteria (ten categories
 * with the leaves spread among them), every list filled, to show that the report stays bounded.
 */
export function largeReport(candidates: number, criteria: number): RecommendationReport {
  const report = decisionReport();
  const categories = 10;
  const rubric: EvidenceCriterion[] = Array.from({ length: categories }, (_, i) => ({
    id: `cat-${i}`,
    name: `Category ${i + 1}`,
    parentId: null,
    localWeight: 1 / categories,
    globalWeight: 1 / categories,
  }));
  const leaves = criteria - categories;
  const perCategory = Math.ceil(leaves / categories);
  for (let i = 0; i < leaves; i++) {
    const parent = Math.floor(i / perCategory);
    rubric.push({
      id: `crit-${i}`,
      name: `C${i + 1} Criterion with a fairly long name to wrap in the table, number ${i + 1}`,
      parentId: `cat-${parent}`,
      localWeight: 1 / perCategory,
      globalWeight: 1 / perCategory / categories,
    });
  }
  const names = Array.from({ length: candidates }, (_, i) => `Candidate ${i + 1} Łódź edition`);
  const evidence = report.snapshot.evidence;
  return {
    ...report,
    snapshot: {
      ...report.snapshot,
      candidateName: names[0],
      text: { ...report.snapshot.text, candidateId: 'cand-0' },
      evidence: {
        ...evidence,
        rubric,
        ranking: {
          ...(evidence.ranking as NonNullable<typeof evidence.ranking>),
          winnerId: 'cand-0',
          candidates: names.map((name, i) => ({
            id: `cand-${i}`,
            name,
            rank: i + 1,
            total: 95 - i * 1.234567,
            completeness: 1 - i / 200,
            knockedOut: false,
            knockouts: [],
          })),
          tiePoints: rubric.slice(categories, categories + 50).map((c, i) => ({
            id: c.id,
            criterion: c.name,
            weight: c.globalWeight,
            tieWeight: c.globalWeight + 0.1,
            change: 0.1 + i / 1000,
          })),
          agreement: {
            ...(evidence.ranking as NonNullable<typeof evidence.ranking>).agreement,
            lowAgreement: rubric
              .slice(categories, categories + 100)
              .map((c) => ({ id: c.id, criterion: c.name, alpha: 0.5 })),
          },
        },
        acceptance: names.map((name, i) => ({
          id: `cand-${i}`,
          name,
          verdict: i % 3 === 0 ? 'ACCEPTED' : i % 3 === 1 ? 'ACCEPTED_WITH_WAIVERS' : 'NOT_ACCEPTED',
          reasons: ['Every mandatory requirement verified', 'A second reason'],
          passRate: 90,
          passed: 90,
          failed: 10,
          waivers: [
            {
              id: `w-${i}`,
              requirement: 'REQ-1',
              rationale: 'Agreed',
              agreedBy: 'Director',
              agreedAt: report.submittedAt,
            },
          ],
          signOffs: [{ id: `s-${i}`, role: 'Test lead', by: 'Tester', at: report.submittedAt, comment: '' }],
        })),
        defects: names.map((name, i) => ({
          id: `cand-${i}`,
          name,
          open: { critical: 1, major: 2, minor: 3, trivial: i },
        })),
        costs: names.map((name, i) => ({ id: `cand-${i}`, name, total: 100000 + i * 1234.5, scorePerTenThousand: 2 })),
      },
    },
  };
}
