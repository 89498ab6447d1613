import { AuditService } from '@assay/api/core';
import {
  CandidateEntity,
  ConflictDeclarationEntity,
  ConsensusScoreEntity,
  CostItemEntity,
  CriterionEntity,
  DepartmentEntity,
  EvaluationEntity,
  EvaluationMemberEntity,
  EvaluationRoleValue,
  LibraryPriorityEntity,
  ProductVersionEntity,
  RequirementEntity,
  RequirementLibraryEntity,
  RequirementLibraryEntryEntity,
  RequirementLibraryItemEntity,
  RequirementLibraryVersionEntity,
  RubricVersionEntity,
  ScoreEntity,
  ScoringRoundEntity,
  SettingEntity,
  TrainingNeedEntity,
  UserEntity,
} from '@assay/api/data';
import { DEFAULT_DESCRIPTORS, RubricService } from '@assay/api/scoring';
import { DEFAULT_VERIFICATION_METHOD, LIBRARY_PRIORITIES, LibraryPriority } from '@assay/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import {
  DEMO_CATEGORY_COMPARISON,
  DEMO_COSTS,
  DEMO_DISAGREEMENT,
  DEMO_EVALUATORS,
  DEMO_REQUIREMENTS,
  DEMO_SCORES,
  DEMO_TRAINING,
  DEMO_TRAINING_HOURLY_RATE,
  DEMO_VERIFICATION,
  demoScore,
} from './evaluation-demo-data';

const SEEDED_MARKER = 'demo_evaluation_seeded';
/** The consortium's demo requirement library, which the demo evaluations start from. */
export const DEMO_LIBRARY_NAME = 'ILS core requirements';

/** Who holds which role in the demo evaluation. */
const MEMBERS: [string, EvaluationRoleValue][] = [
  ['lead@demo.assay.local', 'lead'],
  ['circ.head@demo.assay.local', 'department_head'],
  ['cat.head@demo.assay.local', 'department_head'],
  ...DEMO_EVALUATORS.map((email): [string, EvaluationRoleValue] => [email, 'evaluator']),
  ['tester@demo.assay.local', 'tester'],
  ['director@demo.assay.local', 'director'],
  ['viewer@demo.assay.local', 'viewer'],
];

/** The four shortlisted products: the latest release in the catalogue, or the hosted service's current one. */
const CANDIDATES: [string, string][] = [
  ['Equinox Open Library Initiative', 'Evergreen'],
  ['ByWater Solutions', 'Koha'],
  ['Open Library Foundation', 'FOLIO'],
  ['Innovative', 'Polaris'],
];
const HOSTED_RELEASE = 'Hosted (current release)';

/**
 * What differs between the demo evaluations built from the same requirements and scores: the
 * title, the dates, the status, and the order of the candidates (the demo scores are dealt to the
 * candidates by position, so another order gives another ranking).
 */
export interface DemoEvaluationProfile {
  title: string;
  purpose: string;
  status: EvaluationEntity['status'];
  budget: string;
  startsOn: string;
  endsOn: string;
  candidates: [string, string][];
  requirementsDecided: Date;
  roundOpened: Date;
  roundRevealed: Date;
  consensusSet: Date;
}

/** The demo evaluation "ILS replacement", in scoring (the evaluation runs in 2027). */
export const ILS_REPLACEMENT: DemoEvaluationProfile = {
  title: 'ILS replacement',
  purpose:
    'Example evaluation: choose the integrated library system that replaces the consortium’s current one when its contract ends, for all member libraries.',
  status: 'scoring',
  budget: '450000.00',
  startsOn: '2027-01-11',
  endsOn: '2027-10-29',
  candidates: CANDIDATES,
  requirementsDecided: new Date('2027-02-15T10:00:00Z'),
  roundOpened: new Date('2027-03-01T09:00:00Z'),
  roundRevealed: new Date('2027-04-09T16:00:00Z'),
  consensusSet: new Date('2027-04-14T11:30:00Z'),
};

/** What a seeded demo evaluation is made of, for the seeders that carry it further. */
export interface SeededDemoEvaluation {
  evaluation: EvaluationEntity;
  lead: UserEntity;
  /** Indexed like the profile's candidates; a product missing from the catalogue leaves a gap. */
  candidates: (CandidateEntity | undefined)[];
}

