import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where uploaded files' bytes are kept. Keys are made by the server (`newStorageKey`), never from
 * a client's file name. Local disk by default; an object store (S3-compatible) can stand in by
 * providing another implementation under FILE_STORAGE.
 */
export interface FileStorage {
  /** Stores the bytes under `key`, all or nothing: a reader never sees half a file. */
  put(key: string, bytes: Uint8Array): Promise<void>;
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

/** A new random key, sharded (`ab/cd/abcd…`) so that no directory grows to millions of entries. */
export function newStorageKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
}
