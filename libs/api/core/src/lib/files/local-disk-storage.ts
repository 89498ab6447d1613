import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, FileSource, FileStorage, sourceStream, StoredFileMissingError } from './file-storage';

/**
 * Files on the local disk under one root directory. A file is written to a temporary name beside
 * its final place and renamed, so a crash or a full disk never leaves a partial file under a key.
 * Fits one process, or several sharing a network file system; use the database store otherwise.
 */
export class LocalDiskStorage implements FileStorage, OnApplicationShutdown {
  private readonly logger = new Logger('FileStorage');

  constructor(
    readonly root: string,
    private readonly removeOnShutdown = false,
  ) {}

  async put(key: string, source: FileSource): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.partial`;
    try {
      await pipeline(sourceStream(source), createWriteStream(temporary, { mode: 0o600, flags: 'wx', flush: true }));
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      // Opened first, so a missing file is known before anything is sent.
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.removeOnShutdown) return;
    await rm(this.root, { recursive: true, force: true }).catch((error: unknown) =>
      this.logger.warn(`Could not remove ${this.root}: ${String(error)}`),
    );
  }

  /** Keys are made by newStorageKey; anything else (a path, `..`) is refused, whatever its source. */
  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.root, ...key.split('/'));
  }
}
