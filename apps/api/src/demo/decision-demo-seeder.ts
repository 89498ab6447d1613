import { AuditService, RequestActor } from '@assay/api/core';
import { RecommendationsService } from '@assay/api/decisions';
import {
  AcceptanceCriteriaEntity,
  CandidateEntity,
  RequirementEntity,
  RequirementVerificationEntity,
  SettingEntity,
  UserEntity,
} from '@assay/api/data';
import { isMandatoryRequirement, RecommendationEvidence } from '@assay/domain';
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
    private readonly recommendations: RecommendationsService,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    const seeded = await this.seedEvaluations();
    if (!seeded) return false;
    // Through the service, as the demo lead and director would, once the evaluations are committed
    // (it runs its own transactions): the evidence is assembled by the same code as for anyone.
    try {
      await this.recommend(seeded.pilot, 'approve');
      await this.recommend(seeded.schools, null);
    } catch (error) {
      this.logger.warn(`Demo recommendations incomplete: ${(error as Error).message}`);
    }
    return true;
  }

  private seedEvaluations(): Promise<{ pilot: SeededDemoEvaluation; schools: SeededDemoEvaluation } | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242009)');
      if (await manager.existsBy(SettingEntity, { key: SEEDED_MARKER })) return null;
      const pilot = await this.seedWithEvidence(manager, DECIDED_PILOT, DECIDED_PILOT.roundRevealed);
      const schools = await this.seedWithEvidence(manager, SCHOOLS_IN_REVIEW, SCHOOLS_IN_REVIEW.roundRevealed);
      await manager.insert(SettingEntity, { key: SEEDED_MARKER, value: new Date().toISOString() });
      if (!pilot || !schools) return null;
      this.logger.log(`Demo evaluations "${DECIDED_PILOT.title}" and "${SCHOOLS_IN_REVIEW.title}" created`);
      return { pilot, schools };
    });
  }

  /**
   * The demo lead recommends the ranking's winner and submits; with `approve`, the demo director
   * approves it, which records the decision and decides the evaluation.
   */
  private async recommend(seeded: SeededDemoEvaluation, outcome: 'approve' | null): Promise<void> {
    const lead = actorOf(seeded.lead);
    const directorUser = await this.dataSource
      .getRepository(UserEntity)
      .findOneBy({ email: 'director@demo.assay.local' });
    if (!directorUser) return;
    const evaluationId = seeded.evaluation.id;
    const evidence = JSON.parse(await this.recommendations.evidenceJson(lead, evaluationId)) as RecommendationEvidence;
    const winner = evidence.ranking?.candidates.find((c) => c.id === evidence.ranking?.winnerId);
    const cost = evidence.costs.find((c) => c.id === winner?.id);
    const saved = await this.recommendations.save(lead, {
      evaluationId,
      candidateId: winner?.id ?? null,
      noneReason: winner ? '' : 'Example: no candidate was ranked.',
      rationale: winner
        ? `Example rationale: ${winner.name} ranks first on the panel’s scores, holds its place when the weights move, and was accepted on every mandatory requirement in the vendors’ demonstrations.`
        : 'Example rationale.',
      risks: [
        {
          risk: 'Example: the data migration from the current system takes longer than planned.',
          mitigation: 'A trial load of one branch’s records in the vendor’s sandbox before the contract is signed.',
        },
        {
          risk: 'Example: staff need more training than estimated.',
          mitigation: 'Train the trainers in each department first; keep a reserve in the training budget.',
        },
      ],
      conditions:
        'Example: hosting in the country, an exit clause with a full data export, and the price held for three years.',
      costNotes: cost
        ? `Example: the total cost of ownership over ${evidence.evaluation.costYears ?? 'the contract’s'} years is ${Math.round(cost.total).toLocaleString('en')} ${evidence.evaluation.currency}.`
        : '',
    });
    const submitted = await this.recommendations.submit(lead, evaluationId, saved.version);
    if (outcome && submitted.currentVersion) {
      await this.recommendations.review(actorOf(directorUser), {
        versionId: submitted.currentVersion.id,
        outcome,
        comment: 'Example: agreed — the ranking is stable and the acceptance evidence is complete.',
      });
    }
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

function actorOf(user: UserEntity): RequestActor {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    globalRole: user.globalRole,
    mustChangePassword: false,
  };
}
