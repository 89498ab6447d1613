import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An exclusive lock on the embedded database's directory. Two processes writing one PGlite
 * directory corrupt it for good, so a second process is refused with a message saying which
 * process holds it. A lock left by a process that no longer runs is taken over.
 */
export class DataDirLock {
  private constructor(private readonly path: string) {}

  static acquire(dataDir: string): DataDirLock {
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, 'assay.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return new DataDirLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw error;
        }
        const holder = Number(readFileSync(path, 'utf8').trim());
        if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
          throw new Error(
            `The data directory ${dataDir} is in use by another Assay process (pid ${holder}). ` +
              'Stop that process, or set ASSAY_DATA_DIR to another directory, or use a PostgreSQL server (DATABASE_URL) to run several processes.',
          );
        }
        rmSync(path, { force: true });
      }
    }
    throw new Error(`Could not lock the data directory ${dataDir}.`);
  }

  release(): void {
    try {
      if (Number(readFileSync(this.path, 'utf8').trim()) === process.pid) {
        rmSync(this.path, { force: true });
      }
    } catch {
      // already gone
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
