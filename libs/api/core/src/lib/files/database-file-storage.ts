import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { assertStorageKey, FileSource, FileStorage, sourceStream, StoredFileMissingError } from './file-storage';

/** The size of each stored piece of a file: large enough to be few, small enough to hold in memory. */
export const FILE_CHUNK_BYTES = 256 * 1024;

/**
 * Files kept in PostgreSQL (`stored_file` and its `file_chunk` rows), so that every API process on
 * one database server reads what any of them stored, without a shared disk. A file is written in
 * one transaction, chunk by chunk as its source delivers them, and read back one chunk at a time
 * as the reader asks for more: neither way is a whole file held in memory.
 */
export class DatabaseFileStorage implements FileStorage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chunkBytes = FILE_CHUNK_BYTES,
  ) {}

  async put(key: string, source: FileSource): Promise<void> {
    assertStorageKey(key);
    await this.dataSource.transaction((manager) =>
      writeStoredFile((sql, parameters) => manager.query(sql, parameters), key, source, this.chunkBytes),
    );
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    // Looked up first, so a missing file is known before anything is sent.
    const [header]: { chunks: number }[] = await this.dataSource.query(
      `SELECT chunks FROM stored_file WHERE key = $1`,
      [key],
    );
    if (!header) throw new StoredFileMissingError(key);
    return Readable.from(this.chunksOf(key, header.chunks), { objectMode: false, highWaterMark: this.chunkBytes });
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    // The chunks go with their header (ON DELETE CASCADE).
    await this.dataSource.query(`DELETE FROM stored_file WHERE key = $1`, [key]);
  }

  /** The chunks in order, each read when the stream's reader wants more. */
  private async *chunksOf(key: string, count: number): AsyncGenerator<Buffer> {
    for (let seq = 0; seq < count; seq += 1) {
      const [row]: { bytes: Uint8Array }[] = await this.dataSource.query(
        `SELECT bytes FROM file_chunk WHERE file_key = $1 AND seq = $2`,
        [key, seq],
      );
      // Deleted while it was being read: end the download with an error rather than a short file.
      if (!row) throw new StoredFileMissingError(key);
      yield Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
    }
  }
}

/**
 * Writes a file into the database store through `query`, which must run inside a transaction (the
 * header is inserted first and completed once every chunk is in). The store's own `put`, and a
 * restore inside its transaction, both write this way.
 */
export async function writeStoredFile(
  query: (sql: string, parameters: unknown[]) => Promise<unknown>,
  key: string,
  source: FileSource,
  chunkBytes = FILE_CHUNK_BYTES,
): Promise<void> {
  assertStorageKey(key);
  const hash = createHash('sha256');
  let size = 0;
  let chunks = 0;
  // The header first, so that the chunks' foreign key holds; completed once they are all in.
  await query(`INSERT INTO stored_file (key, size_bytes, sha256, chunks) VALUES ($1, 0, '', 0)`, [key]);
  for await (const chunk of inChunks(sourceStream(source), chunkBytes)) {
    hash.update(chunk);
    size += chunk.length;
    await query(`INSERT INTO file_chunk (file_key, seq, bytes) VALUES ($1, $2, $3)`, [key, chunks, chunk]);
    chunks += 1;
  }
  await query(`UPDATE stored_file SET size_bytes = $2, sha256 = $3, chunks = $4 WHERE key = $1`, [
    key,
    size,
    hash.digest('hex'),
    chunks,
  ]);
}

/** The stream's bytes regrouped into pieces of exactly `size` bytes (the last one shorter). */
export async function* inChunks(stream: AsyncIterable<Uint8Array | string>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of stream) {
    let data =
      typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (pendingBytes + data.length >= size) {
      const take = size - pendingBytes;
      yield Buffer.concat([...pending, data.subarray(0, take)]);
      pending = [];
      pendingBytes = 0;
      data = data.subarray(take);
    }
    if (data.length > 0) {
      pending.push(data);
      pendingBytes += data.length;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}
