import { setImmediate as nextTurn } from 'node:timers/promises';
import { JsonLogger } from './json-logger';

function sinks() {
  const writes: { to: 'out' | 'err'; text: string }[] = [];
  const out = { write: (text: string) => writes.push({ to: 'out', text }) };
  const err = { write: (text: string) => writes.push({ to: 'err', text }) };
  const lines = () =>
    writes.flatMap((w) =>
      w.text
        .split('\n')
        .filter(Boolean)
        .map((l) => ({ to: w.to, ...(JSON.parse(l) as Record<string, unknown>) })),
    );
  return { writes, out, err, lines };
}

describe('JsonLogger', () => {
  it('writes what Nest’s JSON logger writes: level, pid, timestamp, message and context', async () => {
    const s = sinks();
    const logger = new JsonLogger(['log', 'warn', 'error'], s.out, s.err);
    logger.log({ requestId: 'r1', status: 200 }, 'HTTP');
    await nextTurn();
    const [line] = s.lines();
    expect(line).toEqual({
      to: 'out',
      level: 'log',
      pid: process.pid,
      timestamp: expect.any(Number),
      message: { requestId: 'r1', status: 200 },
      context: 'HTTP',
    });
  });

  it('gathers the lines of one turn into one write, and writes a warning at once after them', async () => {
    const s = sinks();
    const logger = new JsonLogger(['log', 'warn', 'error'], s.out, s.err);
    logger.log('one');
    logger.log('two');
    expect(s.writes).toHaveLength(0);
    logger.warn('careful');
    expect(s.writes.map((w) => w.to)).toEqual(['out', 'out']);
    expect(s.lines().map((l) => l['message'])).toEqual(['one', 'two', 'careful']);
    logger.log('three');
    await nextTurn();
    expect(s.writes).toHaveLength(3);
    expect(s.lines().map((l) => l['message'])).toEqual(['one', 'two', 'careful', 'three']);
  });

  it('writes errors to standard error with their stack, and leaves out levels that are off', () => {
    const s = sinks();
    const logger = new JsonLogger(['warn', 'error'], s.out, s.err);
    logger.log('not written');
    logger.debug('not written either');
    logger.error(new Error('broken'), 'Boot');
    logger.error('failed', 'Error: failed\n    at work (file.js:1:2)', 'Jobs');
    logger.flush();
    const lines = s.lines();
    expect(lines.map((l) => [l.to, l['message'], l['context']])).toEqual([
      ['err', 'broken', 'Boot'],
      ['err', 'failed', 'Jobs'],
    ]);
    expect(lines[0]['stack']).toContain('Error: broken');
    expect(lines[1]['stack']).toContain('at work (file.js:1:2)');
  });

  it('writes a circular or huge message without throwing, each on one line', () => {
    const s = sinks();
    const logger = new JsonLogger(['log'], s.out, s.err);
    const circular: Record<string, unknown> = { name: 'loop' };
    circular['self'] = circular;
    logger.log(circular);
    logger.log({ big: 10n, text: 'x'.repeat(200_000) });
    logger.flush();
    const lines = s.lines();
    expect(lines).toHaveLength(2);
    expect(lines[0]['message']).toContain('[Circular *1]');
    expect(String(lines[1]['message'])).toMatch(/… \(cut\)$/);
    expect(String(lines[1]['message']).length).toBeLessThan(70_000);
  });
});
