import { EntityManager } from 'typeorm';
import { assertEvaluationOpen, lockOpenEvaluation } from './open-evaluation';

describe('assertEvaluationOpen', () => {
  it.each(['draft', 'requirements', 'scoring', 'recommendation'])('lets a %s evaluation change', (status) => {
    expect(() => assertEvaluationOpen({ status } as never)).not.toThrow();
  });

  it.each([
    ['cancelled', undefined, 'The evaluation is cancelled.'],
    ['decided', 'it', 'The evaluation is decided; it can no longer change.'],
    ['cancelled', 'its costs', 'The evaluation is cancelled; its costs can no longer change.'],
  ])('refuses a %s evaluation (%s) with CONFLICT', (status, what, message) => {
    expect(() => assertEvaluationOpen({ status } as never, what)).toThrow(
      expect.objectContaining({ message, extensions: { code: 'CONFLICT' } }),
    );
  });
});

describe('lockOpenEvaluation', () => {
  const managerWith = (row: object | null, locks: unknown[] = []) =>
    ({
      getRepository: () => ({
        findOne: async ({ lock }: { lock: unknown }) => {
          locks.push(lock);
          return row;
        },
      }),
    }) as unknown as EntityManager;

  it('reads the evaluation with a write lock', async () => {
    const locks: unknown[] = [];
    await expect(lockOpenEvaluation(managerWith({ id: 'e-1', status: 'draft' }, locks), 'e-1')).resolves.toEqual({
      id: 'e-1',
      status: 'draft',
    });
    expect(locks).toEqual([{ mode: 'pessimistic_write' }]);
  });

  it('is NOT_FOUND for a missing evaluation and CONFLICT for a closed one', async () => {
    await expect(lockOpenEvaluation(managerWith(null), 'e-1')).rejects.toMatchObject({
      message: 'The evaluation was not found.',
    });
    await expect(
      lockOpenEvaluation(managerWith({ id: 'e-1', status: 'decided' }), 'e-1', 'its requirements'),
    ).rejects.toMatchObject({ message: 'The evaluation is decided; its requirements can no longer change.' });
  });
});
