import { CandidateCosts, CandidateCostsService, RequestActor } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EvaluationRole } from '@assay/domain';
import { EvaluationsModule } from '../evaluations.module';
import { RequirementsService } from '../requirements/requirements.service';
import { CostsService } from './costs.service';

describe('CostsService', () => {
  let bed: ServiceTestBed;
  let sut: CostsService;
  let lead: RequestActor;
  let evaluator: RequestActor;
  let viewer: RequestActor;
  let outsider: RequestActor;
  let circulation: string;

  /** An evaluation in scoring with an evaluator and a viewer, and one candidate. */
  async function candidate(): Promise<{ evaluationId: string; candidateId: string }> {
    const evaluationId = await bed.evaluation(lead, { status: 'scoring' });
    await bed.member(evaluationId, evaluator, EvaluationRole.Evaluator);
    await bed.member(evaluationId, viewer, EvaluationRole.Viewer);
    return { evaluationId, candidateId: await bed.candidate(evaluationId, 'Alpha') };
  }

  async function costsOf(actor: RequestActor, candidateId: string): Promise<CandidateCosts> {
    const [costs] = await bed.get(CandidateCostsService).costsOf(actor, [candidateId]);
    if (costs instanceof Error) throw costs;
    return costs;
  }

  beforeAll(async () => {
    bed = await ServiceTestBed.open([EvaluationsModule]);
    sut = bed.get(CostsService);
    lead = await bed.user({ name: 'Lia Lead' });
    evaluator = await bed.user({ name: 'Eve Evaluator' });
    viewer = await bed.user({ name: 'Vic Viewer' });
    outsider = await bed.user({ name: 'Otto Outsider' });
    circulation = await bed.department('CIRC', 'Circulation');
  }, 120_000);
  afterAll(() => bed?.close());

  it('totals the cost of ownership over the period, with training at the hourly rate in year 1', async () => {
    const { evaluationId, candidateId } = await candidate();
    await sut.setSettings(lead, { evaluationId, years: 3, trainingHourlyRate: 40 });
    await sut.saveItem(lead, { candidateId, kind: 'one_time', label: 'Migration', amount: 10_000.1 });
    await sut.saveItem(lead, { candidateId, kind: 'one_time', label: 'Set-up', amount: 0.2 });
    await sut.saveItem(lead, { candidateId, kind: 'yearly', label: 'Licence', amount: 5_000 });
    await bed.get(RequirementsService).saveTrainingNeed(lead, evaluationId, {
      candidateId,
      departmentId: circulation,
      topic: 'Circulation desk',
      people: 5,
      hoursPerPerson: 2.5,
    });
    const { tco, items } = await costsOf(viewer, candidateId);
    expect(items.map((item) => item.label)).toEqual(['Migration', 'Set-up', 'Licence']);
    expect(tco).toEqual({
      years: 3,
      oneTime: 10_000.3,
      training: 500,
      yearly: 5_000,
      recurring: 15_000,
      total: 25_500.3,
      byYear: [15_500.3, 5_000, 5_000],
    });
  });

  it('hides a candidate’s costs from whoever is outside its evaluation', async () => {
    const { candidateId } = await candidate();
    await expect(costsOf(outsider, candidateId)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: 'The evaluation was not found.',
    });
  });

  describe('who may edit costs', () => {
    it.each([
      ['an evaluator', () => evaluator, 'FORBIDDEN', 'This needs one of these roles in the evaluation: lead.'],
      ['a viewer', () => viewer, 'FORBIDDEN', 'This needs one of these roles in the evaluation: lead.'],
      ['someone outside the evaluation', () => outsider, 'NOT_FOUND', 'The candidate was not found.'],
    ])('refuses an item from %s', async (_who, actor, code, message) => {
      const { candidateId } = await candidate();
      await expect(
        sut.saveItem(actor(), { candidateId, kind: 'yearly', label: 'Licence', amount: 1 }),
      ).rejects.toMatchObject({ extensions: { code }, message });
    });

    it.each([
      ['an evaluator', () => evaluator, 'FORBIDDEN', 'This needs one of these roles in the evaluation: lead.'],
      ['someone outside the evaluation', () => outsider, 'NOT_FOUND', 'The evaluation was not found.'],
    ])('refuses the period and rate from %s', async (_who, actor, code, message) => {
      const { evaluationId } = await candidate();
      await expect(sut.setSettings(actor(), { evaluationId, years: 2, trainingHourlyRate: 10 })).rejects.toMatchObject({
        extensions: { code },
        message,
      });
    });

    it('refuses a blank label', async () => {
      const { candidateId } = await candidate();
      await expect(sut.saveItem(lead, { candidateId, kind: 'yearly', label: '   ', amount: 1 })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'Say what the cost is for, e.g. Licence.',
      });
    });

    it('refuses an edit based on an old version, naming who saved the newer one', async () => {
      const { candidateId } = await candidate();
      const item = await sut.saveItem(lead, { candidateId, kind: 'yearly', label: 'Licence', amount: 1 });
      const edit = { id: item.id, candidateId, kind: 'yearly' as const, label: 'Licence', version: item.version };
      await sut.saveItem(lead, { ...edit, amount: 2 });
      await expect(sut.saveItem(lead, { ...edit, amount: 3 })).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', changedBy: 'Lia Lead' },
        message: expect.stringMatching(
          /^The cost item “Licence” was changed by Lia Lead at .+ UTC after you opened it\./,
        ),
      });
    });

    it('refuses changes once the evaluation is decided or cancelled', async () => {
      for (const status of ['decided', 'cancelled']) {
        const { evaluationId, candidateId } = await candidate();
        const item = await sut.saveItem(lead, { candidateId, kind: 'yearly', label: 'Licence', amount: 1 });
        await bed.setStatus(evaluationId, status);
        const closed = {
          extensions: { code: 'CONFLICT' },
          message: `The evaluation is ${status}; its costs can no longer change.`,
        };
        await expect(sut.deleteItem(lead, item.id)).rejects.toMatchObject(closed);
        await expect(sut.setSettings(lead, { evaluationId, years: 2, trainingHourlyRate: 1 })).rejects.toMatchObject(
          closed,
        );
      }
    });

    it('lets the lead delete an item', async () => {
      const { candidateId } = await candidate();
      const item = await sut.saveItem(lead, { candidateId, kind: 'one_time', label: 'Set-up', amount: 1 });
      await expect(sut.deleteItem(evaluator, item.id)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(await sut.deleteItem(lead, item.id)).toBe(true);
      expect((await costsOf(lead, candidateId)).items).toEqual([]);
    });
  });
});
