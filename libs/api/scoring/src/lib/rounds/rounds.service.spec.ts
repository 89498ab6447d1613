import { RequestActor } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EvaluationRole } from '@assay/domain';
import { ConflictsService } from '../conflicts/conflicts.service';
import { RubricService } from '../rubric/rubric.service';
import { ScoringModule } from '../scoring.module';
import { RoundsService } from './rounds.service';

describe('RoundsService', () => {
  let bed: ServiceTestBed;
  let sut: RoundsService;
  let lead: RequestActor;
  let ada: RequestActor;
  let ben: RequestActor;
  let viewer: RequestActor;
  let outsider: RequestActor;

  /** An evaluation in scoring with two evaluators, a one-criterion rubric (0–3), two candidates and an open round. */
  async function openScoring() {
    const evaluationId = await bed.evaluation(lead, { status: 'scoring' });
    await bed.member(evaluationId, ada, EvaluationRole.Evaluator);
    await bed.member(evaluationId, ben, EvaluationRole.Evaluator);
    await bed.member(evaluationId, viewer, EvaluationRole.Viewer);
    const candidates = [await bed.candidate(evaluationId, 'Alpha'), await bed.candidate(evaluationId, 'Beta')];
    const rubrics = bed.get(RubricService);
    const draft = await rubrics.draftRubric(lead, evaluationId);
    const withCategory = await rubrics.saveCriterion(lead, { rubricVersionId: draft.id, title: 'Circulation' });
    const rubric = await rubrics.saveCriterion(lead, {
      rubricVersionId: draft.id,
      parentId: withCategory.criteria[0].id,
      title: 'Holds',
    });
    const [categoryId, criterionId] = rubric.criteria.map((criterion) => criterion.id);
    const round = await sut.openRound(lead, { evaluationId });
    return { evaluationId, candidates, categoryId, criterionId, roundId: round.id, roundNumber: round.number };
  }

  beforeAll(async () => {
    bed = await ServiceTestBed.open([ScoringModule]);
    sut = bed.get(RoundsService);
    lead = await bed.user({ name: 'Lia Lead' });
    ada = await bed.user({ name: 'Ada Evaluator' });
    ben = await bed.user({ name: 'Ben Evaluator' });
    viewer = await bed.user({ name: 'Vic Viewer' });
    outsider = await bed.user({ name: 'Otto Outsider' });
  }, 120_000);
  afterAll(() => bed?.close());

  describe('opening a round', () => {
    it('freezes the rubric and takes every shortlisted candidate', async () => {
      const { evaluationId, candidates } = await openScoring();
      const [round] = await sut.rounds(ada, evaluationId);
      expect(round).toMatchObject({ number: 1, status: 'open' });
      expect([...round.candidateIds].sort()).toEqual([...candidates].sort());
      expect((await bed.get(RubricService).currentRubric(lead, evaluationId))?.frozenAt).toBeInstanceOf(Date);
    });

    it('refuses a second open round', async () => {
      const { evaluationId } = await openScoring();
      await expect(sut.openRound(lead, { evaluationId })).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'A round is already open: reveal or close it first.',
      });
    });

    it('opens only while the evaluation is in scoring', async () => {
      const evaluationId = await bed.evaluation(lead, { status: 'requirements' });
      await expect(sut.openRound(lead, { evaluationId })).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'Scoring rounds open while the evaluation is in scoring; it is in requirements.',
      });
    });

    it('needs a rubric first', async () => {
      const evaluationId = await bed.evaluation(lead, { status: 'scoring' });
      await expect(sut.openRound(lead, { evaluationId })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'Build the rubric before opening a round.',
      });
    });

    it.each([
      ['an evaluator', () => ada, 'FORBIDDEN', 'This needs one of these roles in the evaluation: lead.'],
      ['someone outside the evaluation', () => outsider, 'NOT_FOUND', 'The evaluation was not found.'],
    ])('is refused to %s', async (_who, actor, code, message) => {
      const evaluationId = await bed.evaluation(lead, { status: 'scoring' });
      await bed.member(evaluationId, ada, EvaluationRole.Evaluator);
      await expect(sut.openRound(actor(), { evaluationId })).rejects.toMatchObject({ extensions: { code }, message });
    });
  });

  describe('saving a score', () => {
    it.each([[-1], [3.5], [4]])('refuses %p, outside the scale 0–3', async (value) => {
      const { roundId, candidates, criterionId } = await openScoring();
      await expect(
        sut.saveScore(ada, { roundId, candidateId: candidates[0], criterionId, value }),
      ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'Scores go from 0 to 3.' });
    });

    it.each([[0], [1.5], [3], [null]])('accepts %p', async (value) => {
      const { roundId, candidates, criterionId } = await openScoring();
      const saved = await sut.saveScore(ada, { roundId, candidateId: candidates[0], criterionId, value });
      expect(saved).toMatchObject({ evaluatorId: ada.id, evaluatorName: 'Ada Evaluator', value });
    });

    it('refuses a candidate outside the round and a category instead of a criterion', async () => {
      const { roundId, candidates, categoryId, criterionId, evaluationId } = await openScoring();
      const other = await bed.candidate(evaluationId, 'Gamma');
      await expect(sut.saveScore(ada, { roundId, candidateId: other, criterionId, value: 1 })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'That candidate is not scored in this round.',
      });
      await expect(
        sut.saveScore(ada, { roundId, candidateId: candidates[0], criterionId: categoryId, value: 1 }),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'That is not a criterion of this round’s rubric.',
      });
    });

    it.each([
      [
        'the lead (not an evaluator)',
        () => lead,
        'FORBIDDEN',
        'This needs one of these roles in the evaluation: evaluator.',
      ],
      ['a viewer', () => viewer, 'FORBIDDEN', 'This needs one of these roles in the evaluation: evaluator.'],
      ['someone outside the evaluation', () => outsider, 'NOT_FOUND', 'The scoring round was not found.'],
    ])('is refused to %s', async (_who, actor, code, message) => {
      const { roundId, candidates, criterionId } = await openScoring();
      await expect(
        sut.saveScore(actor(), { roundId, candidateId: candidates[0], criterionId, value: 1 }),
      ).rejects.toMatchObject({ extensions: { code }, message });
    });

    it('is refused once the round is closed', async () => {
      const { roundId, roundNumber, candidates, criterionId } = await openScoring();
      await sut.closeRound(lead, roundId);
      await expect(
        sut.saveScore(ada, { roundId, candidateId: candidates[0], criterionId, value: 1 }),
      ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' }, message: `Round ${roundNumber} is closed.` });
    });

    it('is refused once the evaluation has left scoring', async () => {
      const { evaluationId, roundId, candidates, criterionId } = await openScoring();
      await bed.setStatus(evaluationId, 'testing');
      await expect(
        sut.saveScore(ada, { roundId, candidateId: candidates[0], criterionId, value: 1 }),
      ).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'The evaluation has left scoring (it is in testing): its rounds accept no more scores or consensus.',
      });
    });
  });

  describe('blind scoring', () => {
    it('shows each person only their own scores until the reveal, then everyone all of them', async () => {
      const { evaluationId, roundId, candidates, criterionId } = await openScoring();
      await sut.saveScore(ada, { roundId, candidateId: candidates[0], criterionId, value: 3 });
      await sut.saveScore(ben, { roundId, candidateId: candidates[0], criterionId, value: 1 });

      const seenBy = async (actor: RequestActor) =>
        (await sut.scores(actor, roundId)).map((score) => [score.evaluatorName, score.value]);
      expect(await seenBy(ada)).toEqual([['Ada Evaluator', 3]]);
      expect(await seenBy(ben)).toEqual([['Ben Evaluator', 1]]);
      expect(await seenBy(lead)).toEqual([]);
      expect(await seenBy(viewer)).toEqual([]);
      expect(await sut.consensus(lead, roundId)).toEqual([]);

      // Not revealed while someone scored without declaring their conflicts of interest.
      await expect(sut.reveal(lead, roundId)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
      const conflicts = bed.get(ConflictsService);
      const { vendors } = await conflicts.conflictsOfInterest(lead, evaluationId);
      for (const actor of [ada, ben])
        await conflicts.declare(actor, {
          evaluationId,
          declarations: vendors.map((v) => ({ vendorId: v.vendorId, conflict: false })),
        });
      await sut.reveal(lead, roundId);
      for (const actor of [ada, ben, lead, viewer])
        expect((await seenBy(actor)).sort()).toEqual([
          ['Ada Evaluator', 3],
          ['Ben Evaluator', 1],
        ]);
    });

    it('gives the lead everyone’s counts, and an evaluator only their own, before the reveal', async () => {
      const { roundId, candidates, criterionId } = await openScoring();
      await sut.saveScore(ada, { roundId, candidateId: candidates[0], criterionId, value: 2 });
      const progress = (actor: RequestActor) =>
        sut.progress(actor, roundId).then((rows) => rows.map((row) => [row.evaluatorName, row.scored, row.expected]));
      expect(await progress(lead)).toEqual([
        ['Ada Evaluator', 1, 2],
        ['Ben Evaluator', 0, 2],
      ]);
      expect(await progress(ben)).toEqual([['Ben Evaluator', 0, 2]]);
    });

    it('keeps a round closed without a reveal blind for good', async () => {
      const { roundId, candidates, criterionId } = await openScoring();
      await sut.saveScore(ada, { roundId, candidateId: candidates[0], criterionId, value: 2 });
      await sut.closeRound(lead, roundId);
      expect(await sut.scores(ben, roundId)).toEqual([]);
      expect(await sut.scores(lead, roundId)).toEqual([]);
      expect((await sut.scores(ada, roundId)).map((score) => score.value)).toEqual([2]);
    });
  });

  describe('consensus', () => {
    it('is set only after the reveal', async () => {
      const { roundId, candidates, criterionId } = await openScoring();
      await expect(
        sut.setConsensus(lead, { roundId, candidateId: candidates[0], criterionId, value: 2, note: 'Agreed' }),
      ).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'A consensus is set after the round is revealed.',
      });
    });

    it.each([
      ['an evaluator', () => ada, 'FORBIDDEN', 'This needs one of these roles in the evaluation: lead.'],
      ['someone outside the evaluation', () => outsider, 'NOT_FOUND', 'The scoring round was not found.'],
    ])('is refused to %s', async (_who, actor, code, message) => {
      const { roundId, candidates, criterionId } = await openScoring();
      await sut.reveal(lead, roundId);
      await expect(
        sut.setConsensus(actor(), { roundId, candidateId: candidates[0], criterionId, value: 2, note: 'Agreed' }),
      ).rejects.toMatchObject({ extensions: { code }, message });
    });

    it('is set by the lead after the reveal, on the scale, and read by every member', async () => {
      const { roundId, candidates, criterionId } = await openScoring();
      await sut.reveal(lead, roundId);
      await expect(
        sut.setConsensus(lead, { roundId, candidateId: candidates[0], criterionId, value: 5, note: 'Agreed' }),
      ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'Scores go from 0 to 3.' });
      const set = await sut.setConsensus(lead, {
        roundId,
        candidateId: candidates[0],
        criterionId,
        value: 2,
        note: '  Agreed at the meeting ',
      });
      expect(set).toMatchObject({ value: 2, note: 'Agreed at the meeting' });
      expect((await sut.consensus(viewer, roundId)).map((c) => c.value)).toEqual([2]);
    });
  });

  describe('reveal and close', () => {
    it('reveals an open round once, and closes only an open round', async () => {
      const { roundId, roundNumber } = await openScoring();
      await expect(sut.reveal(ada, roundId)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      await expect(sut.closeRound(ada, roundId)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect((await sut.reveal(lead, roundId)).status).toBe('revealed');
      await expect(sut.reveal(lead, roundId)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: `Round ${roundNumber} is already revealed.`,
      });
      await expect(sut.closeRound(lead, roundId)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: `Round ${roundNumber} is already revealed; only an open round can be closed.`,
      });
    });

    it('tells whoever is outside the evaluation that the round was not found', async () => {
      const { roundId } = await openScoring();
      const reads: ((actor: RequestActor, id: string) => Promise<unknown>)[] = [
        (actor, id) => sut.scores(actor, id),
        (actor, id) => sut.progress(actor, id),
        (actor, id) => sut.consensus(actor, id),
        (actor, id) => sut.roundFor(actor, id),
      ];
      for (const read of reads)
        await expect(read(outsider, roundId)).rejects.toMatchObject({
          extensions: { code: 'NOT_FOUND' },
          message: 'The scoring round was not found.',
        });
    });

    it('answers derived data only after the reveal', async () => {
      const { roundId, roundNumber } = await openScoring();
      const round = await sut.round(roundId);
      expect(() => sut.assertRevealed(round)).toThrow(
        `Round ${roundNumber} is still blind: results are shown once the lead reveals it.`,
      );
      await sut.closeRound(lead, roundId);
      const closed = await sut.round(roundId);
      expect(() => sut.assertRevealed(closed)).toThrow(
        `Round ${roundNumber} was closed without being revealed: its scores stay blind.`,
      );
    });
  });
});
