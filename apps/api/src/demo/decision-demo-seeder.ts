import { AuditService } from '@assay/api/core';
import {
  AcceptanceCriteriaEntity,
  CandidateEntity,
  RequirementEntity,
  RequirementVerificationEntity,
  SettingEntity,
} from '@assay/api/data';
import { isMandatoryRequirement } from '@assay/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DemoEvaluationProfile, EvaluationDemoSeeder, SeededDemoEvaluation } from './evaluation-demo-seeder';

const SEEDED_MARKER = 'demo_decisions_seeded';

/**
 * The end of the path in the demo: "Branch pilot ILS", decided in 2026 (the director approved
 * the lead's recommendation, so its decision and report can be read), and "Shared catalogue for
 * school libraries", whose recommendation waits for the director's review. Both are built from the
 * demo requirements and scores with the candidates in another order (so each has its own
 * ranking); their acceptance evidence is recorded verifications (demonstrations at the vendors'
 * sites), with the pass-rate criterion off because no test plan was run.
 */
export const DECIDED_PILOT: DemoEvaluationProfile = {
  title: 'Branch pilot ILS',
  purpose:
    'Example of a decided evaluation: the library system piloted in three branches in 2026, chosen from the same shortlist and approved by the director; its decision and report no longer change.',
  status: 'recommendation',
  budget: '120000.00',
  startsOn: '2026-01-12',
  endsOn: '2026-07-31',
  candidates: [
    ['ByWater Solutions', 'Koha'],
    ['Equinox Open Library Initiative', 'Evergreen'],
    ['Innovative', 'Polaris'],
    ['Open Library Foundation', 'FOLIO'],
  ],
  requirementsDecided: new Date('2026-02-02T10:00:00Z'),
  roundOpened: new Date('2026-02-16T09:00:00Z'),
  roundRevealed: new Date('2026-03-27T16:00:00Z'),
  consensusSet: new Date('2026-04-01T11:30:00Z'),
};

export const SCHOOLS_IN_REVIEW: DemoEvaluationProfile = {
  title: 'Shared catalogue for school libraries',
  purpose:
    'Example evaluation at the recommendation step: the lead has submitted the recommendation and it waits for the director’s review.',
  status: 'recommendation',
  budget: '80000.00',
  startsOn: '2026-09-07',
  endsOn: '2027-02-26',
  candidates: [
    ['Innovative', 'Polaris'],
    ['Open Library Foundation', 'FOLIO'],
    ['Equinox Open Library Initiative', 'Evergreen'],
    ['ByWater Solutions', 'Koha'],
  ],
  requirementsDecided: new Date('2026-09-28T10:00:00Z'),
  roundOpened: new Date('2026-10-12T09:00:00Z'),
  roundRevealed: new Date('2026-11-20T16:00:00Z'),
  consensusSet: new Date('2026-11-25T11:30:00Z'),
};

@Injectable()
export class DecisionDemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly evaluations: EvaluationDemoSeeder,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242009)');
      if (await manager.existsBy(SettingEntity, { key: SEEDED_MARKER })) return false;
      const pilot = await this.seedWithEvidence(manager, DECIDED_PILOT, DECIDED_PILOT.roundRevealed);
      const schools = await this.seedWithEvidence(manager, SCHOOLS_IN_REVIEW, SCHOOLS_IN_REVIEW.roundRevealed);
      await manager.insert(SettingEntity, { key: SEEDED_MARKER, value: new Date().toISOString() });
      if (pilot && schools)
        this.logger.log(`Demo evaluations "${DECIDED_PILOT.title}" and "${SCHOOLS_IN_REVIEW.title}" created`);
      return !!(pilot && schools);
    });
  }

  /**
   * The evaluation, then its acceptance evidence: every mandatory requirement accepted by
   * demonstration for each candidate but the last, which failed one (so its verdict is "not
   * accepted" for a reason a director can read).
   */
  private async seedWithEvidence(
    manager: EntityManager,
    profile: DemoEvaluationProfile,
    demonstratedAt: Date,
  ): Promise<SeededDemoEvaluation | null> {
    const seeded = await this.evaluations.seedEvaluation(manager, profile);
    if (!seeded) return null;
    const { evaluation, lead } = seeded;
    const candidates = seeded.candidates.filter((c): c is CandidateEntity => !!c);
    await manager.insert(AcceptanceCriteriaEntity, {
      id: evaluation.id,
      mandatoryVerified: true,
      passRateThreshold: 0,
      noOpenCriticalDefects: true,
      noOpenMajorDefects: true,
      minShouldCoverage: null,
      updatedBy: lead.id,
    });
    const mandatory = (await manager.findBy(RequirementEntity, { evaluationId: evaluation.id, status: 'approved' }))
      .filter(isMandatoryRequirement)
      .sort((a, b) => a.code.localeCompare(b.code));
    const rows = candidates.flatMap((candidate, index) =>
      mandatory.map((requirement, r) => {
        const fails = index === candidates.length - 1 && r === 0;
        return {
          candidateId: candidate.id,
          requirementId: requirement.id,
          outcome: fails ? ('rejected' as const) : ('accepted' as const),
          note: fails
            ? 'Example: not shown in the demonstration; the vendor offers it only as paid customisation.'
            : 'Example: shown in the vendor’s demonstration.',
          recordedBy: lead.id,
          recordedAt: new Date(demonstratedAt.getTime() + (index + 1) * 86_400_000),
        };
      }),
    );
    if (rows.length) await manager.insert(RequirementVerificationEntity, rows);
    await this.audit.record(manager, {
      actorId: null,
      objectType: 'evaluation',
      objectId: evaluation.id,
      evaluationId: evaluation.id,
      action: 'created_as_demo',
      after: { acceptance: { verifications: rows.length, passRateThreshold: 0 } },
    });
    return seeded;
  }
}
