import { EvaluationRole } from '@assay/domain';
import { DataSource } from 'typeorm';
import { ServiceTestBed } from '../../testing';
import { RequestActor } from '../auth/actor';
import { Notifier } from './notifier';

describe('Notifier', () => {
  let bed: ServiceTestBed;
  let sut: Notifier;
  let lead: RequestActor;
  let dora: RequestActor;
  let dan: RequestActor;
  let outsider: RequestActor;
  let evaluationId: string;

  const inbox = async (person: RequestActor) =>
    (await bed
      .get(DataSource)
      .query('SELECT kind, title, link FROM notification WHERE recipient_id = $1', [person.id])) as {
      kind: string;
      title: string;
      link: string;
    }[];

  beforeAll(async () => {
    bed = await ServiceTestBed.open([]);
    sut = bed.get(Notifier);
    lead = await bed.user({ name: 'Lia Lead' });
    dora = await bed.user({ name: 'Dora Director' });
    dan = await bed.user({ name: 'Dan Director' });
    outsider = await bed.user({ name: 'Otto Outsider' });
    evaluationId = await bed.evaluation(lead, { title: 'ILS 2027' });
    await bed.member(evaluationId, lead, EvaluationRole.Director);
    await bed.member(evaluationId, dora, EvaluationRole.Director);
    await bed.member(evaluationId, dan, EvaluationRole.Director);
  }, 120_000); // every migration on the embedded database, on a busy machine
  afterAll(() => bed?.close());

  it('notifies nobody when the action that caused it is rolled back', async () => {
    const failing = bed.get(DataSource).transaction(async (manager) => {
      const told = await sut.notify(manager, {
        recipients: { roles: [EvaluationRole.Director] },
        kind: 'waiver_proposed',
        actorId: lead.id,
        evaluationId,
        objectId: evaluationId,
        subject: 'CIRC-001 for Koha',
      });
      expect(told).toBe(2);
      throw new Error('The action failed after notifying.');
    });
    await expect(failing).rejects.toThrow('The action failed after notifying.');
    expect(await inbox(dora)).toEqual([]);
    expect(await inbox(dan)).toEqual([]);
  });

  it('leaves out the person who acted, non-members of the evaluation and repeated names', async () => {
    const told = await bed.get(DataSource).transaction((manager) =>
      sut.notify(manager, {
        recipients: [dora.id, dora.id, lead.id, outsider.id],
        kind: 'waiver_agreed',
        actorId: lead.id,
        evaluationId,
        objectId: evaluationId,
        subject: 'CIRC-001 for Koha',
      }),
    );
    expect(told).toBe(1);
    expect(await inbox(dora)).toEqual([
      {
        kind: 'waiver_agreed',
        title: 'Your waiver of CIRC-001 for Koha in ILS 2027 was agreed',
        link: `/evaluations/${evaluationId}/testing/acceptance`,
      },
    ]);
    expect(await inbox(lead)).toEqual([]);
    expect(await inbox(outsider)).toEqual([]);
  });
});
