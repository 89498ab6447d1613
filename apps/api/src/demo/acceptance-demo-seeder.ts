import { AuditService, Notifier } from '@assay/api/core';
import { SettingEntity, UserEntity } from '@assay/api/data';
import { CLAIMS_OF_COMPLIANCE, DEFECT_RETEST_DAYS, VendorClaimLevel } from '@assay/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  CLAIM_OF_SCORE,
  DEMO_CLAIM_ANSWERS,
  DEMO_DEFECTS,
  DEMO_INSTALLATIONS,
  DEMO_UPGRADE_DEFECT,
  DEMO_WAIVER,
  DemoDefect,
} from './acceptance-demo-data';
import { DEMO_SCORES } from './evaluation-demo-data';

const SEEDED_MARKER = 'demo_acceptance_seeded';
const UPGRADE_MARKER = 'demo_acceptance_upgrade_seeded';
const INSTALLATIONS_MARKER = 'demo_installations_seeded';
/** The order of DEMO_SCORES' columns. */
const SCORED_PRODUCTS = ['Evergreen', 'Koha', 'FOLIO', 'Polaris'];
/** When the vendors' answer sheets came in (the demo evaluation runs in 2027). */
const CLAIMS_RECEIVED = new Date('2027-02-15T09:00:00Z');
const DAY = 86_400_000;

/**
 * The demo evaluation's acceptance evidence, after its test runs exist: the four vendors' RFP
 * answers (two of them contradicted by the tests), a dozen defects across their lifecycle raised
 * from the failed results, and a waiver the demo director agreed to; and the upgrade plan's defect
 * on its newly failing case. Each part runs once (a marker each).
 */
