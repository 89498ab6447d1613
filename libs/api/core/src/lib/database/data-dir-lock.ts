import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A takeover marker older than this was left by a process that died while taking over. */
const TAKEOVER_STALE_MS = 10_000;
const ATTEMPTS = 20;

/**
 * An exclusive lock on the embedded database's directory. Two processes writing one PGlite
 * directory corrupt it for good, so a second process is refused with a message saying which
 * process holds it. A lock left by a process that no longer runs (or that is a zombie waiting
 * to be reaped, as right after `kill -9`) is taken over.
 *
 * The lock file appears whole or not at all: it is written under a private name and hard-linked
 * into place, which fails when the lock exists. Taking over a stale lock is serialised by a
 * second, exclusively created marker, so two processes taking over at once cannot both win.
 */
export class DataDirLock {
  private constructor(private readonly path: string) {}

  static acquire(dataDir: string): DataDirLock {
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, 'assay.lock');
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (createExclusively(path, String(process.pid))) {
        return new DataDirLock(path);
      }
      const holder = readHolder(path);
      if (holder === undefined) {
        continue; // released meanwhile: try again
      }
      if (isLiveHolder(holder)) {
        throw new Error(
          `The data directory ${dataDir} is in use by another Assay process (pid ${holder}). ` +
            'Stop that process, or set ASSAY_DATA_DIR to another directory, or use a PostgreSQL server (DATABASE_URL) to run several processes.',
        );
      }
      takeOver(path, holder);
    }
    throw new Error(`Could not lock the data directory ${dataDir}: other processes kept taking it. Try again.`);
  }

  release(): void {
    try {
      if (readFileSync(this.path, 'utf8').trim() === String(process.pid)) {
        rmSync(this.path, { force: true });
      }
    } catch {
      // already gone
    }
  }
}

/** Creates `path` holding `content` unless it exists; false when it does. */
function createExclusively(path: string, content: string): boolean {
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
  writeFileSync(temporary, content, { flag: 'wx' });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/** The lock's content, or undefined when there is no lock file. */
function readHolder(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Removes the stale lock that named `stale`, unless another process is doing the same or has
 * already replaced it. Whoever holds the takeover marker re-reads the lock before removing it.
 */
function takeOver(path: string, stale: string): void {
  const marker = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(marker, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    removeIfAbandoned(marker);
    pause(25);
    return;
  }
  try {
    if (readHolder(path) === stale) {
      rmSync(path, { force: true });
    }
  } finally {
    closeSync(fd);
    rmSync(marker, { force: true });
  }
}

function removeIfAbandoned(marker: string): void {
  try {
    if (Date.now() - statSync(marker).mtimeMs > TAKEOVER_STALE_MS) rmSync(marker, { force: true });
  } catch {
    // gone meanwhile
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether the lock's content names another process that is still running. */
function isLiveHolder(content: string): boolean {
  const pid = /^\d+$/.test(content) ? Number(content) : NaN;
  return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid);
}

/** Alive and not a zombie: a killed process stays in the process table until its parent reaps it. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    // No /proc (not Linux): trust the signal check. Gone since: not running.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' && existsProc();
  }
  // "pid (command name) state …": the name may hold spaces and parentheses, so read after the last ')'.
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state === 'Z' || state === 'X' || state === 'x';
}

function existsProc(): boolean {
  try {
    return statSync('/proc/self/stat').isFile();
  } catch {
    return false;
  }
}
