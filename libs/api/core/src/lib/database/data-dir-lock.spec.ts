import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModuleKind, transpileModule } from 'typescript';
import { DataDirLock } from './data-dir-lock';

const lockFile = (dir: string) => join(dir, 'assay.lock');

/** The pid of a process that has exited (and so holds nothing). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not start node');
  return child.pid;
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!condition()) throw new Error('condition not reached');
}

describe('DataDirLock', () => {
  let dir: string;
  let other: ChildProcess | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'assay-lock-'));
  });

  afterEach(() => {
    other?.kill();
    other = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  /** Another live process, as a second Assay server would be. */
  function liveProcess(): number {
    other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    if (other.pid === undefined) throw new Error('could not start node');
    return other.pid;
  }

  it('creates the directory and writes its own pid into the lock', () => {
    const nested = join(dir, 'not', 'yet', 'there');
    DataDirLock.acquire(nested);
    expect(readFileSync(lockFile(nested), 'utf8')).toBe(String(process.pid));
  });

  it('refuses a directory held by another running process, naming its pid and leaving its lock alone', () => {
    const holder = liveProcess();
    writeFileSync(lockFile(dir), String(holder));
    expect(() => DataDirLock.acquire(dir)).toThrow(new RegExp(`in use by another Assay process \\(pid ${holder}\\)`));
    expect(() => DataDirLock.acquire(dir)).toThrow(dir);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(holder));
  });

  it.each([
    ['a process that no longer runs', () => String(deadPid())],
    ['an empty lock file', () => ''],
    ['garbage', () => 'not a pid'],
    ['pid 0', () => '0'],
    ['a negative pid', () => '-1'],
    ['this very process (a pid reused after a crash, as pid 1 in a container)', () => String(process.pid)],
  ])('takes over a stale lock left by %s', (_label, content) => {
    writeFileSync(lockFile(dir), content());
    DataDirLock.acquire(dir);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
  });

  it('takes over a lock whose holder was killed but not yet reaped (a zombie)', async () => {
    // The shell replaces itself with `sleep`, which never reaps the child that has exited.
    other = spawn('sh', ['-c', 'sh -c "exit 0" & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const zombie = Number(
      await new Promise<string>((resolve) => other?.stdout?.once('data', (data: Buffer) => resolve(data.toString()))),
    );
    await waitFor(
      () =>
        existsSync(`/proc/${zombie}`) && / Z /.test(readFileSync(`/proc/${zombie}/stat`, 'utf8').replace(/^.*\)/, ')')),
    );
    expect(() => process.kill(zombie, 0)).not.toThrow(); // the signal check alone would call it alive
    writeFileSync(lockFile(dir), String(zombie));
    DataDirLock.acquire(dir);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
  }, 30_000); // starting two shells and waiting for the zombie can take seconds on a busy machine

  it('lets exactly one of several processes that take over one stale lock at the same moment win', async () => {
    const module = join(dir, 'data-dir-lock.js');
    const source = readFileSync(join(__dirname, 'data-dir-lock.ts'), 'utf8');
    writeFileSync(module, transpileModule(source, { compilerOptions: { module: ModuleKind.CommonJS } }).outputText);
    // Each contender reports its outcome and then stays alive until told to go: a winner that
    // exited while a slow contender was still starting would leave a stale lock for it to win too.
    const contender = `
      const { DataDirLock } = require(${JSON.stringify(module)});
      const start = Number(process.argv[1]);
      while (Date.now() < start) {}
      let outcome = 'refused';
      try { DataDirLock.acquire(process.argv[2]); outcome = 'won'; } catch {}
      process.stdout.write(outcome);
      process.stdin.resume();
      process.stdin.on('end', () => process.exit(0));`;
    for (let round = 0; round < 5; round++) {
      const data = join(dir, `round-${round}`);
      spawnSync('mkdir', [data]);
      writeFileSync(lockFile(data), String(deadPid()));
      const start = Date.now() + 700;
      const contenders = Array.from({ length: 6 }, () =>
        spawn(process.execPath, ['-e', contender, String(start), data], { stdio: ['pipe', 'pipe', 'inherit'] }),
      );
      const outcomes = await Promise.all(
        contenders.map(
          (child) =>
            new Promise<string>((resolve, reject) => {
              child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
              child.once('error', reject);
              child.once('exit', (code) => reject(new Error(`a contender exited early (${code})`)));
            }),
        ),
      );
      const exited = contenders.map((child) => new Promise((resolve) => child.once('exit', resolve)));
      for (const child of contenders) child.stdin.end();
      await Promise.all(exited);
      expect(outcomes.filter((outcome) => outcome === 'won')).toHaveLength(1);
      expect(readdirSync(data)).toEqual(['assay.lock']);
    }
  }, 60_000);

  it('removes its own lock on release, so the directory can be locked again', () => {
    const sut = DataDirLock.acquire(dir);
    sut.release();
    expect(existsSync(lockFile(dir))).toBe(false);
    expect(() => DataDirLock.acquire(dir).release()).not.toThrow();
  });

  it('leaves alone a lock that another process has taken since', () => {
    const sut = DataDirLock.acquire(dir);
    const holder = liveProcess();
    writeFileSync(lockFile(dir), String(holder));
    sut.release();
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(holder));
  });

  it('releases quietly when the lock is already gone', () => {
    const sut = DataDirLock.acquire(dir);
    rmSync(lockFile(dir));
    expect(() => sut.release()).not.toThrow();
    expect(() => sut.release()).not.toThrow();
  });
});
