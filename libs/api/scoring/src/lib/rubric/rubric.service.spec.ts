import { RequestActor } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EvaluationRole } from '@assay/domain';
import { RoundsService } from '../rounds/rounds.service';
import { ScoringModule } from '../scoring.module';
import { RubricService } from './rubric.service';

describe('RubricService', () => {
  let bed: ServiceTestBed;
  let sut: RubricService;
  let lead: RequestActor;
  let evaluator: RequestActor;
  let outsider: RequestActor;

  /** A draft rubric of a new evaluation in scoring, with categories of the given weights. */
  async function draft(...categoryWeights: number[]) {
    const evaluationId = await bed.evaluation(lead, { status: 'scoring' });
    await bed.member(evaluationId, evaluator, EvaluationRole.Evaluator);
    let rubric = await sut.draftRubric(lead, evaluationId);
    for (const [i, weight] of categoryWeights.entries())
      rubric = await sut.saveCriterion(lead, { rubricVersionId: rubric.id, title: `Category ${i + 1}`, weight });
    return { evaluationId, rubric };
  }

  const categories = (rubric: { criteria: { parentId: string | null; id: string }[] }) =>
    rubric.criteria.filter((criterion) => !criterion.parentId).map((criterion) => criterion.id);

  beforeAll(async () => {
    bed = await ServiceTestBed.open([ScoringModule]);
    sut = bed.get(RubricService);
    lead = await bed.user({ name: 'Lia Lead' });
    evaluator = await bed.user({ name: 'Eve Evaluator' });
    outsider = await bed.user({ name: 'Otto Outsider' });
  }, 120_000);
  afterAll(() => bed?.close());

  describe('drafts', () => {
    it('start on the anchored 0–3 scale, and stay the same draft until frozen', async () => {
      const { evaluationId, rubric } = await draft();
      expect(rubric).toMatchObject({ number: 1, scaleMin: 0, scaleMax: 3, frozenAt: null, basedOnNumber: null });
      expect(rubric.descriptors.map((d) => d.value)).toEqual([0, 1, 2, 3]);
      expect((await sut.draftRubric(lead, evaluationId)).id).toBe(rubric.id);
    });

    it.each([
      ['an evaluator', () => evaluator, 'FORBIDDEN', 'This needs one of these roles in the evaluation: lead.'],
      ['someone outside the evaluation', () => outsider, 'NOT_FOUND', 'The evaluation was not found.'],
    ])('are refused to %s', async (_who, actor, code, message) => {
      const { evaluationId } = await draft();
      await expect(sut.draftRubric(actor(), evaluationId)).rejects.toMatchObject({ extensions: { code }, message });
    });

    it('are edited by the lead only', async () => {
      const { rubric } = await draft();
      await expect(
        sut.saveCriterion(evaluator, { rubricVersionId: rubric.id, title: 'Evaluator wish' }),
      ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      await expect(
        sut.saveCriterion(outsider, { rubricVersionId: rubric.id, title: 'Outsider wish' }),
      ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'The rubric version was not found.' });
    });
  });

  describe('a version a round is opened on', () => {
    it('is frozen: edits are refused, and the next draft is a copy of it', async () => {
      const { evaluationId, rubric } = await draft(1);
      const withCriterion = await sut.saveCriterion(lead, {
        rubricVersionId: rubric.id,
        parentId: categories(rubric)[0],
        title: 'Holds',
        weight: 2,
      });
      await bed.candidate(evaluationId);
      await bed.get(RoundsService).openRound(lead, { evaluationId });

      const frozen = {
        extensions: { code: 'CONFLICT' },
        message:
          'Rubric version 1 is frozen: scoring has opened on it. Start a new version to change the rubric; its scores stay with version 1.',
      };
      await expect(sut.saveCriterion(lead, { rubricVersionId: rubric.id, title: 'Late' })).rejects.toMatchObject(
        frozen,
      );
      await expect(
        sut.setScale(lead, { rubricVersionId: rubric.id, scaleMin: 1, scaleMax: 5, descriptors: [] }),
      ).rejects.toMatchObject(frozen);
      await expect(sut.deleteCriterion(lead, rubric.id, withCriterion.criteria[1].id)).rejects.toMatchObject(frozen);

      const next = await sut.draftRubric(lead, evaluationId);
      expect(next).toMatchObject({ number: 2, basedOnNumber: 1, frozenAt: null });
      const shape = (version: typeof next) => version.criteria.map((c) => [c.key, c.title, c.weight]);
      expect(shape(next)).toEqual(shape(withCriterion));
      expect((await sut.rubricVersion(evaluator, rubric.id)).frozenAt).toBeInstanceOf(Date);
    });
  });

  describe('criteria and weights', () => {
    it('normalises weights per level and multiplies them down the tree', async () => {
      const { rubric } = await draft(1, 3);
      const [first, second] = categories(rubric);
      await sut.saveCriterion(lead, { rubricVersionId: rubric.id, parentId: first, title: 'Holds', weight: 1 });
      const done = await sut.saveCriterion(lead, { rubricVersionId: rubric.id, parentId: second, title: 'Loans' });
      const weights = (
        await sut.saveCriterion(lead, {
          rubricVersionId: rubric.id,
          parentId: second,
          title: 'Fines',
          weight: 3,
        })
      ).criteria.map((c) => [c.title, c.normalisedWeight, c.globalWeight]);
      expect(done.criteria).toHaveLength(4);
      expect(weights).toEqual([
        ['Category 1', 0.25, 0.25],
        ['Holds', 1, 0.25],
        ['Category 2', 0.75, 0.75],
        ['Loans', 0.25, 0.1875],
        ['Fines', 0.75, 0.5625],
      ]);
    });

    it('keeps criteria inside categories of the same version', async () => {
      const { rubric } = await draft(1);
      const category = categories(rubric)[0];
      const withCriterion = await sut.saveCriterion(lead, {
        rubricVersionId: rubric.id,
        parentId: category,
        title: 'Holds',
      });
      const [, criterion] = withCriterion.criteria.map((c) => c.id);
      await expect(
        sut.saveCriterion(lead, { rubricVersionId: rubric.id, parentId: criterion, title: 'Nested' }),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'Criteria sit inside a category; a criterion cannot hold others.',
      });
      const other = await draft(1);
      await expect(
        sut.saveCriterion(lead, { rubricVersionId: other.rubric.id, parentId: category, title: 'Elsewhere' }),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'The parent is not in this rubric version.',
      });
    });

    it.each([
      [0, 0, [], 'The top of the scale must be above the bottom.'],
      [1, 0, [], 'The top of the scale must be above the bottom.'],
      [1, 5, [{ value: 0, label: 'Nothing' }], 'Each descriptor must sit on the scale.'],
      [1, 5, [{ value: 6, label: 'Beyond' }], 'Each descriptor must sit on the scale.'],
    ])('refuses the scale %p–%p with %j', async (scaleMin, scaleMax, descriptors, message) => {
      const { rubric } = await draft();
      await expect(
        sut.setScale(lead, { rubricVersionId: rubric.id, scaleMin, scaleMax, descriptors }),
      ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message });
    });

    it('sets a scale with its descriptors in order', async () => {
      const { rubric } = await draft();
      const scaled = await sut.setScale(lead, {
        rubricVersionId: rubric.id,
        scaleMin: 1,
        scaleMax: 5,
        descriptors: [
          { value: 5, label: ' Excellent ' },
          { value: 1, label: 'Poor' },
        ],
      });
      expect(scaled).toMatchObject({
        scaleMin: 1,
        scaleMax: 5,
        descriptors: [
          { value: 1, label: 'Poor' },
          { value: 5, label: 'Excellent' },
        ],
      });
    });
  });

  describe('pairwise comparison (AHP)', () => {
    it('weighs a level from a consistent matrix', async () => {
      const { rubric } = await draft(1, 1);
      const weighed = await sut.setPairwise(lead, {
        rubricVersionId: rubric.id,
        matrix: [
          [1, 3],
          [1 / 3, 1],
        ],
      });
      expect(weighed.criteria.map((c) => c.normalisedWeight)).toEqual([0.75, 0.25]);
      expect(weighed.comparisons).toEqual([
        expect.objectContaining({ parentKey: '', weights: [0.75, 0.25], consistent: true, worstComparisons: [] }),
      ]);
    });

    it('keeps an inconsistent matrix and surfaces the judgments to revisit', async () => {
      const { rubric } = await draft(1, 1, 1);
      const weighed = await sut.setPairwise(lead, {
        rubricVersionId: rubric.id,
        matrix: [
          [1, 9, 1 / 9],
          [1 / 9, 1, 9],
          [9, 1 / 9, 1],
        ],
      });
      const [comparison] = weighed.comparisons;
      expect(comparison.consistent).toBe(false);
      expect(comparison.consistencyRatio).toBeGreaterThanOrEqual(0.1);
      expect(comparison.worstComparisons.length).toBeGreaterThan(0);
    });

    it('refuses a matrix of the wrong size or that is not reciprocal', async () => {
      const { rubric } = await draft(1, 1);
      await expect(
        sut.setPairwise(lead, {
          rubricVersionId: rubric.id,
          matrix: [
            [1, 2, 3],
            [0.5, 1, 2],
            [1 / 3, 0.5, 1],
          ],
        }),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'matrix' }] },
        message: 'The matrix compares 3 items, but this level has 2.',
      });
      await expect(
        sut.setPairwise(lead, {
          rubricVersionId: rubric.id,
          matrix: [
            [1, 3],
            [3, 1],
          ],
        }),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'matrix' }] },
        message: expect.stringMatching(/row \d, column \d/),
      });
    });
  });
});
