import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLock } from './data-dir-lock';

const lockFile = (dir: string) => join(dir, 'assay.lock');

/** The pid of a process that has exited (and so holds nothing). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not start node');
  return child.pid;
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
