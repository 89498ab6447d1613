import { AuditService } from '@assay/api/core';
import { SettingEntity, TestResultStatus, UserEntity } from '@assay/api/data';
import { testCaseKey } from '@assay/domain';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { DEMO_TEST_CASES, DEMO_TEST_NOTES, DEMO_TEST_OUTCOMES, DemoOutcome } from './testing-demo-data';

const SEEDED_MARKER = 'demo_testing_seeded';

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
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242006)');
      if (await manager.existsBy(SettingEntity, { key: SEEDED_MARKER })) return false;
      const seeded = await this.seed(manager);
      await manager.insert(SettingEntity, { key: SEEDED_MARKER, value: new Date().toISOString() });
      if (seeded) this.logger.log('Demo test plan "Acceptance testing" created');
      return seeded;
    });
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
}
