import { ErrorCode } from '@assay/domain';
import { AppError } from '../errors/app-error';
import { EXPENSIVE_BUSY_MESSAGE, EXPENSIVE_SERVER_BUSY_MESSAGE, ExpensiveWorkLimiter } from './expensive-work';

/** Work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { open, done };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('ExpensiveWorkLimiter', () => {
  it('runs at most `atOnce` per person, queues the next ones and starts them as turns free up', async () => {
    const limiter = new ExpensiveWorkLimiter({ atOnce: 2, waiting: 4, waitMs: 60_000 });
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      limiter.run('ann', async () => {
        started.push(i);
        await g.done;
        return i;
      }),
    );
    await flush();
    expect(started).toEqual([0, 1]);
    expect(limiter.runningFor('ann')).toBe(2);
    gates[1].open();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    expect(limiter.runningFor('ann')).toBe(2);
    gates[0].open();
    gates[2].open();
    gates[3].open();
    await expect(Promise.all(runs)).resolves.toEqual([0, 1, 2, 3]);
    expect(limiter.runningFor('ann')).toBe(0);
  });

  it('refuses at once with RATE_LIMITED when too many are already waiting, and keeps other people unaffected', async () => {
    const limiter = new ExpensiveWorkLimiter({ atOnce: 1, waiting: 1, waitMs: 60_000 });
    const slow = gate();
    const first = limiter.run('ann', () => slow.done);
    const second = limiter.run('ann', async () => 'second');
    const third = limiter.run('ann', async () => 'third');
    await expect(third).rejects.toMatchObject({
      message: EXPENSIVE_BUSY_MESSAGE,
      extensions: { code: ErrorCode.RateLimited },
    });
    await expect(limiter.run('bob', async () => 'bob')).resolves.toBe('bob');
    slow.open();
    await first;
    await expect(second).resolves.toBe('second');
  });

  it('refuses one that waited too long, without losing the turn of the others', async () => {
    jest.useFakeTimers();
    try {
      const limiter = new ExpensiveWorkLimiter({ atOnce: 1, waiting: 2, waitMs: 1000 });
      const slow = gate();
      const first = limiter.run('ann', () => slow.done);
      const waiting = limiter.run('ann', async () => 'late');
      const refused = expect(waiting).rejects.toBeInstanceOf(AppError);
      jest.advanceTimersByTime(1001);
      await refused;
      slow.open();
      await first;
      expect(limiter.runningFor('ann')).toBe(0);
      await expect(limiter.run('ann', async () => 'again')).resolves.toBe('again');
    } finally {
      jest.useRealTimers();
    }
  });

  it('frees the turn when the work fails', async () => {
    const limiter = new ExpensiveWorkLimiter({ atOnce: 1, waiting: 0, waitMs: 1000 });
    await expect(limiter.run('ann', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run('ann', async () => 'next')).resolves.toBe('next');
  });

  it('runs at most `inProcess` at once whoever asks, handing each freed turn to the longest waiting', async () => {
    const limiter = new ExpensiveWorkLimiter({ atOnce: 2, waiting: 4, waitMs: 60_000, inProcess: 2 });
    const gates = [gate(), gate(), gate(), gate()];
    const started: string[] = [];
    const people = ['ann', 'bob', 'cat', 'dan'];
    const runs = people.map((person, i) =>
      limiter.run(person, async () => {
        started.push(person);
        await gates[i].done;
        return person;
      }),
    );
    await flush();
    expect(started).toEqual(['ann', 'bob']);
    expect(limiter.runningInProcess).toBe(2);
    gates[1].open();
    await flush();
    expect(started).toEqual(['ann', 'bob', 'cat']);
    expect(limiter.runningInProcess).toBe(2);
    for (const g of gates) g.open();
    await expect(Promise.all(runs)).resolves.toEqual(people);
    expect(limiter.runningInProcess).toBe(0);
    expect(people.map((p) => limiter.runningFor(p))).toEqual([0, 0, 0, 0]);
  });

  it('refuses one that waited too long for the process, saying the server is busy, and frees its person’s turn', async () => {
    jest.useFakeTimers();
    try {
      const limiter = new ExpensiveWorkLimiter({ atOnce: 1, waiting: 0, waitMs: 1000, inProcess: 1 });
      const slow = gate();
      const first = limiter.run('ann', () => slow.done);
      const second = expect(limiter.run('bob', async () => 'bob')).rejects.toMatchObject({
        message: EXPENSIVE_SERVER_BUSY_MESSAGE,
        extensions: { code: ErrorCode.RateLimited },
      });
      await jest.advanceTimersByTimeAsync(1000);
      await second;
      expect(limiter.runningFor('bob')).toBe(0);
      slow.open();
      await first;
      expect(limiter.runningInProcess).toBe(0);
      await expect(limiter.run('bob', async () => 'again')).resolves.toBe('again');
    } finally {
      jest.useRealTimers();
    }
  });
});