@Injectable()
export class AcceptanceDemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    const evaluation = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242008)');
      if (await manager.existsBy(SettingEntity, { key: SEEDED_MARKER })) return false;
      const seeded = await this.seed(manager);
      await manager.insert(SettingEntity, { key: SEEDED_MARKER, value: new Date().toISOString() });
      if (seeded) this.logger.log('Demo vendor claims, defects and a waiver created');
      return seeded;
    });
    const upgrade = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242009)');
      if (await manager.existsBy(SettingEntity, { key: UPGRADE_MARKER })) return false;
      const seeded = await this.seedUpgradeDefect(manager);
      await manager.insert(SettingEntity, { key: UPGRADE_MARKER, value: new Date().toISOString() });
      return seeded;
    });
    const installations = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242010)');
      if (await manager.existsBy(SettingEntity, { key: INSTALLATIONS_MARKER })) return false;
      const seeded = await this.seedInstallations(manager);
      await manager.insert(SettingEntity, { key: INSTALLATIONS_MARKER, value: new Date().toISOString() });
      if (seeded) this.logger.log('Demo installation record of Evergreen created');
      return seeded;
    });
    return evaluation || upgrade || installations;
  }

  private async people(manager: EntityManager): Promise<Map<string, UserEntity>> {
    // The circulation head reports from the reference desk.
    const emails = ['lead', 'director', 'tester', 'circ.head', 'admin'].map((role) => `${role}@demo.assay.local`);
    return new Map(
      (await manager.findBy(UserEntity, { email: In(emails) })).map((user) => [
        user.email.split('@')[0].replace('circ.', ''),
        user,
      ]),
    );
  }

  private async seed(manager: EntityManager): Promise<boolean> {
    const [evaluation]: { id: string }[] = await manager.query(
      `SELECT id FROM evaluation WHERE title = 'ILS replacement' AND is_demo ORDER BY created_at LIMIT 1`,
    );
    const people = await this.people(manager);
    const [lead, director, tester, head] = ['lead', 'director', 'tester', 'head'].map((key) => people.get(key));
    if (!evaluation || !lead || !director || !tester || !head) {
      this.logger.warn('Demo acceptance evidence skipped: the demo evaluation or its people are missing');
      return false;
    }
    const candidates = new Map(
      (
        (await manager.query(
          `SELECT p.name AS product, c.id, c.product_version_id AS "versionId", pv.name AS "versionName"
             FROM candidate c JOIN product_version pv ON pv.id = c.product_version_id JOIN product p ON p.id = pv.product_id
            WHERE c.evaluation_id = $1`,
          [evaluation.id],
        )) as { product: string; id: string; versionId: string; versionName: string }[]
      ).map((row) => [row.product, row]),
    );
    const requirements = new Map(
      (
        (await manager.query('SELECT id, code FROM requirement WHERE evaluation_id = $1', [evaluation.id])) as {
          id: string;
          code: string;
        }[]
      ).map((row) => [row.code, row.id]),
    );
    // The latest failed or blocked result of each acceptance case per product, and the requirements it verifies.
    const troubles: { id: string; product: string; title: string; status: string; codes: string[] | null }[] =
      await manager.query(
        `SELECT tr.id, p.name AS product, v.title, tr.status,
                (SELECT array_agg(r.code) FROM test_case_requirement l JOIN requirement r ON r.id = l.requirement_id
                  WHERE l.case_id = tr.case_id) AS codes
           FROM test_result tr
           JOIN test_run t ON t.id = tr.run_id
           JOIN test_plan pl ON pl.id = t.plan_id AND pl.is_demo AND pl.evaluation_id = $1
           JOIN product_version pv ON pv.id = t.product_version_id
           JOIN product p ON p.id = pv.product_id
           JOIN test_case_version v ON v.case_id = tr.case_id AND v.case_version = tr.case_version
          WHERE tr.status IN ('failed', 'blocked')
          ORDER BY t.created_at, tr.id`,
        [evaluation.id],
      );

    await this.seedClaims(manager, evaluation.id, candidates, requirements, troubles, lead.id);
    await this.seedDefects(manager, evaluation.id, candidates, troubles, { tester, head, lead });

    const waived = candidates.get(DEMO_WAIVER.product);
    const requirementId = requirements.get(DEMO_WAIVER.requirement);
    if (waived && requirementId) {
      const [waiver]: { id: string }[] = await manager.query(
        `INSERT INTO acceptance_waiver (candidate_id, requirement_id, rationale, state, proposed_by, decided_by, decided_at,
                                        decision_comment, created_at, updated_at)
         VALUES ($1, $2, $3, 'agreed', $4, $5, $6, $7, $8, $6) RETURNING id`,
        [
          waived.id,
          requirementId,
          DEMO_WAIVER.rationale,
          lead.id,
          director.id,
          DEMO_WAIVER.decidedAt,
          DEMO_WAIVER.comment,
          DEMO_WAIVER.proposedAt,
        ],
      );
      await this.audit.record(manager, {
        actorId: null,
        objectType: 'waiver',
        objectId: waiver.id,
        evaluationId: evaluation.id,
        action: 'created_as_demo',
        after: { requirement: DEMO_WAIVER.requirement, candidate: DEMO_WAIVER.product, state: 'agreed' },
      });
      await this.notifier.notify(manager, {
        recipients: [lead.id],
        kind: 'waiver_agreed',
        actorId: director.id,
        evaluationId: evaluation.id,
        objectId: waiver.id,
        subject: `${DEMO_WAIVER.requirement} for ${DEMO_WAIVER.product}`,
      });
    }
    // The fixed defects wait for the tester's retest: what the bell shows them first.
    const fixed: { id: string; key: string; title: string }[] = await manager.query(
      `SELECT id, key, title FROM defect WHERE evaluation_id = $1 AND status = 'fixed' ORDER BY number`,
      [evaluation.id],
    );
    for (const defect of fixed) {
      await this.notifier.notify(manager, {
        recipients: [tester.id],
        kind: 'follow_up_due',
        actorId: lead.id,
        evaluationId: evaluation.id,
        objectId: defect.id,
        subject: `${defect.key} ${defect.title}`,
      });
    }
    return true;
  }

  /**
   * Every candidate's answer to every scored requirement: the panel's usual score read as a claim,
   * unless DEMO_CLAIM_ANSWERS says otherwise. A requirement whose test failed on the candidate gets
   * an honest answer unless it is one of the two contradicted claims named there.
   */
  private async seedClaims(
    manager: EntityManager,
    evaluationId: string,
    candidates: Map<string, { id: string }>,
    requirements: Map<string, string>,
    troubles: { product: string; status: string; codes: string[] | null }[],
    leadId: string,
  ): Promise<void> {
    const failing = new Set(
      troubles
        .filter((t) => t.status === 'failed')
        .flatMap((t) => (t.codes ?? []).map((code) => `${t.product}:${code}`)),
    );
    for (const [column, product] of SCORED_PRODUCTS.entries()) {
      const candidate = candidates.get(product);
      if (!candidate) continue;
      for (const [code, scores] of Object.entries(DEMO_SCORES)) {
        const requirementId = requirements.get(code);
        if (!requirementId) continue;
        const answer = DEMO_CLAIM_ANSWERS[product]?.[code];
        let claim: VendorClaimLevel = answer?.claim ?? CLAIM_OF_SCORE[scores[column]] ?? 'not_met';
        if (!answer && failing.has(`${product}:${code}`) && CLAIMS_OF_COMPLIANCE.includes(claim))
          claim = 'customisation';
        await manager.query(
          `INSERT INTO vendor_claim (evaluation_id, candidate_id, requirement_id, claim, roadmap_date, comment, updated_by,
                                     created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
          [
            evaluationId,
            candidate.id,
            requirementId,
            claim,
            answer?.roadmapDate ?? null,
            answer?.comment ?? '',
            leadId,
            CLAIMS_RECEIVED,
          ],
        );
      }
    }
  }

  private async seedDefects(
    manager: EntityManager,
    evaluationId: string,
    candidates: Map<string, { id: string; versionId: string; versionName: string }>,
    troubles: { id: string; product: string; title: string }[],
    people: { tester: UserEntity; head: UserEntity; lead: UserEntity },
  ): Promise<void> {
    const ids = new Map<string, string>();
    for (const [i, defect] of DEMO_DEFECTS.entries()) {
      const candidate = candidates.get(defect.product);
      if (!candidate) continue;
      const result = defect.fromCase
        ? troubles.find((t) => t.product === defect.product && t.title === defect.fromCase)
        : undefined;
      const id = await this.insertDefect(manager, defect, {
        scope: { evaluationId, productId: null, candidateId: candidate.id },
        number: i + 1,
        versionId: candidate.versionId,
        foundIn: `${defect.product} ${candidate.versionName}`,
        reporterId: defect.byHead ? people.head.id : people.tester.id,
        duplicateOfId: defect.duplicateOf ? (ids.get(defect.duplicateOf) ?? null) : null,
        resultId: result?.id ?? null,
        evaluationId,
      });
      ids.set(defect.title, id);
    }
  }

  private async insertDefect(
    manager: EntityManager,
    defect: Omit<DemoDefect, 'product'>,
    at: {
      scope: { evaluationId: string | null; productId: string | null; candidateId: string | null };
      number: number;
      versionId: string;
      foundIn: string;
      reporterId: string;
      duplicateOfId: string | null;
      resultId: string | null;
      evaluationId: string | null;
    },
  ): Promise<string> {
    const resolved = defect.resolvedAt ?? null;
    const retestDue =
      defect.status === 'fixed' && resolved ? new Date(resolved.getTime() + DEFECT_RETEST_DAYS * DAY) : null;
    const [saved]: { id: string }[] = await manager.query(
      `INSERT INTO defect (evaluation_id, product_id, candidate_id, product_version_id, number, key, title, description,
                           severity, component, found_in_version, vendor_ticket_ref, resolution_notes, status,
                           wont_fix_reason, duplicate_of_id, fixed_in_version, retest_due_at, resolved_at, reporter_id,
                           is_demo, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, true, $21, $22)
       RETURNING id`,
      [
        at.scope.evaluationId,
        at.scope.productId,
        at.scope.candidateId,
        at.versionId,
        at.number,
        `D-${at.number}`,
        defect.title,
        defect.description,
        defect.severity,
        defect.component,
        at.foundIn,
        defect.vendorTicketRef ?? '',
        defect.resolutionNotes ?? '',
        defect.status,
        defect.wontFixReason ?? null,
        at.duplicateOfId,
        defect.fixedInVersion ?? null,
        retestDue,
        resolved,
        at.reporterId,
        defect.reportedAt,
        resolved ?? defect.reportedAt,
      ],
    );
    if (at.resultId) {
      await manager.query(
        'INSERT INTO defect_result (defect_id, result_id, linked_by, linked_at) VALUES ($1, $2, $3, $4)',
        [saved.id, at.resultId, at.reporterId, defect.reportedAt],
      );
    }
    // Its history in the demo's timeline: reported, then moved to where it is now.
    const first = defect.status === 'triage' ? 'triage' : 'open';
    await this.audit.record(manager, {
      actorId: null,
      objectType: 'defect',
      objectId: saved.id,
      evaluationId: at.evaluationId,
      action: 'created_as_demo',
      after: { key: `D-${at.number}`, title: defect.title, status: first },
      occurredAt: defect.reportedAt,
    });
    if (defect.status !== first) {
      await this.audit.record(manager, {
        actorId: null,
        objectType: 'defect',
        objectId: saved.id,
        evaluationId: at.evaluationId,
        action: 'status_set',
        before: { status: first },
        after: { status: defect.status },
        occurredAt: resolved ?? new Date(defect.reportedAt.getTime() + 2 * DAY),
      });
    }
    return saved.id;
  }

  /** The demo product in use's installation record, its last entries accepted by the upgrade plan's runs. */
  private async seedInstallations(manager: EntityManager): Promise<boolean> {
    const [plan]: { id: string; productId: string }[] = await manager.query(
      `SELECT id, product_id AS "productId" FROM test_plan WHERE is_demo AND product_id IS NOT NULL
        ORDER BY created_at LIMIT 1`,
    );
    const people = await this.people(manager);
    if (!plan || !people.get('admin') || !people.get('tester')) {
      this.logger.warn('Demo installations skipped: the upgrade plan or the demo people are missing');
      return false;
    }
    const versions = new Map(
      (
        (await manager.query('SELECT id, name FROM product_version WHERE product_id = $1', [plan.productId])) as {
          id: string;
          name: string;
        }[]
      ).map((row) => [row.name, row.id]),
    );
    const runs: { id: string; build: string; versionId: string }[] = await manager.query(
      `SELECT id, build_label AS build, product_version_id AS "versionId" FROM test_run WHERE plan_id = $1`,
      [plan.id],
    );
    for (const entry of DEMO_INSTALLATIONS) {
      const versionId = versions.get(entry.version);
      if (!versionId) throw new Error(`Demo data: Evergreen ${entry.version} is missing`);
      const run = entry.acceptedByBuild
        ? runs.find((candidate) => candidate.build === entry.acceptedByBuild && candidate.versionId === versionId)
        : undefined;
      if (entry.acceptedByBuild && !run) throw new Error(`Demo data: no upgrade run of build ${entry.acceptedByBuild}`);
      const appliedBy = people.get(entry.appliedBy)!.id;
      const at = new Date(`${entry.installedOn}T18:00:00Z`);
      const [saved]: { id: string }[] = await manager.query(
        `INSERT INTO installations (product_id, product_version_id, kind, installed_on, applied_by_id, accepting_run_id,
                                    notes, is_demo, created_by, updated_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true, $5, $5, $8, $8) RETURNING id`,
        [plan.productId, versionId, entry.kind, entry.installedOn, appliedBy, run?.id ?? null, entry.notes, at],
      );
      await this.audit.record(manager, {
        actorId: null,
        objectType: 'installation',
        objectId: saved.id,
        action: 'created_as_demo',
        after: { kind: entry.kind, installedOn: entry.installedOn, productVersionId: versionId },
        occurredAt: at,
      });
    }
    return true;
  }

  /** The upgrade plan's newly failing overlay case on 3.14, with its defect on the product in use. */
  private async seedUpgradeDefect(manager: EntityManager): Promise<boolean> {
    const [found]: { resultId: string; productId: string; versionId: string }[] = await manager.query(
      `SELECT tr.id AS "resultId", pl.product_id AS "productId", t.product_version_id AS "versionId"
         FROM test_result tr
         JOIN test_run t ON t.id = tr.run_id
         JOIN test_plan pl ON pl.id = t.plan_id AND pl.is_demo AND pl.product_id IS NOT NULL
         JOIN test_case_version v ON v.case_id = tr.case_id AND v.case_version = tr.case_version
        WHERE tr.status = 'failed' AND v.title = $1 AND t.product_version_id = pl.target_version_id
        LIMIT 1`,
      [DEMO_UPGRADE_DEFECT.fromCase],
    );
    const tester = (await this.people(manager)).get('tester');
    if (!found || !tester) {
      this.logger.warn('Demo upgrade defect skipped: the upgrade plan’s failed overlay result is missing');
      return false;
    }
    const [{ next }]: { next: number }[] = await manager.query(
      'SELECT coalesce(max(number), 0) + 1 AS next FROM defect WHERE product_id = $1',
      [found.productId],
    );
    await this.insertDefect(
      manager,
      { ...DEMO_UPGRADE_DEFECT, status: 'open' },
      {
        scope: { evaluationId: null, productId: found.productId, candidateId: null },
        number: next,
        versionId: found.versionId,
        foundIn: 'Evergreen 3.14 (3.14.2)',
        reporterId: tester.id,
        duplicateOfId: null,
        resultId: found.resultId,
        evaluationId: null,
      },
    );
    return true;
  }
}
