import { RequestActor } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EvaluationRole } from '@assay/domain';
import { EvaluationsModule } from '../evaluations.module';
import { CreateRequirementInput } from './requirements.inputs';
import { RequirementsService } from './requirements.service';

describe('RequirementsService', () => {
  let bed: ServiceTestBed;
  let sut: RequirementsService;
  let circulation: string;
  let acquisitions: string;
  let lead: RequestActor;
  let head: RequestActor;
  let viewer: RequestActor;
  let outsider: RequestActor;
  let admin: RequestActor;

  /** A new evaluation (in requirements unless told) with the lead, a circulation head and a viewer. */
  async function evaluation(status = 'requirements'): Promise<string> {
    const id = await bed.evaluation(lead, { status });
    await bed.member(id, head, EvaluationRole.DepartmentHead);
    await bed.member(id, viewer, EvaluationRole.Viewer);
    return id;
  }

  const requirement = (evaluationId: string, fields: Partial<CreateRequirementInput> = {}) =>
    sut.create(lead, {
      evaluationId,
      departmentId: circulation,
      title: 'Place holds',
      priority: 'must',
      ...fields,
    });

  beforeAll(async () => {
    bed = await ServiceTestBed.open([EvaluationsModule]);
    sut = bed.get(RequirementsService);
    circulation = await bed.department('CIRC', 'Circulation');
    acquisitions = await bed.department('ACQ', 'Acquisitions');
    lead = await bed.user({ name: 'Lia Lead' });
    head = await bed.user({ name: 'Hal Head', departmentId: circulation });
    viewer = await bed.user({ name: 'Vic Viewer', departmentId: circulation });
    outsider = await bed.user({ name: 'Otto Outsider' });
    admin = await bed.admin();
  }, 120_000);
  afterAll(() => bed?.close());

  describe('codes', () => {
    it('generates the next code from the department prefix, and takes a given one in capitals', async () => {
      const evaluationId = await evaluation();
      expect((await requirement(evaluationId)).code).toBe('CIRC-001');
      expect((await requirement(evaluationId, { code: 'circ-010' })).code).toBe('CIRC-010');
      expect((await requirement(evaluationId)).code).toBe('CIRC-011');
      expect((await requirement(evaluationId, { departmentId: acquisitions })).code).toBe('ACQ-001');
    });

    it('refuses a code used twice in one evaluation, on create and on edit, but not in another evaluation', async () => {
      const evaluationId = await evaluation();
      await requirement(evaluationId, { code: 'HOLD-1' });
      const other = await requirement(evaluationId, { code: 'HOLD-2' });
      const clash = { extensions: { code: 'CONFLICT' }, message: 'Another requirement already has the code HOLD-1.' };
      await expect(requirement(evaluationId, { code: 'hold-1' })).rejects.toMatchObject(clash);
      await expect(sut.update(lead, { id: other.id, version: other.version, code: 'HOLD-1' })).rejects.toMatchObject(
        clash,
      );
      expect((await requirement(await evaluation(), { code: 'HOLD-1' })).code).toBe('HOLD-1');
    });
  });

  describe('verification method', () => {
    it('is test unless given, changes through the versioned edit, and filters the list', async () => {
      const evaluationId = await evaluation();
      const plain = await requirement(evaluationId);
      const shown = await requirement(evaluationId, { verificationMethod: 'demonstration' });
      expect(plain.verificationMethod).toBe('test');
      expect(shown.verificationMethod).toBe('demonstration');

      const changed = await sut.update(lead, {
        id: plain.id,
        version: plain.version,
        verificationMethod: 'vendor_statement',
      });
      expect(changed).toMatchObject({ verificationMethod: 'vendor_statement', version: plain.version + 1 });
      await expect(
        sut.update(lead, { id: plain.id, version: plain.version, verificationMethod: 'inspection' }),
      ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });

      const listed = await sut.list(lead, evaluationId, { verificationMethods: ['vendor_statement', 'inspection'] });
      expect(listed.items.map((item) => item.id)).toEqual([plain.id]);
      expect((await sut.list(lead, evaluationId, { verificationMethods: ['test'] })).total).toBe(0);
    });
  });

  describe('who may write', () => {
    it('lets a department head add and edit their own department’s requirements while they are gathered', async () => {
      const evaluationId = await evaluation();
      const own = await sut.create(head, {
        evaluationId,
        departmentId: circulation,
        title: 'Renew',
        priority: 'should',
      });
      const edited = await sut.update(head, { id: own.id, version: own.version, title: 'Renew loans' });
      expect(edited).toMatchObject({ title: 'Renew loans', status: 'proposed' });
    });

    it.each([
      [
        'a head, into another department',
        () => head,
        () => acquisitions,
        'FORBIDDEN',
        'Department heads change only their own department’s requirements.',
      ],
      [
        'a viewer',
        () => viewer,
        () => circulation,
        'FORBIDDEN',
        'Only the evaluation’s lead and department heads may change requirements.',
      ],
      [
        'someone outside the evaluation',
        () => outsider,
        () => circulation,
        'NOT_FOUND',
        'The evaluation was not found.',
      ],
    ])('refuses an addition by %s', async (_who, actor, department, code, message) => {
      const evaluationId = await evaluation();
      await expect(
        sut.create(actor(), {
          evaluationId,
          departmentId: department(),
          title: 'Renew',
          priority: 'should',
        }),
      ).rejects.toMatchObject({ extensions: { code }, message });
    });

    it('keeps a head away once requirements are no longer gathered, and the lead until the evaluation closes', async () => {
      const evaluationId = await evaluation('scoring');
      await expect(
        sut.create(head, { evaluationId, departmentId: circulation, title: 'Renew', priority: 'should' }),
      ).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: 'Requirements are no longer gathered (the evaluation is in scoring); ask the lead.',
      });
      const added = await requirement(evaluationId);
      await bed.setStatus(evaluationId, 'decided');
      await expect(sut.update(lead, { id: added.id, version: added.version, title: 'Late' })).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'The evaluation is decided; its requirements can no longer change.',
      });
    });

    it('leaves an approved requirement to the lead: the proposer may edit it only once it is reopened', async () => {
      const evaluationId = await evaluation();
      const own = await sut.create(head, {
        evaluationId,
        departmentId: circulation,
        title: 'Renew',
        priority: 'should',
      });
      const [approved] = await sut.decide(lead, {
        requirements: [{ id: own.id, version: own.version }],
        decision: 'approved',
      });
      await expect(
        sut.update(head, { id: own.id, version: approved.version, title: 'Renew more' }),
      ).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: 'This requirement is approved; ask the lead to reopen it before changing it.',
      });
      const [reopened] = await sut.decide(lead, {
        requirements: [{ id: own.id, version: approved.version }],
        decision: 'proposed',
      });
      expect(reopened).toMatchObject({ status: 'proposed', decidedBy: null });
      expect((await sut.update(head, { id: own.id, version: reopened.version, title: 'Renew more' })).title).toBe(
        'Renew more',
      );
    });

    it('refuses an edit based on an old version, naming who saved the newer one', async () => {
      const evaluationId = await evaluation();
      const added = await requirement(evaluationId);
      await sut.update(lead, { id: added.id, version: added.version, title: 'Place and cancel holds' });
      await expect(sut.update(head, { id: added.id, version: added.version, title: 'Stale' })).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', changedBy: 'Lia Lead', currentVersion: added.version + 1 },
        message: expect.stringMatching(
          /^Requirement CIRC-001 was changed by Lia Lead at .+ UTC after you opened it\. Reload to see their changes, then edit again\.$/,
        ),
      });
    });
  });

  describe('decisions', () => {
    it.each([
      ['a department head', () => head, 'FORBIDDEN', 'Only the evaluation’s lead may do that.'],
      ['a viewer', () => viewer, 'FORBIDDEN', 'Only the evaluation’s lead may do that.'],
      ['someone outside the evaluation', () => outsider, 'NOT_FOUND', 'One of the requirements was not found.'],
    ])('are refused to %s', async (_who, actor, code, message) => {
      const evaluationId = await evaluation();
      const added = await requirement(evaluationId);
      await expect(
        sut.decide(actor(), { requirements: [{ id: added.id, version: added.version }], decision: 'approved' }),
      ).rejects.toMatchObject({ extensions: { code }, message });
    });

    it('are taken by the lead or an administrator', async () => {
      const evaluationId = await evaluation();
      const added = await requirement(evaluationId);
      const [approved] = await sut.decide(admin, {
        requirements: [{ id: added.id, version: added.version }],
        decision: 'approved',
      });
      expect(approved).toMatchObject({ status: 'approved', decidedBy: admin.id });
    });

    it('need a reason to reject', async () => {
      const evaluationId = await evaluation();
      const added = await requirement(evaluationId);
      for (const comment of [undefined, '   '])
        await expect(
          sut.decide(lead, { requirements: [{ id: added.id, version: added.version }], decision: 'rejected', comment }),
        ).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT' },
          message: 'Say why the requirements are rejected.',
        });
      const [rejected] = await sut.decide(lead, {
        requirements: [{ id: added.id, version: added.version }],
        decision: 'rejected',
        comment: ' Out of scope ',
      });
      expect(rejected).toMatchObject({ status: 'rejected', decisionComment: 'Out of scope' });
    });

    it('are all or nothing: one stale version saves none', async () => {
      const evaluationId = await evaluation();
      const first = await requirement(evaluationId);
      const second = await requirement(evaluationId);
      await sut.update(lead, { id: second.id, version: second.version, title: 'Changed meanwhile' });
      await expect(
        sut.decide(lead, {
          requirements: [
            { id: first.id, version: first.version },
            { id: second.id, version: second.version },
          ],
          decision: 'approved',
        }),
      ).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', codes: ['CIRC-002'] },
        message: expect.stringMatching(
          /^1 of the 2 requirements changed since you loaded them \(CIRC-002\)\. .+ Nothing was saved\.$/,
        ),
      });
      expect((await sut.get(lead, first.id)).status).toBe('proposed');
    });

    it('take requirements of one evaluation at a time', async () => {
      const one = await requirement(await evaluation());
      const other = await requirement(await evaluation());
      await expect(
        sut.decide(lead, {
          requirements: [
            { id: one.id, version: one.version },
            { id: other.id, version: other.version },
          ],
          decision: 'approved',
        }),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'Choose requirements of one evaluation at a time.',
      });
    });
  });

  describe('reading', () => {
    it('shows requirements to members and hides them from everyone else', async () => {
      const evaluationId = await evaluation();
      const added = await requirement(evaluationId);
      expect((await sut.list(viewer, evaluationId)).total).toBe(1);
      expect((await sut.get(viewer, added.id)).code).toBe('CIRC-001');
      await expect(sut.get(outsider, added.id)).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
        message: 'The requirement was not found.',
      });
      await expect(sut.list(outsider, evaluationId)).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
        message: 'The evaluation was not found.',
      });
    });
  });

  describe('training needs', () => {
    it('sums people and hours per candidate, and takes only candidates of the evaluation', async () => {
      const evaluationId = await evaluation();
      const alpha = await bed.candidate(evaluationId, 'Alpha');
      const need = { departmentId: circulation, topic: 'Holds', people: 4, hoursPerPerson: 2.5 };
      await sut.saveTrainingNeed(head, evaluationId, { ...need, candidateId: alpha });
      await sut.saveTrainingNeed(lead, evaluationId, { ...need, candidateId: alpha, people: 2, hoursPerPerson: 1 });
      expect(await sut.trainingSummary(viewer, evaluationId)).toEqual([
        { candidateId: alpha, needs: 2, people: 6, totalHours: 12 },
      ]);
      const elsewhere = await bed.candidate(await evaluation(), 'Beta');
      await expect(sut.saveTrainingNeed(lead, evaluationId, { ...need, candidateId: elsewhere })).rejects.toMatchObject(
        { extensions: { code: 'BAD_USER_INPUT' }, message: 'Choose a candidate of this evaluation.' },
      );
    });
  });
});
