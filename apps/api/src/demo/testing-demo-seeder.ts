import { AuditService } from '@assay/api/core';
import { SettingEntity, TestResultStatus, UserEntity } from '@assay/api/data';
import { JUnitImportService } from '@assay/api/testing';
import { testCaseKey } from '@assay/domain';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  DEMO_TEST_CASES,
  DEMO_TEST_NOTES,
  DEMO_TEST_OUTCOMES,
  DEMO_UPGRADE_CASES,
  DEMO_UPGRADE_NOTES,
  DEMO_UPGRADE_OUTCOMES,
  DemoOutcome,
} from './testing-demo-data';
import { DEMO_JUNIT_CASE_KEYS, DEMO_JUNIT_REPORT } from './testing-demo-junit';

const SEEDED_MARKER = 'demo_testing_seeded';
/** Each part has its own marker, so a database seeded before a part existed gets that part once. */
const UPGRADE_MARKER = 'demo_testing_upgrade_seeded';
const JUNIT_MARKER = 'demo_testing_junit_imported';
/** The acceptance run whose automated cases come from the CI report rather than from the tester's hand. */
const IMPORTED_RUN_PRODUCT = 'Evergreen';

const STATUS: Record<DemoOutcome, TestResultStatus> = {
  p: 'passed',
  f: 'failed',
  b: 'blocked',
  s: 'skipped',
  r: 'retest',
  u: 'untested',
};

/** The two sandboxes the demo plan ran in, with the build tested and when the testing week began. */
const RUNS: { product: string; build: string; outcomes: DemoOutcome[]; from: Date }[] = [
  { product: 'Koha', build: '24.11.03', outcomes: DEMO_TEST_OUTCOMES.koha, from: new Date('2027-05-03T09:00:00Z') },
  {
    product: 'Evergreen',
    build: '3.15.2',
    outcomes: DEMO_TEST_OUTCOMES.evergreen,
    from: new Date('2027-05-10T09:00:00Z'),
  },
];

/** The first case was revised between the two sandboxes, so the demo shows a case with two versions. */
const REVISED_STEP: [string, string] = [
  'Choose Riverbend Central as pickup location, add a note for staff and confirm.',
  'The hold is placed with the note; the patron account lists it.',
];

/**
 * The demo evaluation's acceptance test plan: about 40 cases with steps, each linked to the
 * requirements it verifies, and two runs (the Koha and Evergreen vendor sandboxes) with mixed
 * results, assigned to the demo tester. Runs once, after the demo evaluation exists.
 */
