import { AuditService } from '@assay/api/core';
import { CandidateEntity, DepartmentEntity, EvaluationEntity, EvaluationMemberEntity, EvaluationRoleValue, ProductVersionEntity, RequirementEntity, SettingEntity, TrainingNeedEntity, UserEntity } from '@assay/api/data';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { DEMO_REQUIREMENTS, DEMO_TRAINING } from './evaluation-demo-data';

const SEEDED_MARKER = 'demo_evaluation_seeded';

/** Who holds which role in the demo evaluation. */
const MEMBERS: [string, EvaluationRoleValue][] = [
  ['lead@demo.assay.local', 'lead'],
  ['circ.head@demo.assay.local', 'department_head'],
  ['cat.head@demo.assay.local', 'department_head'],
  ['evaluator@demo.assay.local', 'evaluator'],
  ['circ.head@demo.assay.local', 'evaluator'],
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

/** Training effort differs by candidate: a familiar interface needs fewer hours. */
const TRAINING_FACTOR = [1, 0.9, 1.4, 0.8];

/**
 * The demo evaluation "ILS replacement": members in every role, four shortlisted ILS candidates
 * from the demo catalogue, about 60 requirements from six departments in mixed states, and
 * training needs. Runs once, after the demo organisation and catalogue exist.
 */
@Injectable()
export class EvaluationDemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242005)');
      if (await manager.existsBy(SettingEntity, { key: SEEDED_MARKER })) return false;
      const seeded = await this.seed(manager);
      await manager.insert(SettingEntity, { key: SEEDED_MARKER, value: new Date().toISOString() });
      if (seeded) this.logger.log('Demo evaluation "ILS replacement" created');
      return seeded;
    });
  }

  private async seed(manager: EntityManager): Promise<boolean> {
    const users = new Map((await manager.findBy(UserEntity, { email: In(MEMBERS.map(([email]) => email)) })).map((u) => [u.email, u]));
    const departments = new Map((await manager.find(DepartmentEntity)).map((d) => [d.code, d]));
    const lead = users.get('lead@demo.assay.local');
    if (!lead || DEMO_REQUIREMENTS.some(([code]) => !departments.has(code))) {
      this.logger.warn('Demo evaluation skipped: the demo people or departments are missing');
      return false;
    }
    const evaluation = await manager.save(
      manager.create(EvaluationEntity, {
        title: 'ILS replacement',
        purpose: 'Example evaluation: choose the integrated library system that replaces the consortium’s current one when its contract ends, for all member libraries.',
        kind: 'selection',
        budget: '450000.00',
        currency: 'USD',
        startsOn: '2027-01-11',
        endsOn: '2027-10-29',
        status: 'requirements',
        isDemo: true,
        createdBy: lead.id,
      }),
    );
    await this.audit.record(manager, { actorId: null, objectType: 'evaluation', objectId: evaluation.id, evaluationId: evaluation.id, action: 'created_as_demo', after: { title: evaluation.title } });
    for (const [email, role] of MEMBERS) {
      const user = users.get(email);
      if (user) await manager.insert(EvaluationMemberEntity, { evaluationId: evaluation.id, userId: user.id, role, addedBy: lead.id });
    }

    const candidates: CandidateEntity[] = [];
    for (const [vendor, product] of CANDIDATES) {
      const [found]: { id: string; product_id: string; version_id: string | null }[] = await manager.query(
        `SELECT p.id, p.id AS product_id, (SELECT pv.id FROM product_version pv WHERE pv.product_id = p.id AND pv.archived_at IS NULL ORDER BY pv.release_date DESC NULLS LAST, pv.name DESC LIMIT 1) AS version_id
           FROM product p JOIN vendor v ON v.id = p.vendor_id WHERE v.name = $1 AND p.name = $2`,
        [vendor, product],
      );
      if (!found) continue;
      let versionId = found.version_id;
      if (!versionId) {
        // Hosted services are offered as one current release rather than numbered versions.
        const version = await manager.save(manager.create(ProductVersionEntity, { productId: found.product_id, name: HOSTED_RELEASE, notes: 'Example data: the release the vendor offers in its hosted service during the evaluation.' }));
        versionId = version.id;
      }
      candidates.push(await manager.save(manager.create(CandidateEntity, { evaluationId: evaluation.id, productVersionId: versionId })));
    }

    const numbers = new Map<string, number>();
    const rows = DEMO_REQUIREMENTS.map(([department, priority, mandatory, status, category, title, description]) => {
      const n = (numbers.get(department) ?? 0) + 1;
      numbers.set(department, n);
      const decided = status !== 'proposed';
      return {
        evaluationId: evaluation.id,
        code: `${department}-${String(n).padStart(3, '0')}`,
        title,
        description,
        category,
        departmentId: departments.get(department)!.id,
        priority,
        mandatory,
        rationale: '',
        status,
        decidedBy: decided ? lead.id : null,
        decidedAt: decided ? new Date('2027-02-15T10:00:00Z') : null,
        decisionComment: status === 'rejected' ? 'Out of scope for this procurement (see description).' : null,
        isDemo: true,
        createdBy: lead.id,
      };
    });
    await manager.createQueryBuilder().insert().into(RequirementEntity).values(rows).execute();

    for (const [index, candidate] of candidates.entries()) {
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
    return true;
  }
}
