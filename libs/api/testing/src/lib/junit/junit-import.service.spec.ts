import { RequestActor } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EvaluationRole } from '@assay/domain';
import { CasesService } from '../cases/cases.service';
import { PlansService } from '../plans/plans.service';
import { ResultsService } from '../runs/results.service';
import { RunsService } from '../runs/runs.service';
import { TestingModule } from '../testing.module';
import { JUnitImportService } from './junit-import.service';

const file = (xml: string) => {
  const buffer = Buffer.from(`<testsuite name="Circulation">${xml}</testsuite>`, 'utf8');
  return { buffer, size: buffer.length };
};

describe('JUnitImportService', () => {
  let bed: ServiceTestBed;
  let sut: JUnitImportService;
  let lead: RequestActor;
  let tester: RequestActor;

  /** An evaluation in testing, a plan of CIRC-T-001 … 003 and an open run of them. */
  async function setUp() {
    const evaluationId = await bed.evaluation(lead, { status: 'testing' });
    await bed.member(evaluationId, tester, EvaluationRole.Tester);
    const candidateId = await bed.candidate(evaluationId, 'Koha');
    const plan = await bed.get(PlansService).create(lead, { evaluationId, name: 'Acceptance', keyPrefix: 'circ-t' });
    for (const title of ['Renew', 'Hold', 'Return'])
      await bed.get(CasesService).create(lead, { planId: plan.id, title });
    const run = await bed.get(RunsService).create(lead, { planId: plan.id, candidateId, environment: 'Sandbox' });
    return { evaluationId, planId: plan.id, run };
  }
  const resultsOf = async (run: Awaited<ReturnType<typeof setUp>>['run']) =>
    new Map((await bed.get(ResultsService).results(lead, run)).items.map((r) => [r.caseKey, r]));

  beforeAll(async () => {
    bed = await ServiceTestBed.open([TestingModule]);
    sut = bed.get(JUnitImportService);
    lead = await bed.user({ name: 'Lia Lead' });
    tester = await bed.user({ name: 'Tess Tester' });
  }, 120_000);
  afterAll(() => bed?.close());

  it('records the import as one event in the run’s history, with its counts', async () => {
    const { run, evaluationId } = await setUp();
    await sut.import(
      tester,
      run.id,
      file(
        '<testcase name="[CIRC-T-001] a"/><testcase name="[CIRC-T-002] b"><failure/></testcase><testcase name="c"/>',
      ),
      false,
    );
    const events: { object_type: string; action: string; evaluation_id: string; after: Record<string, unknown> }[] =
      await bed.dataSource.query(
        `SELECT object_type, action, evaluation_id, after FROM audit_event WHERE object_id = $1 AND action = 'results_imported'`,
        [run.id],
      );
    expect(events).toEqual([
      {
        object_type: 'test_run',
        action: 'results_imported',
        evaluation_id: evaluationId,
        after: {
          format: 'JUnit XML',
          total: 3,
          passed: 2,
          failed: 1,
          skipped: 0,
          matched: 2,
          unmatched: 1,
          resultsWritten: 2,
          createdCases: [],
        },
      },
    ]);
  });

  it('a case matched by several tests gets the worst outcome, whatever their order', async () => {
    const { run } = await setUp();
    await sut.import(
      tester,
      run.id,
      file(`<testcase name="[CIRC-T-001] chromium"/>
            <testcase name="[CIRC-T-001] firefox"><error message="crashed"/></testcase>
            <testcase name="[CIRC-T-001] webkit"><skipped/></testcase>
            <testcase name="[CIRC-T-002] chromium"><skipped/></testcase>
            <testcase name="[CIRC-T-002] firefox" time="2.6"/>`),
      false,
    );
    const results = await resultsOf(run);
    expect(results.get('CIRC-T-001')).toMatchObject({
      status: 'failed',
      failureKind: 'error',
      failureMessage: 'crashed',
    });
    expect(results.get('CIRC-T-002')).toMatchObject({ status: 'passed', durationSeconds: 3, failureKind: null });
    expect(results.get('CIRC-T-003')?.status).toBe('untested');
  });

  it('moves the result’s version on, so an edit based on what was there before the import is refused', async () => {
    const { run } = await setUp();
    const before = (await resultsOf(run)).get('CIRC-T-001');
    await sut.import(tester, run.id, file('<testcase name="[CIRC-T-001] a"/>'), false);
    const after = (await resultsOf(run)).get('CIRC-T-001');
    expect(after).toMatchObject({ status: 'passed', tester: { displayName: 'Tess Tester' } });
    expect(after?.version).toBeGreaterThan(before?.version ?? Infinity);
    await expect(
      bed.get(ResultsService).record(tester, { id: after?.id ?? '', version: before?.version ?? 0, status: 'failed' }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('writes nothing when the evaluation no longer changes', async () => {
    const { run, evaluationId } = await setUp();
    await bed.setStatus(evaluationId, 'decided');
    await expect(sut.import(tester, run.id, file('<testcase name="[CIRC-T-001] a"/>'), false)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect((await resultsOf(run)).get('CIRC-T-001')?.status).toBe('untested');
  });
});
