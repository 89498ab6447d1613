import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

/** A file's bytes on their way to storage: in memory, or a stream read once to its end. */
export type FileSource = Uint8Array | Readable;

/**
 * Where uploaded files' bytes are kept. Keys are made by the server (`newStorageKey`), never from
 * a client's file name. ASSAY_FILES_STORE chooses: PostgreSQL (`DatabaseFileStorage`, the default
 * on a server database, shared by every API process) or the local disk (`LocalDiskStorage`, the
 * default beside the embedded database). An object store could stand in under FILE_STORAGE.
 */
export interface FileStorage {
  /** Stores the bytes under `key`, all or nothing: a reader never sees half a file. */
  put(key: string, source: FileSource): Promise<void>;
  /** Opens the file for reading. Rejects with StoredFileMissingError when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the file; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** The DI token of the FileStorage in use. */
export const FILE_STORAGE = Symbol('FileStorage');

export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`No stored file under ${key}.`);
    this.name = 'StoredFileMissingError';
  }
}

/** Shape of every key: two levels of shard directories, then a random UUID. */
export const STORAGE_KEY_PATTERN =
  /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Refuses (as a programming error) a key that `newStorageKey` did not make: a path, `..`. */
export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}

/** A source as a stream, so that drivers write memory and streams alike. */
export function sourceStream(source: FileSource): Readable {
  return source instanceof Readable ? source : Readable.from([Buffer.from(source)]);
}

/** A new random key, sharded (`ab/cd/abcd…`) so that no directory grows to millions of entries. */
export function newStorageKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
}

/**
 * A store in front of the one an installation used before: new files go to `store`; a file it does
 * not hold is read from (and deleted in) `earlier`. An installation on a server database that kept
 * its files on disk before the database store became the default keeps serving them.
 */
export class StorageWithEarlierFiles implements FileStorage {
  constructor(
    private readonly store: FileStorage,
    private readonly earlier: FileStorage,
  ) {}

  put(key: string, source: FileSource): Promise<void> {
    return this.store.put(key, source);
  }

  async get(key: string): Promise<Readable> {
    try {
      return await this.store.get(key);
    } catch (error) {
      if (error instanceof StoredFileMissingError) return this.earlier.get(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.store.delete(key);
    await this.earlier.delete(key);
  }
}