@Injectable()
export class TestingDemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly junit: JUnitImportService,
  ) {}

  /** Seeds each part that is missing; true when anything was created. */
  async seedIfEmpty(): Promise<boolean> {
    const acceptance = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242006)');
      if (await manager.existsBy(SettingEntity, { key: SEEDED_MARKER })) return false;
      const seeded = await this.seed(manager);
      await manager.insert(SettingEntity, { key: SEEDED_MARKER, value: new Date().toISOString() });
      if (seeded) this.logger.log('Demo test plan "Acceptance testing" created');
      return seeded;
    });
    const upgrade = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242007)');
      if (await manager.existsBy(SettingEntity, { key: UPGRADE_MARKER })) return false;
      const seeded = await this.seedUpgrade(manager);
      await manager.insert(SettingEntity, { key: UPGRADE_MARKER, value: new Date().toISOString() });
      if (seeded) this.logger.log('Demo test plan "Evergreen 3.13 → 3.14" created');
      return seeded;
    });
    const imported = await this.importJUnit();
    return acceptance || upgrade || imported;
  }

  /**
   * The CI report imported into the Evergreen acceptance run through the same service as an upload,
   * as the demo tester, so the run's history shows the import like any other. The import has its own
   * transaction (and, on PGlite, the only connection), so it runs after the seeding has committed;
   * the marker is claimed first so that two processes starting together import it once.
   */
  private async importJUnit(): Promise<boolean> {
    const [claimed]: unknown[] = await this.dataSource.query(
      'INSERT INTO setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key',
      [JUNIT_MARKER, new Date().toISOString()],
    );
    if (!claimed) return false;
    const [run]: { id: string }[] = await this.dataSource.query(
      `SELECT t.id FROM test_run t
         JOIN test_plan pl ON pl.id = t.plan_id AND pl.is_demo AND pl.name = 'Acceptance testing'
         JOIN product_version pv ON pv.id = t.product_version_id
         JOIN product p ON p.id = pv.product_id AND p.name = $1
        WHERE t.is_demo AND t.status = 'open'
        ORDER BY t.created_at LIMIT 1`,
      [IMPORTED_RUN_PRODUCT],
    );
    const tester = await this.dataSource
      .getRepository(UserEntity)
      .findOneBy({ email: 'tester@demo.assay.local', active: true });
    if (!run || !tester) return false;
    try {
      const buffer = Buffer.from(DEMO_JUNIT_REPORT, 'utf8');
      const summary = await this.junit.import(
        {
          id: tester.id,
          email: tester.email,
          displayName: tester.displayName,
          globalRole: tester.globalRole,
          mustChangePassword: false,
        },
        run.id,
        { buffer, size: buffer.length },
        false,
      );
      this.logger.log(`Demo CI report imported: ${summary.matched} of ${summary.total} tests matched`);
      return true;
    } catch (error) {
      // The marker goes, so the next start tries again.
      await this.dataSource.query('DELETE FROM setting WHERE key = $1', [JUNIT_MARKER]);
      throw error;
    }
  }

  private async seed(manager: EntityManager): Promise<boolean> {
    const [evaluation]: { id: string }[] = await manager.query(
      `SELECT id FROM evaluation WHERE title = 'ILS replacement' AND is_demo ORDER BY created_at LIMIT 1`,
    );
    const people = new Map(
      (await manager.findBy(UserEntity, { email: In(['lead@demo.assay.local', 'tester@demo.assay.local']) })).map(
        (user) => [user.email, user],
      ),
    );
    const lead = people.get('lead@demo.assay.local');
    const tester = people.get('tester@demo.assay.local');
    if (!evaluation || !lead || !tester) {
      this.logger.warn('Demo test plan skipped: the demo evaluation or its people are missing');
      return false;
    }
    for (const run of RUNS) {
      if (run.outcomes.length !== DEMO_TEST_CASES.length) {
        throw new Error(
          `Demo data: ${run.product} has ${run.outcomes.length} outcomes for ${DEMO_TEST_CASES.length} cases`,
        );
      }
    }
    const requirements = new Map<string, string>(
      (
        (await manager.query('SELECT id, code FROM requirement WHERE evaluation_id = $1', [evaluation.id])) as {
          id: string;
          code: string;
        }[]
      ).map((row) => [row.code, row.id]),
    );
    const unknown = DEMO_TEST_CASES.flatMap((c) => c.requirements).filter((code) => !requirements.has(code));
    if (unknown.length > 0) throw new Error(`Demo data: no requirements ${unknown.join(', ')}`);

    const [plan]: { id: string }[] = await manager.query(
      `INSERT INTO test_plan (evaluation_id, name, scope, entry_criteria, exit_criteria, owner_id, key_prefix,
                              next_case_number, is_demo, created_by)
       VALUES ($1, 'Acceptance testing', $2, $3, $4, $5, 'ILS-T', $6, true, $5) RETURNING id`,
      [
        evaluation.id,
        'Example plan: the shortlisted systems run the consortium’s everyday workflows in their vendor sandboxes, one section per department.',
        'Each vendor sandbox is loaded with the consortium’s sample data and reachable by the testers.',
        'Every critical case passes; no high case fails without a fix date from the vendor.',
        lead.id,
        DEMO_TEST_CASES.length + 1,
      ],
    );
    const caseIds = DEMO_TEST_CASES.map(() => randomUUID());
    const created = new Date('2027-04-19T09:00:00Z');
    for (const [i, testCase] of DEMO_TEST_CASES.entries()) {
      const number = i + 1;
      await manager.query(
        `INSERT INTO test_case (id, plan_id, number, key, section, current_version, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
        [
          caseIds[i],
          plan.id,
          number,
          testCaseKey('ILS-T', number),
          testCase.section,
          i === 0 ? 2 : 1,
          lead.id,
          created,
        ],
      );
      const steps = testCase.steps.map(([action, expected]) => ({ action, expected }));
      const versions = i === 0 ? [steps, [steps[0], { action: REVISED_STEP[0], expected: REVISED_STEP[1] }]] : [steps];
      for (const [v, versionSteps] of versions.entries()) {
        await manager.query(
          `INSERT INTO test_case_version (case_id, case_version, title, preconditions, steps, priority, tags, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::text[], $8, $9)`,
          [
            caseIds[i],
            v + 1,
            testCase.title,
            testCase.preconditions,
            JSON.stringify(versionSteps),
            testCase.priority,
            testCase.tags,
            lead.id,
            v === 0 ? created : new Date('2027-05-07T15:00:00Z'),
          ],
        );
      }
      await manager.query(
        'INSERT INTO test_case_requirement (case_id, requirement_id) SELECT $1, r FROM unnest($2::uuid[]) AS r',
        [caseIds[i], testCase.requirements.map((code) => requirements.get(code))],
      );
    }

    const runIds: string[] = [];
    for (const [r, run] of RUNS.entries()) {
      const [candidate]: { id: string; product_version_id: string; version: string }[] = await manager.query(
        `SELECT c.id, c.product_version_id, pv.name AS version FROM candidate c
           JOIN product_version pv ON pv.id = c.product_version_id JOIN product p ON p.id = pv.product_id
          WHERE c.evaluation_id = $1 AND p.name = $2`,
        [evaluation.id, run.product],
      );
      if (!candidate) continue;
      const [saved]: { id: string }[] = await manager.query(
        `INSERT INTO test_run (plan_id, candidate_id, product_version_id, environment, build_label, is_demo, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, true, $6, $7, $7) RETURNING id`,
        [
          plan.id,
          candidate.id,
          candidate.product_version_id,
          `${run.product} ${candidate.version} vendor sandbox`,
          run.build,
          lead.id,
          run.from,
        ],
      );
      runIds.push(saved.id);
      await manager.query('INSERT INTO test_run_tester (run_id, user_id) VALUES ($1, $2)', [saved.id, tester.id]);
      for (const [i, testCase] of DEMO_TEST_CASES.entries()) {
        // These results come from the CI report, imported once this transaction has committed.
        if (run.product === IMPORTED_RUN_PRODUCT && DEMO_JUNIT_CASE_KEYS.includes(testCaseKey('ILS-T', i + 1)))
          continue;
        const status = STATUS[run.outcomes[i]];
        const ran = status !== 'untested';
        // The Koha week ran the first case before its revision; the Evergreen week ran the revised text.
        const caseVersion = i === 0 && r > 0 ? 2 : 1;
        const executedAt = new Date(run.from.getTime() + Math.floor(i / 8) * 86_400_000 + (i % 8) * 2_700_000);
        const trouble = status === 'failed' || status === 'blocked' || status === 'retest';
        await manager.query(
          `INSERT INTO test_result (run_id, case_id, case_version, status, actual_result, step_results, tester_id,
                                    executed_at, duration_seconds, created_at, updated_at, version)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12)`,
          [
            saved.id,
            caseIds[i],
            caseVersion,
            status,
            trouble ? (DEMO_TEST_NOTES[testCase.title] ?? 'Did not behave as expected; reported to the vendor.') : '',
            JSON.stringify(
              ran
                ? testCase.steps.map((_, s) => ({
                    status: trouble && s === testCase.steps.length - 1 ? status : 'passed',
                    actual: '',
                  }))
                : [],
            ),
            ran ? tester.id : null,
            ran ? executedAt : null,
            ran ? 120 + ((i * 97) % 780) : null,
            run.from,
            ran ? executedAt : run.from,
            ran ? 2 : 1,
          ],
        );
      }
    }

    await this.audit.record(manager, {
      actorId: null,
      objectType: 'test_plan',
      objectId: plan.id,
      evaluationId: evaluation.id,
      action: 'created_as_demo',
      after: { name: 'Acceptance testing', cases: DEMO_TEST_CASES.length, runs: runIds.length },
    });
    return true;
  }

  /**
   * A plan for the product in use: the consortium's regression cases for upgrading Evergreen from
   * 3.13 to 3.14, with the demo tester named on it, run once on production's 3.13 (closed, all
   * passed but one blocked) and once on the test server's 3.14 (open, some failed, some still to
   * do), so the same cases on two versions show what the upgrade changed.
   */
  private async seedUpgrade(manager: EntityManager): Promise<boolean> {
    const versions = new Map<string, { product_id: string; id: string }>(
      (
        (await manager.query(
          `SELECT pv.product_id, pv.id, pv.name FROM product_version pv JOIN product p ON p.id = pv.product_id
            WHERE p.name = 'Evergreen' AND p.is_demo AND pv.name IN ('3.13', '3.14')`,
        )) as { product_id: string; id: string; name: string }[]
      ).map((row) => [row.name, row]),
    );
    const current = versions.get('3.13');
    const target = versions.get('3.14');
    const people = new Map(
      (await manager.findBy(UserEntity, { email: In(['admin@demo.assay.local', 'tester@demo.assay.local']) })).map(
        (user) => [user.email, user],
      ),
    );
    const admin = people.get('admin@demo.assay.local');
    const tester = people.get('tester@demo.assay.local');
    if (!current || !target || !admin || !tester) {
      this.logger.warn('Demo upgrade plan skipped: Evergreen 3.13 and 3.14 or the demo people are missing');
      return false;
    }
    for (const outcomes of Object.values(DEMO_UPGRADE_OUTCOMES)) {
      if (outcomes.length !== DEMO_UPGRADE_CASES.length) {
        throw new Error(`Demo data: ${outcomes.length} upgrade outcomes for ${DEMO_UPGRADE_CASES.length} cases`);
      }
    }
    const name = 'Evergreen 3.13 → 3.14';
    const created = new Date('2027-06-01T09:00:00Z');
    const [plan]: { id: string }[] = await manager.query(
      `INSERT INTO test_plan (product_id, current_version_id, target_version_id, name, scope, entry_criteria,
                              exit_criteria, owner_id, key_prefix, next_case_number, is_demo, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'EG-UP', $9, true, $10, $11, $11) RETURNING id`,
      [
        current.product_id,
        current.id,
        target.id,
        name,
        'Example plan: the everyday work of each department, checked on production’s 3.13 and on the test server upgraded to 3.14 before the upgrade is booked.',
        'The test server runs 3.14 on a copy of last Sunday’s production database.',
        'Every critical and high case passes on 3.14, or has a workaround the department heads accept.',
        tester.id,
        DEMO_UPGRADE_CASES.length + 1,
        admin.id,
        created,
      ],
    );
    await manager.query('INSERT INTO test_plan_member (plan_id, user_id, added_by, added_at) VALUES ($1, $2, $3, $4)', [
      plan.id,
      tester.id,
      admin.id,
      created,
    ]);
    const caseIds = DEMO_UPGRADE_CASES.map(() => randomUUID());
    for (const [i, testCase] of DEMO_UPGRADE_CASES.entries()) {
      await manager.query(
        `INSERT INTO test_case (id, plan_id, number, key, section, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
        [caseIds[i], plan.id, i + 1, testCaseKey('EG-UP', i + 1), testCase.section, tester.id, created],
      );
      await manager.query(
        `INSERT INTO test_case_version (case_id, case_version, title, preconditions, steps, priority, tags, created_by, created_at)
         VALUES ($1, 1, $2, $3, $4::jsonb, $5, $6::text[], $7, $8)`,
        [
          caseIds[i],
          testCase.title,
          testCase.preconditions,
          JSON.stringify(testCase.steps.map(([action, expected]) => ({ action, expected }))),
          testCase.priority,
          testCase.tags,
          tester.id,
          created,
        ],
      );
    }

    const runs = [
      {
        version: current.id,
        environment: 'Production (Evergreen 3.13)',
        build: '3.13.6',
        outcomes: DEMO_UPGRADE_OUTCOMES.current,
        from: new Date('2027-06-02T09:00:00Z'),
        closed: new Date('2027-06-03T16:00:00Z'),
      },
      {
        version: target.id,
        environment: 'Upgrade test server (Evergreen 3.14)',
        build: '3.14.2',
        outcomes: DEMO_UPGRADE_OUTCOMES.target,
        from: new Date('2027-06-08T09:00:00Z'),
        closed: null,
      },
    ];
    for (const run of runs) {
      const [saved]: { id: string }[] = await manager.query(
        `INSERT INTO test_run (plan_id, product_version_id, environment, build_label, status, closed_by, closed_at,
                               is_demo, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8, $9, $10) RETURNING id`,
        [
          plan.id,
          run.version,
          run.environment,
          run.build,
          run.closed ? 'closed' : 'open',
          run.closed ? tester.id : null,
          run.closed,
          tester.id,
          run.from,
          run.closed ?? run.from,
        ],
      );
      await manager.query('INSERT INTO test_run_tester (run_id, user_id) VALUES ($1, $2)', [saved.id, tester.id]);
      for (const [i, testCase] of DEMO_UPGRADE_CASES.entries()) {
        const status = STATUS[run.outcomes[i]];
        const ran = status !== 'untested';
        const trouble = status === 'failed' || status === 'blocked';
        const executedAt = new Date(run.from.getTime() + i * 1_800_000);
        await manager.query(
          `INSERT INTO test_result (run_id, case_id, case_version, status, actual_result, step_results, tester_id,
                                    executed_at, duration_seconds, created_at, updated_at, version)
           VALUES ($1, $2, 1, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11)`,
          [
            saved.id,
            caseIds[i],
            status,
            trouble ? (DEMO_UPGRADE_NOTES[testCase.title] ?? 'Did not behave as on 3.13; reported to the vendor.') : '',
            JSON.stringify(
              ran
                ? testCase.steps.map((_, s) => ({
                    status: trouble && s === testCase.steps.length - 1 ? status : 'passed',
                    actual: '',
                  }))
                : [],
            ),
            ran ? tester.id : null,
            ran ? executedAt : null,
            ran ? 180 + ((i * 131) % 900) : null,
            run.from,
            ran ? executedAt : run.from,
            ran ? 2 : 1,
          ],
        );
      }
    }

    await this.audit.record(manager, {
      actorId: null,
      objectType: 'test_plan',
      objectId: plan.id,
      action: 'created_as_demo',
      after: { name, cases: DEMO_UPGRADE_CASES.length, runs: runs.length },
    });
    return true;
  }
}