/** Training effort differs by candidate: a familiar interface needs fewer hours. */
const TRAINING_FACTOR = [1, 0.9, 1.4, 0.8];

/**
 * The demo evaluation "ILS replacement", in scoring: members in every role, four shortlisted ILS
 * candidates from the demo catalogue, about 60 requirements from six departments in mixed states,
 * training needs, example costs over seven years, a frozen rubric generated from the approved
 * requirements with category weights by AHP, and a revealed scoring round by four evaluators with
 * one disagreement settled by a consensus score. Runs once, after the demo organisation and
 * catalogue exist.
 */
@Injectable()
export class EvaluationDemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly scoring: RubricService,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242005)');
      if (await manager.existsBy(SettingEntity, { key: SEEDED_MARKER })) return false;
      const evaluation = await this.seedEvaluation(manager, ILS_REPLACEMENT);
      const seeded = evaluation !== null;
      if (evaluation) await this.seedLibraryPriorities(manager, evaluation.evaluation);
      await manager.insert(SettingEntity, { key: SEEDED_MARKER, value: new Date().toISOString() });
      if (seeded) this.logger.log('Demo evaluation "ILS replacement" created');
      return seeded;
    });
  }

  /**
   * One demo evaluation as the profile describes it: members in every role, the shortlisted
   * candidates, the demo requirements, training needs, costs, and (when every candidate and
   * evaluator exists) a frozen rubric and a revealed, scored round. Null when the demo people or
   * departments are missing.
   */
  async seedEvaluation(manager: EntityManager, profile: DemoEvaluationProfile): Promise<SeededDemoEvaluation | null> {
    const users = new Map(
      (await manager.findBy(UserEntity, { email: In(MEMBERS.map(([email]) => email)) })).map((u) => [u.email, u]),
    );
    const departments = new Map((await manager.find(DepartmentEntity)).map((d) => [d.code, d]));
    const lead = users.get('lead@demo.assay.local');
    if (!lead || DEMO_REQUIREMENTS.some(([code]) => !departments.has(code))) {
      this.logger.warn(`Demo evaluation "${profile.title}" skipped: the demo people or departments are missing`);
      return null;
    }
    const evaluation = await manager.save(
      manager.create(EvaluationEntity, {
        title: profile.title,
        purpose: profile.purpose,
        kind: 'selection',
        budget: profile.budget,
        currency: 'USD',
        costYears: 7,
        trainingHourlyRate: DEMO_TRAINING_HOURLY_RATE,
        startsOn: profile.startsOn,
        endsOn: profile.endsOn,
        status: profile.status,
        isDemo: true,
        createdBy: lead.id,
      }),
    );
    await this.audit.record(manager, {
      actorId: null,
      objectType: 'evaluation',
      objectId: evaluation.id,
      evaluationId: evaluation.id,
      action: 'created_as_demo',
      after: { title: evaluation.title },
    });
    for (const [email, role] of MEMBERS) {
      const user = users.get(email);
      if (user)
        await manager.insert(EvaluationMemberEntity, {
          evaluationId: evaluation.id,
          userId: user.id,
          role,
          addedBy: lead.id,
        });
    }

    // Indexed like the profile’s candidates (the columns of the demo scores); a product missing from the catalogue leaves a gap.
    const candidates: (CandidateEntity | undefined)[] = [];
    for (const [vendor, product] of profile.candidates) {
      candidates.push(undefined);
      const [found]: { id: string; product_id: string; version_id: string | null }[] = await manager.query(
        `SELECT p.id, p.id AS product_id, (SELECT pv.id FROM product_version pv WHERE pv.product_id = p.id AND pv.archived_at IS NULL ORDER BY pv.release_date DESC NULLS LAST, pv.name DESC LIMIT 1) AS version_id
           FROM product p JOIN vendor v ON v.id = p.vendor_id WHERE v.name = $1 AND p.name = $2`,
        [vendor, product],
      );
      if (!found) continue;
      let versionId = found.version_id;
      if (!versionId) {
        // Hosted services are offered as one current release rather than numbered versions.
        const version = await manager.save(
          manager.create(ProductVersionEntity, {
            productId: found.product_id,
            name: HOSTED_RELEASE,
            notes: 'Example data: the release the vendor offers in its hosted service during the evaluation.',
          }),
        );
        versionId = version.id;
      }
      candidates[candidates.length - 1] = await manager.save(
        manager.create(CandidateEntity, { evaluationId: evaluation.id, productVersionId: versionId }),
      );
    }

    // A method for a title that is not in the list would silently fall back to test.
    const titles = new Set(DEMO_REQUIREMENTS.map((requirement) => requirement[5]));
    const strays = Object.keys(DEMO_VERIFICATION).filter((title) => !titles.has(title));
    if (strays.length > 0) throw new Error(`Demo verification methods for unknown requirements: ${strays.join('; ')}`);
    const library = await this.ilsCoreLibrary(manager, lead.id, departments);
    const numbers = new Map<string, number>();
    const rows = DEMO_REQUIREMENTS.map(([department, priority, mandatory, status, category, title, description]) => {
      const n = (numbers.get(department) ?? 0) + 1;
      numbers.set(department, n);
      const decided = status !== 'proposed';
      const code = `${department}-${String(n).padStart(3, '0')}`;
      return {
        evaluationId: evaluation.id,
        code,
        libraryItemId: library.items.get(code) ?? null,
        libraryVersion: library.items.has(code) ? library.version : null,
        title,
        description,
        category,
        departmentId: departments.get(department)!.id,
        priority,
        mandatory,
        verificationMethod: DEMO_VERIFICATION[title] ?? DEFAULT_VERIFICATION_METHOD,
        rationale: '',
        status,
        decidedBy: decided ? lead.id : null,
        decidedAt: decided ? profile.requirementsDecided : null,
        decisionComment: status === 'rejected' ? 'Out of scope for this procurement (see description).' : null,
        isDemo: true,
        createdBy: lead.id,
      };
    });
    await manager.createQueryBuilder().insert().into(RequirementEntity).values(rows).execute();

    for (const [index, candidate] of candidates.entries()) {
      if (!candidate) continue;
      for (const [topic, department, people, hours] of DEMO_TRAINING) {
        await manager.insert(TrainingNeedEntity, {
          evaluationId: evaluation.id,
          candidateId: candidate.id,
          departmentId: departments.get(department)!.id,
          topic,
          people,
          hoursPerPerson: Math.round(hours * (TRAINING_FACTOR[index] ?? 1) * 2) / 2,
          notes: 'Example estimate.',
        });
      }
    }

    const costs = candidates.flatMap((candidate, index) =>
      candidate
        ? (DEMO_COSTS[index] ?? []).map(([kind, label, amount]) => ({
            evaluationId: evaluation.id,
            candidateId: candidate.id,
            kind,
            label,
            amount,
            notes: 'Example figure, not a quote.',
            createdBy: lead.id,
          }))
        : [],
    );
    if (costs.length) await manager.insert(CostItemEntity, costs);

    const evaluators = DEMO_EVALUATORS.map((email) => users.get(email));
    if (candidates.some((c) => !c) || evaluators.some((e) => !e)) {
      this.logger.warn('Demo scoring skipped: a shortlisted product or a demo evaluator is missing');
      return { evaluation, lead, candidates };
    }
    await this.seedScoring(
      manager,
      profile,
      evaluation,
      lead,
      candidates as CandidateEntity[],
      evaluators as UserEntity[],
    );
    return { evaluation, lead, candidates };
  }

  /**
   * Four member libraries' priorities, marked by a representative of each: the central library
   * agrees with the requirement's own priority; the eastern branch (its representative heads
   * cataloguing) raises cataloguing and lowers circulation; the small Millbrook library needs
   * little beyond the musts; Harbour marks only circulation and systems. Without audit rows: seeded.
   */
  private async seedLibraryPriorities(manager: EntityManager, evaluation: EvaluationEntity): Promise<void> {
    const representatives: [library: string, email: string][] = [
      ['CEN', 'circ.head@demo.assay.local'],
      ['EAS', 'cat.head@demo.assay.local'],
      ['MIL', 'evaluator@demo.assay.local'],
      ['HAR', 'evaluator3@demo.assay.local'],
    ];
    const people: { id: string; email: string; member_library_id: string | null; code: string | null }[] =
      await manager.query(
        `SELECT u.id, u.email, u.member_library_id, l.code FROM app_user u LEFT JOIN member_library l ON l.id = u.member_library_id
          WHERE u.email = ANY($1::text[])`,
        [representatives.map(([, email]) => email)],
      );
    const requirements: { id: string; department: string; priority: 'must' | 'should' | 'could' | 'wont' }[] =
      await manager.query(
        `SELECT r.id, d.code AS department, r.priority FROM requirement r JOIN department d ON d.id = r.department_id
          WHERE r.evaluation_id = $1 AND r.status <> 'rejected' ORDER BY r.code`,
        [evaluation.id],
      );
    const shift = (priority: LibraryPriority, by: number): LibraryPriority =>
      LIBRARY_PRIORITIES[
        Math.min(LIBRARY_PRIORITIES.length - 1, Math.max(0, LIBRARY_PRIORITIES.indexOf(priority) + by))
      ];
    const rules: Record<string, (r: (typeof requirements)[number]) => LibraryPriority | null> = {
      CEN: (r) => own(r.priority),
      EAS: (r) => shift(own(r.priority), r.department === 'CAT' ? -1 : r.department === 'CIRC' ? 1 : 0),
      MIL: (r) => (r.priority === 'must' ? 'must' : shift(own(r.priority), 1)),
      HAR: (r) => (r.department === 'CIRC' || r.department === 'IT' ? own(r.priority) : null),
    };
    const rows: Partial<LibraryPriorityEntity>[] = [];
    for (const [library, email] of representatives) {
      const person = people.find((p) => p.email === email);
      if (!person?.member_library_id || person.code !== library) continue;
      for (const requirement of requirements) {
        const priority = rules[library](requirement);
        if (priority)
          rows.push({
            requirementId: requirement.id,
            memberLibraryId: person.member_library_id,
            evaluationId: evaluation.id,
            priority,
            markedBy: person.id,
          });
      }
    }
    if (rows.length) await manager.insert(LibraryPriorityEntity, rows);
  }

  /**
   * The consortium's "ILS core requirements" library, version 1 published, holding the demo
   * requirements (their codes, text, priority, knockout flag and verification method): the demo
   * evaluations start from it. Made once; later demo evaluations reuse it.
   */
  private async ilsCoreLibrary(
    manager: EntityManager,
    leadId: string,
    departments: Map<string, DepartmentEntity>,
  ): Promise<{ version: number; items: Map<string, string> }> {
    const version = 1;
    const [existing]: { id: string }[] = await manager.query(
      `SELECT id FROM requirement_library WHERE lower(name) = lower($1)`,
      [DEMO_LIBRARY_NAME],
    );
    let libraryId = existing?.id;
    if (!libraryId) {
      const library = await manager.save(
        manager.create(RequirementLibraryEntity, {
          name: DEMO_LIBRARY_NAME,
          description:
            'Example data: the requirements every member library expects of an integrated library system, agreed by the consortium’s departments.',
          isDemo: true,
          createdBy: leadId,
        }),
      );
      libraryId = library.id;
      const published = await manager.save(
        manager.create(RequirementLibraryVersionEntity, {
          libraryId,
          number: version,
          status: 'published',
          createdBy: leadId,
          publishedBy: leadId,
          publishedAt: new Date('2027-01-20T09:00:00Z'),
        }),
      );
      // Two statements for every item: the items (each code once), then version 1's entries.
      const numbers = new Map<string, number>();
      const codes = DEMO_REQUIREMENTS.map(([department]) => {
        const n = (numbers.get(department) ?? 0) + 1;
        numbers.set(department, n);
        return `${department}-${String(n).padStart(3, '0')}`;
      });
      const inserted = await manager.insert(
        RequirementLibraryItemEntity,
        codes.map((code) => ({ libraryId, code })),
      );
      await manager.insert(
        RequirementLibraryEntryEntity,
        DEMO_REQUIREMENTS.map(([department, priority, mandatory, , category, title, description], i) => ({
          versionId: published.id,
          itemId: inserted.identifiers[i]['id'] as string,
          title,
          description,
          category,
          departmentId: departments.get(department)!.id,
          priority,
          mandatory,
          verificationMethod: DEMO_VERIFICATION[title] ?? DEFAULT_VERIFICATION_METHOD,
          rationale: '',
          proposedFrom: null,
        })),
      );
      await this.audit.record(manager, {
        actorId: null,
        objectType: 'requirement_library',
        objectId: libraryId,
        action: 'created_as_demo',
        after: { name: DEMO_LIBRARY_NAME, version, items: DEMO_REQUIREMENTS.length },
      });
    }
    const items: { id: string; code: string }[] = await manager.query(
      `SELECT id, code FROM requirement_library_item WHERE library_id = $1`,
      [libraryId],
    );
    return { version, items: new Map(items.map((item) => [item.code, item.id])) };
  }

  /**
   * Rubric version 1 generated from the approved requirements as the lead would (the same service
   * code), categories weighed by AHP, frozen by a round that every evaluator has scored and the lead
   * has revealed, with the consensus from the calibration meeting.
   */
  private async seedScoring(
    manager: EntityManager,
    profile: DemoEvaluationProfile,
    evaluation: EvaluationEntity,
    lead: UserEntity,
    candidates: CandidateEntity[],
    evaluators: UserEntity[],
  ): Promise<void> {
    const rubric = await manager.save(
      manager.create(RubricVersionEntity, {
        evaluationId: evaluation.id,
        number: 1,
        scaleMin: 0,
        scaleMax: 3,
        descriptors: DEFAULT_DESCRIPTORS,
        createdBy: lead.id,
      }),
    );
    const criteriaCount = await this.scoring.addCriteriaFromRequirements(manager, rubric);

    const categories = await manager
      .getRepository(CriterionEntity)
      .find({ where: { rubricVersionId: rubric.id, parentId: IsNull() }, order: { position: 'ASC', title: 'ASC' } });
    const order = categories.map((category) => {
      const index = DEMO_CATEGORY_COMPARISON.categories.indexOf(category.title);
      if (index < 0) throw new Error(`Demo data: no AHP judgments for the category "${category.title}"`);
      return index;
    });
    const matrix = order.map((i) => order.map((j) => DEMO_CATEGORY_COMPARISON.matrix[i][j]));
    const { result } = await this.scoring.applyPairwise(manager, rubric, null, matrix);
    rubric.frozenAt = profile.roundOpened;
    await manager.save(rubric);

    const criteria: { id: string; code: string }[] = await manager.query(
      `SELECT c.id, r.code FROM criterion c JOIN criterion_requirement cr ON cr.criterion_id = c.id JOIN requirement r ON r.id = cr.requirement_id WHERE c.rubric_version_id = $1 ORDER BY c.position`,
      [rubric.id],
    );
    const unscored = criteria.filter((c) => !DEMO_SCORES[c.code]);
    if (unscored.length > 0) throw new Error(`Demo data: no scores for ${unscored.map((c) => c.code).join(', ')}`);

    const round = await manager.save(
      manager.create(ScoringRoundEntity, {
        evaluationId: evaluation.id,
        rubricVersionId: rubric.id,
        number: 1,
        status: 'revealed',
        candidateIds: candidates.map((c) => c.id),
        openedBy: lead.id,
        openedAt: profile.roundOpened,
        revealedAt: profile.roundRevealed,
      }),
    );
    await this.seedDeclarations(manager, profile, evaluation, lead, candidates, evaluators);
    const scores = criteria.flatMap((criterion, i) =>
      candidates.flatMap((candidate, c) =>
        evaluators.map((evaluator, e) => {
          const { value, comment } = demoScore(criterion.code, c, e);
          // Each evaluator works through the rubric over the weeks the round is open.
          const updatedAt = new Date(profile.roundOpened.getTime() + (e * 3 + c + (i % 7)) * 86_400_000 + i * 60_000);
          return {
            roundId: round.id,
            evaluatorId: evaluator.id,
            candidateId: candidate.id,
            criterionId: criterion.id,
            value,
            comment,
            updatedAt,
          };
        }),
      ),
    );
    await manager.createQueryBuilder().insert().into(ScoreEntity).values(scores).execute();

    const disputed = criteria.find((c) => c.code === DEMO_DISAGREEMENT.code)!;
    const consensus = {
      roundId: round.id,
      candidateId: candidates[DEMO_DISAGREEMENT.candidate].id,
      criterionId: disputed.id,
      value: DEMO_DISAGREEMENT.consensus,
      note: DEMO_DISAGREEMENT.note,
      setBy: lead.id,
      setAt: profile.consensusSet,
    };
    await manager.insert(ConsensusScoreEntity, consensus);

    await this.audit.record(manager, {
      actorId: null,
      objectType: 'rubric_version',
      objectId: rubric.id,
      evaluationId: evaluation.id,
      action: 'created_as_demo',
      after: {
        number: rubric.number,
        criteria: criteriaCount,
        categories: categories.length,
        cr: Math.round(result.cr * 1e6) / 1e6,
        frozen: true,
      },
    });
    await this.audit.record(manager, {
      actorId: null,
      objectType: 'scoring_round',
      objectId: round.id,
      evaluationId: evaluation.id,
      action: 'created_as_demo',
      after: {
        number: round.number,
        status: round.status,
        candidates: candidates.length,
        evaluators: evaluators.length,
        scores: scores.length,
        consensus: [
          {
            candidateId: consensus.candidateId,
            criterionId: consensus.criterionId,
            value: consensus.value,
            note: consensus.note,
          },
        ],
      },
    });
  }
  /**
   * Every demo evaluator declared their conflicts of interest before scoring (a revealed round
   * needs it): "no conflict" for each vendor, except the first evaluator, a former employee of the
   * first candidate's vendor, whom the lead let score it anyway — with the reason on record.
   */
  private async seedDeclarations(
    manager: EntityManager,
    profile: DemoEvaluationProfile,
    evaluation: EvaluationEntity,
    lead: UserEntity,
    candidates: CandidateEntity[],
    evaluators: UserEntity[],
  ): Promise<void> {
    const vendors: { vendor_id: string; vendor_name: string; first: boolean }[] = await manager.query(
      `SELECT p.vendor_id, v.name AS vendor_name, bool_or(c.id = $2) AS first
         FROM candidate c JOIN product_version pv ON pv.id = c.product_version_id JOIN product p ON p.id = pv.product_id
         JOIN vendor v ON v.id = p.vendor_id
        WHERE c.id = ANY($1::uuid[]) GROUP BY p.vendor_id, v.name ORDER BY v.name`,
      [candidates.map((c) => c.id), candidates[0]?.id ?? null],
    );
    const declaredAt = new Date(profile.roundOpened.getTime() + 3_600_000);
    for (const [e, evaluator] of evaluators.entries()) {
      for (const vendor of vendors) {
        const conflict = e === 0 && vendor.first;
        const row = await manager.save(
          manager.create(ConflictDeclarationEntity, {
            evaluationId: evaluation.id,
            evaluatorId: evaluator.id,
            vendorId: vendor.vendor_id,
            conflict,
            description: conflict ? `Former employee of ${vendor.vendor_name} (left in 2019; no shares)` : '',
            declaredAt,
            ...(conflict
              ? {
                  overrideBy: lead.id,
                  overrideReason:
                    'Left seven years ago with no financial interest; the panel needs the migration experience.',
                  overriddenAt: new Date(declaredAt.getTime() + 86_400_000),
                  version: 2,
                }
              : {}),
          }),
        );
        await this.audit.record(manager, {
          actorId: null,
          objectType: 'conflict_declaration',
          objectId: row.id,
          evaluationId: evaluation.id,
          action: 'created_as_demo',
          occurredAt: declaredAt,
          after: {
            evaluatorId: evaluator.id,
            vendorId: vendor.vendor_id,
            conflict,
            description: row.description,
            ...(conflict ? { overrideReason: row.overrideReason } : {}),
          },
        });
      }
    }
  }
}

/** A requirement's own priority as a library's mark ("won't" is "not needed"). */
function own(priority: 'must' | 'should' | 'could' | 'wont'): LibraryPriority {
  return priority === 'wont' ? 'not_needed' : priority;
}
