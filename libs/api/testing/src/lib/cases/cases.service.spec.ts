import { RequestActor } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EvaluationRole } from '@assay/domain';
import { PlansService } from '../plans/plans.service';
import { ResultsService } from '../runs/results.service';
import { RunsService } from '../runs/runs.service';
import { TestingModule } from '../testing.module';
import { CasesService } from './cases.service';

describe('CasesService', () => {
  let bed: ServiceTestBed;
  let sut: CasesService;
  let lead: RequestActor;
  let tester: RequestActor;
  let viewer: RequestActor;
  let outsider: RequestActor;

  /** An evaluation with a tester and a viewer, a candidate and an empty plan keyed CIRC-T. */
  async function setUp() {
    const evaluationId = await bed.evaluation(lead, { status: 'testing' });
    await bed.member(evaluationId, tester, EvaluationRole.Tester);
    await bed.member(evaluationId, viewer, EvaluationRole.Viewer);
    const candidateId = await bed.candidate(evaluationId, 'Koha');
    const plan = await bed.get(PlansService).create(lead, { evaluationId, name: 'Acceptance', keyPrefix: 'circ-t' });
    return { evaluationId, candidateId, planId: plan.id };
  }

  beforeAll(async () => {
    bed = await ServiceTestBed.open([TestingModule]);
    sut = bed.get(CasesService);
    lead = await bed.user({ name: 'Lia Lead' });
    tester = await bed.user({ name: 'Tess Tester' });
    viewer = await bed.user({ name: 'Vic Viewer' });
    outsider = await bed.user({ name: 'Otto Outsider' });
  }, 120_000);
  afterAll(() => bed?.close());

  it('numbers keys per plan from its prefix', async () => {
    const { planId } = await setUp();
    const keys = [];
    for (const title of ['One', 'Two', 'Three']) keys.push((await sut.create(tester, { planId, title })).key);
    expect(keys).toEqual(['CIRC-T-001', 'CIRC-T-002', 'CIRC-T-003']);
    const other = await setUp();
    expect((await sut.create(lead, { planId: other.planId, title: 'One' })).key).toBe('CIRC-T-001');
  });

  it('refuses viewers (FORBIDDEN) and outsiders (NOT_FOUND)', async () => {
    const { planId } = await setUp();
    await expect(sut.create(viewer, { planId, title: 'x' })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(sut.create(outsider, { planId, title: 'x' })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: 'The test plan was not found.',
    });
  });

  it('edits in place until a result runs the version, then starts the next one', async () => {
    const { planId, candidateId } = await setUp();
    const created = await sut.create(lead, { planId, title: 'Hold', steps: [{ action: 'Place', expected: 'Placed' }] });
    const inPlace = await sut.update(lead, { id: created.id, version: created.version, title: 'Place a hold' });
    expect(inPlace).toMatchObject({ currentVersion: 1, version: 2, title: 'Place a hold' });

    const run = await bed.get(RunsService).create(lead, { planId, candidateId, environment: 'Sandbox' });
    const results = bed.get(ResultsService);
    const [result] = (await results.results(lead, run)).items;
    expect(result.caseVersion.number).toBe(1);
    await results.record(tester, { id: result.id, version: result.version, status: 'failed' });

    const next = await sut.update(lead, { id: created.id, version: inPlace.version, title: 'Place and cancel a hold' });
    expect(next).toMatchObject({ currentVersion: 2, title: 'Place and cancel a hold' });
    const [after] = (await results.results(lead, run)).items;
    expect(after.caseVersion).toMatchObject({ number: 1, title: 'Place a hold' });
    expect((await sut.versions(viewer, created.id)).map((v) => [v.number, v.title])).toEqual([
      [1, 'Place a hold'],
      [2, 'Place and cancel a hold'],
    ]);
  });

  it('leaves nothing changed, not even the version, when an edit changes nothing', async () => {
    const { planId } = await setUp();
    const created = await sut.create(lead, { planId, title: 'Same', tags: ['a'] });
    const same = await sut.update(lead, { id: created.id, version: created.version, title: ' Same ', tags: ['a'] });
    expect(same.version).toBe(created.version);
  });

  it('refuses a stale edit with CONFLICT', async () => {
    const { planId } = await setUp();
    const created = await sut.create(lead, { planId, title: 'Stale' });
    await sut.update(tester, { id: created.id, version: created.version, title: 'Fresh' });
    await expect(sut.update(lead, { id: created.id, version: created.version, title: 'Old' })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
  });

  it('lets only testers record, and a closed run no result change', async () => {
    const { planId, candidateId } = await setUp();
    await sut.create(lead, { planId, title: 'Renew' });
    const runs = bed.get(RunsService);
    const run = await runs.create(lead, { planId, candidateId, environment: 'Sandbox' });
    const results = bed.get(ResultsService);
    const [result] = (await results.results(lead, run)).items;
    await expect(
      results.record(lead, { id: result.id, version: result.version, status: 'passed' }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await runs.close(lead, { id: run.id, version: run.version });
    await expect(
      results.record(tester, { id: result.id, version: result.version, status: 'passed' }),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'The test run is closed; it no longer changes.',
    });
  });
});
