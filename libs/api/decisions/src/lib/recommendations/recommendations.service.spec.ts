import { RequestActor } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EVIDENCE_SCHEMA_VERSION, EvaluationRole, RecommendationEvidence } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DecisionsModule } from '../decisions.module';
import { RecommendationEvidenceSource } from '../evidence/evidence-source';
import { RecommendationsService } from './recommendations.service';

/** The edge this feature does not own: the other features' services, answered with fixed evidence. */
@Injectable()
class FixedEvidence extends RecommendationEvidenceSource {
  async assemble(_actor: RequestActor, evaluationId: string): Promise<RecommendationEvidence> {
    return {
      schemaVersion: EVIDENCE_SCHEMA_VERSION,
      assembledAt: '2026-12-01T10:00:00.000Z',
      evaluation: { id: evaluationId, title: 'Library system', currency: 'EUR', costYears: 5 },
      rubric: [],
      ranking: null,
      acceptance: [],
      defects: [],
      contradictedClaims: [],
      referenceChecks: [],
      trainingNeeds: [],
      costs: [{ id: 'c1', name: 'Koha 24.05', total: 123456.78, scorePerTenThousand: 0.0571 }],
    };
  }
}

const MISSING = '00000000-0000-4000-8000-000000000001';

describe('RecommendationsService: the report data', () => {
  let bed: ServiceTestBed;
  let sut: RecommendationsService;
  let lead: RequestActor;
  let director: RequestActor;
  let viewer: RequestActor;
  let outsider: RequestActor;
  let evaluationId: string;
  let candidateId: string;

  beforeAll(async () => {
    bed = await ServiceTestBed.open([DecisionsModule.register({ evidence: FixedEvidence })]);
    sut = bed.get(RecommendationsService);
    lead = await bed.user({ name: 'Lia Lead' });
    director = await bed.user({ name: 'Dora Director' });
    viewer = await bed.user({ name: 'Vic Viewer' });
    outsider = await bed.user({ name: 'Otto Outsider' });
    evaluationId = await bed.evaluation(lead, { status: 'recommendation' });
    await bed.member(evaluationId, director, EvaluationRole.Director);
    await bed.member(evaluationId, viewer, EvaluationRole.Viewer);
    candidateId = await bed.candidate(evaluationId, 'Bibliothèque de Montréal-Nord');
  }, 60_000);
  afterAll(() => bed?.close());

  it('gives the members the draft report of a version under review, and outsiders what a missing id gets', async () => {
    const saved = await sut.save(lead, {
      evaluationId,
      candidateId,
      noneReason: '',
      rationale: 'The best fit.',
      risks: [{ risk: 'Migration', mitigation: 'Trial load' }],
      conditions: '',
      costNotes: '',
    });
    const submitted = await sut.submit(lead, evaluationId, saved.version);
    const versionId = submitted.currentVersion!.id;

    const report = await sut.reportForVersion(viewer, versionId);
    expect(report).toMatchObject({
      kind: 'draft',
      submittedBy: 'Lia Lead',
      decidedAt: null,
      approvals: [],
      reviews: [],
      requiredApprovals: 1,
      snapshot: {
        version: 1,
        candidateName: 'Bibliothèque de Montréal-Nord 1.0',
        text: { candidateId, rationale: 'The best fit.' },
        evidence: { costs: [{ total: 123456.78, scorePerTenThousand: 0.0571 }] },
      },
    });

    const refused = sut.reportForVersion(outsider, versionId);
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const missing = await sut.reportForVersion(outsider, MISSING).catch((e: Error) => e.message);
    expect(await refused.catch((e: Error) => e.message)).toBe(missing);
    await expect(sut.reportForVersion(viewer, 'not-an-id')).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('gives the members the decision’s report with its approvals, exactly the approved snapshot', async () => {
    const recommendation = (await sut.forEvaluation(lead, evaluationId))!;
    const versionId = recommendation.currentVersion!.id;
    await sut.review(director, { versionId, outcome: 'approve', comment: 'Agreed.' });
    const decision = (await sut.decisionFor(viewer, evaluationId))!;

    const report = await sut.reportForDecision(viewer, decision.id);
    expect(report).toMatchObject({
      kind: 'decision',
      submittedBy: 'Lia Lead',
      approvals: [{ director: 'Dora Director', comment: 'Agreed.' }],
      reviews: [{ director: 'Dora Director', outcome: 'approve', comment: 'Agreed.' }],
      requiredApprovals: 1,
    });
    expect(report.decidedAt).toEqual(decision.decidedAt.toISOString());
    expect(JSON.stringify(report.snapshot)).toBe(decision.snapshotJson);
    expect(JSON.stringify(report.snapshot)).toBe(recommendation.currentVersion!.snapshotJson);

    const refused = await sut.reportForDecision(outsider, decision.id).catch((e: Error) => e.message);
    const missing = await sut.reportForDecision(outsider, MISSING).catch((e: Error) => e.message);
    expect(refused).toBe('The decision was not found.');
    expect(refused).toBe(missing);
  });
});
