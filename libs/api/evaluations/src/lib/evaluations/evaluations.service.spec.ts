import { RequestActor } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EvaluationRole, EvaluationStatus } from '@assay/domain';
import { EvaluationsModule } from '../evaluations.module';
import { EvaluationsService } from './evaluations.service';

describe('EvaluationsService', () => {
  let bed: ServiceTestBed;
  let sut: EvaluationsService;
  let admin: RequestActor;
  let lead: RequestActor;
  let evaluator: RequestActor;
  let head: RequestActor;
  let outsider: RequestActor;

  /** Moves the evaluation as `actor`, from the version it has now. */
  async function move(actor: RequestActor, id: string, to: EvaluationStatus, reason?: string) {
    const { version } = await sut.get(lead, id);
    return sut.move(actor, { id, version, to, reason });
  }

  beforeAll(async () => {
    bed = await ServiceTestBed.open([EvaluationsModule]);
    sut = bed.get(EvaluationsService);
    admin = await bed.admin();
    lead = await bed.user({ name: 'Lia Lead' });
    evaluator = await bed.user({ name: 'Eve Evaluator' });
    head = await bed.user({ name: 'Hal Head' });
    outsider = await bed.user({ name: 'Otto Outsider' });
  }, 120_000);
  afterAll(() => bed?.close());

  describe('starting and reading evaluations', () => {
    it('lets administrators and leads start one, its starter becoming its lead', async () => {
      const started = await sut.create(admin, { title: '  Library system 2027 ' });
      expect(started).toMatchObject({ title: 'Library system 2027', status: 'draft' });
      expect((await sut.members(admin, started.id)).map((m) => [m.displayName, m.roles])).toEqual([
        ['Test Administrator', ['lead']],
      ]);
      await bed.evaluation(lead);
      expect((await sut.create(lead, { title: 'Discovery layer' })).status).toBe('draft');
    });

    it('refuses it to someone who leads no evaluation', async () => {
      await expect(sut.create(outsider, { title: 'Mine' })).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: 'Only administrators and evaluation leads may start an evaluation.',
      });
    });

    it('refuses an end date before the start date', async () => {
      await expect(
        sut.create(admin, { title: 'Backwards', startsOn: '2027-02-01', endsOn: '2027-01-31' }),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'The end date is before the start date.',
      });
    });

    it('shows an evaluation to its members and administrators only', async () => {
      const id = await bed.evaluation(lead, { title: 'Members only' });
      await bed.member(id, evaluator, EvaluationRole.Evaluator);
      for (const actor of [lead, evaluator, admin]) expect((await sut.get(actor, id)).title).toBe('Members only');
      await expect(sut.get(outsider, id)).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
        message: 'The evaluation was not found.',
      });
      expect((await sut.list(outsider)).items.map((e) => e.id)).not.toContain(id);
      expect((await sut.list(evaluator)).items.map((e) => e.id)).toContain(id);
      expect((await sut.list(admin)).items.map((e) => e.id)).toContain(id);
    });

    it('refuses an edit based on an old version, naming who saved the newer one', async () => {
      const id = await bed.evaluation(lead, { title: 'Edited twice' });
      const { version } = await sut.get(lead, id);
      await sut.update(lead, { id, version, purpose: 'Replace the ILS' });
      await expect(sut.update(admin, { id, version, purpose: 'Stale' })).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', changedBy: 'Lia Lead', currentVersion: version + 1 },
        message: expect.stringMatching(
          /^The evaluation Edited twice was changed by Lia Lead at .+ UTC after you opened it\./,
        ),
      });
    });
  });

  describe('moving along the status path', () => {
    it.each<[string, EvaluationStatus, EvaluationStatus, string]>([
      [
        'a step past the next one',
        'draft',
        'scoring',
        'The evaluation cannot move to scoring yet: From draft the evaluation can only move to requirements (or be cancelled).',
      ],
      [
        'requirements without a department head',
        'draft',
        'requirements',
        'The evaluation cannot move to requirements yet: Invite at least one department head to record requirements.',
      ],
      [
        'scoring with nothing ready',
        'requirements',
        'scoring',
        'The evaluation cannot move to scoring yet: Approve at least one requirement. Shortlist at least one candidate. Invite at least one evaluator.',
      ],
      [
        'testing before any round is revealed',
        'scoring',
        'testing',
        'The evaluation cannot move to testing yet: No scoring round is revealed: open one and reveal it once it is scored. No candidate is left on the shortlist. Invite at least one tester.',
      ],
      [
        'back to an earlier step',
        'scoring',
        'draft',
        'The evaluation cannot move to draft yet: From scoring the evaluation can only move to testing (or be cancelled).',
      ],
    ])('refuses %s, saying what is missing', async (_case, from, to, message) => {
      const id = await bed.evaluation(lead, { status: from });
      await expect(move(lead, id, to)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'to' }] },
        message,
      });
      expect((await sut.get(lead, id)).status).toBe(from);
    });

    it('takes the next step once what it needs is there', async () => {
      const id = await bed.evaluation(lead);
      await bed.member(id, head, EvaluationRole.DepartmentHead);
      expect((await move(lead, id, 'requirements')).status).toBe('requirements');
      expect(await sut.statusCheck(lead, await sut.get(lead, id))).toEqual({
        next: 'scoring',
        problems: [
          'Approve at least one requirement.',
          'Shortlist at least one candidate.',
          'Invite at least one evaluator.',
        ],
      });
    });

    it('leaves scoring only when every round is revealed or closed, counting scores for the lead only', async () => {
      const id = await bed.evaluation(lead, { status: 'scoring' });
      await bed.member(id, evaluator, EvaluationRole.Evaluator);
      await bed.member(id, head, EvaluationRole.Tester);
      const candidateId = await bed.candidate(id);
      const [rubric]: { id: string }[] = await bed.dataSource.query(
        `INSERT INTO rubric_version (evaluation_id, number, frozen_at) VALUES ($1, 1, now()) RETURNING id`,
        [id],
      );
      const [category]: { id: string }[] = await bed.dataSource.query(
        `INSERT INTO criterion (rubric_version_id, key, title) VALUES ($1, 'circulation', 'Circulation') RETURNING id`,
        [rubric.id],
      );
      await bed.dataSource.query(
        `INSERT INTO criterion (rubric_version_id, parent_id, key, title) VALUES ($1, $2, 'holds', 'Holds')`,
        [rubric.id, category.id],
      );
      const round = (number: number, status: string): Promise<{ id: string }[]> =>
        bed.dataSource.query(
          `INSERT INTO scoring_round (evaluation_id, rubric_version_id, number, status, candidate_ids) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [id, rubric.id, number, status, [candidateId]],
        );
      await round(1, 'revealed');
      const [open]: { id: string }[] = await round(2, 'open');

      await expect(move(lead, id, 'testing')).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message:
          'The evaluation cannot move to testing yet: Round 2 is still open (0 of 1 scores entered): reveal it or close it.',
      });
      const evaluation = await sut.get(lead, id);
      expect((await sut.statusCheck(lead, evaluation)).problems).toEqual([
        'Round 2 is still open (0 of 1 scores entered): reveal it or close it.',
      ]);
      expect((await sut.statusCheck(evaluator, evaluation)).problems).toEqual([
        'Round 2 is still open: the lead reveals or closes it when scoring is done.',
      ]);

      await bed.dataSource.query(`UPDATE scoring_round SET status = 'closed' WHERE id = $1`, [open.id]);
      expect((await move(lead, id, 'testing')).status).toBe('testing');
    });

    it.each([
      ['an evaluator', () => evaluator, 'FORBIDDEN', 'This needs one of these roles in the evaluation: lead.'],
      ['someone outside the evaluation', () => outsider, 'NOT_FOUND', 'The evaluation was not found.'],
    ])('is refused to %s', async (_who, actor, code, message) => {
      const id = await bed.evaluation(lead);
      await bed.member(id, evaluator, EvaluationRole.Evaluator);
      await bed.member(id, head, EvaluationRole.DepartmentHead);
      await expect(move(actor(), id, 'requirements')).rejects.toMatchObject({ extensions: { code }, message });
    });

    it('cancels only with a reason, and a cancelled evaluation moves no more', async () => {
      const id = await bed.evaluation(lead, { status: 'scoring' });
      for (const reason of [undefined, '  '])
        await expect(move(lead, id, 'cancelled', reason)).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT' },
          message: 'Say why the evaluation is cancelled.',
        });
      expect(await move(lead, id, 'cancelled', ' Budget withdrawn ')).toMatchObject({
        status: 'cancelled',
        cancelledReason: 'Budget withdrawn',
      });
      await expect(move(lead, id, 'testing')).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'The evaluation cannot move to testing yet: The evaluation is cancelled.',
      });
    });
  });

  describe('members', () => {
    it('are added by a lead, active people only', async () => {
      const id = await bed.evaluation(lead);
      const added = await sut.addMember(lead, { evaluationId: id, userId: evaluator.id, role: 'evaluator' });
      expect(added.map((m) => [m.displayName, m.roles])).toEqual([
        ['Eve Evaluator', ['evaluator']],
        ['Lia Lead', ['lead']],
      ]);
      await expect(
        sut.addMember(evaluator, { evaluationId: id, userId: head.id, role: 'evaluator' }),
      ).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: 'This needs one of these roles in the evaluation: lead.',
      });
      const gone = await bed.user({ name: 'Gil Gone', active: false });
      await expect(sut.addMember(lead, { evaluationId: id, userId: gone.id, role: 'viewer' })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'That account is deactivated.',
      });
    });

    it('keep the last lead', async () => {
      const id = await bed.evaluation(lead);
      const lastLead = { evaluationId: id, userId: lead.id, role: 'lead' as const };
      await expect(sut.removeMember(lead, lastLead)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'An evaluation needs a lead: add another lead first.',
      });
      await sut.addMember(lead, { evaluationId: id, userId: head.id, role: 'lead' });
      const left = await sut.removeMember(head, lastLead);
      expect(left.map((m) => [m.displayName, m.roles])).toEqual([['Hal Head', ['lead']]]);
    });

    it('let a lead step down when another lead remains, and show them who is left', async () => {
      const id = await bed.evaluation(lead);
      await sut.addMember(lead, { evaluationId: id, userId: head.id, role: 'lead' });
      const left = await sut.removeMember(lead, { evaluationId: id, userId: lead.id, role: 'lead' });
      expect(left.map((m) => [m.displayName, m.roles])).toEqual([['Hal Head', ['lead']]]);
    });

    it('are removed only when the membership exists', async () => {
      const id = await bed.evaluation(lead);
      await expect(
        sut.removeMember(lead, { evaluationId: id, userId: evaluator.id, role: 'evaluator' }),
      ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'That membership was not found.' });
    });

    it('no longer change once the evaluation is cancelled', async () => {
      const id = await bed.evaluation(lead, { status: 'cancelled' });
      await expect(
        sut.addMember(lead, { evaluationId: id, userId: evaluator.id, role: 'evaluator' }),
      ).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'The evaluation is cancelled; it can no longer change.',
      });
    });
  });

  describe('candidates', () => {
    it('are shortlisted once per product version, by a lead', async () => {
      const id = await bed.evaluation(lead);
      await bed.member(id, evaluator, EvaluationRole.Evaluator);
      const productVersionId = await bed.productVersion('Alpha');
      const shortlisted = await sut.shortlist(lead, { evaluationId: id, productVersionId });
      expect(shortlisted).toMatchObject({ productName: 'Alpha', versionName: '1.0', state: 'shortlisted' });
      await expect(sut.shortlist(lead, { evaluationId: id, productVersionId })).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'That product version is already a candidate in this evaluation.',
      });
      await expect(
        sut.shortlist(evaluator, { evaluationId: id, productVersionId: await bed.productVersion('Beta') }),
      ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });

    it.each(['recommended', 'selected'] as const)('are never set %s by hand', async (state) => {
      const id = await bed.evaluation(lead);
      const candidateId = await bed.candidate(id);
      await expect(sut.setCandidateState(lead, { id: candidateId, version: 1, state })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: `A candidate becomes ${state} through the recommendation (submitted, then approved by the directors); it cannot be set by hand.`,
      });
    });

    it('are eliminated with a reason and reinstated, from the version seen', async () => {
      const id = await bed.evaluation(lead);
      const candidateId = await bed.candidate(id);
      await expect(
        sut.setCandidateState(lead, { id: candidateId, version: 1, state: 'eliminated', reason: ' ' }),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'Say why the candidate is eliminated.',
      });
      const eliminated = await sut.setCandidateState(lead, {
        id: candidateId,
        version: 1,
        state: 'eliminated',
        reason: ' No UNIMARC support ',
      });
      expect(eliminated).toMatchObject({ state: 'eliminated', eliminatedReason: 'No UNIMARC support' });
      await expect(
        sut.setCandidateState(lead, { id: candidateId, version: 1, state: 'shortlisted' }),
      ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', changedBy: 'Lia Lead' } });
      const reinstated = await sut.setCandidateState(lead, {
        id: candidateId,
        version: eliminated.version,
        state: 'shortlisted',
      });
      expect(reinstated.state).toBe('shortlisted');
    });

    it('are hidden from whoever is outside the evaluation', async () => {
      const id = await bed.evaluation(lead);
      const candidateId = await bed.candidate(id);
      await expect(
        sut.setCandidateState(outsider, { id: candidateId, version: 1, state: 'eliminated', reason: 'No' }),
      ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'The candidate was not found.' });
      await expect(sut.candidates(outsider, id)).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
        message: 'The evaluation was not found.',
      });
    });
  });
});
