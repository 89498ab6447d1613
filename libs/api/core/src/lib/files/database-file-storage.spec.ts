import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { DataSource } from 'typeorm';
import { ServiceTestBed } from '../../testing';
import { DatabaseFileStorage, inChunks } from './database-file-storage';
import { newStorageKey, StoredFileMissingError } from './file-storage';

describe('DatabaseFileStorage', () => {
  let bed: ServiceTestBed;
  let database: DataSource;
  /** Small chunks, so that a few kilobytes span several of them. */
  let sut: DatabaseFileStorage;

  const rowsOf = async (key: string) => ({
    header: (await database.query(`SELECT size_bytes, sha256, chunks FROM stored_file WHERE key = $1`, [key])) as {
      size_bytes: string;
      sha256: string;
      chunks: number;
    }[],
    chunks: (await database.query(
      `SELECT seq, length(bytes) AS length FROM file_chunk WHERE file_key = $1 ORDER BY seq`,
      [key],
    )) as { seq: number; length: number }[],
  });

  beforeAll(async () => {
    bed = await ServiceTestBed.open([]);
    database = bed.get(DataSource);
    sut = new DatabaseFileStorage(database, 1000);
  }, 120_000); // every migration on the embedded database, on a busy machine
  afterAll(() => bed?.close());

  it('stores a stream in chunks with its size and SHA-256, reads it back and deletes it', async () => {
    const bytes = randomBytes(2500);
    const key = newStorageKey();
    // Pieces that do not line up with the chunks.
    await sut.put(key, Readable.from([bytes.subarray(0, 7), bytes.subarray(7, 1800), bytes.subarray(1800)]));

    const { header, chunks } = await rowsOf(key);
    expect(header).toEqual([
      { size_bytes: '2500', sha256: createHash('sha256').update(bytes).digest('hex'), chunks: 3 },
    ]);
    expect(chunks).toEqual([
      { seq: 0, length: 1000 },
      { seq: 1, length: 1000 },
      { seq: 2, length: 500 },
    ]);
    expect((await buffer(await sut.get(key))).equals(bytes)).toBe(true);

    await sut.delete(key);
    expect(await rowsOf(key)).toEqual({ header: [], chunks: [] });
    await expect(sut.get(key)).rejects.toBeInstanceOf(StoredFileMissingError);
    await expect(sut.delete(key)).resolves.toBeUndefined();
  });

  it('stores bytes held in memory, and an empty file', async () => {
    const key = newStorageKey();
    await sut.put(key, Buffer.from('hello'));
    expect((await buffer(await sut.get(key))).toString()).toBe('hello');
    const empty = newStorageKey();
    await sut.put(empty, Buffer.alloc(0));
    expect((await buffer(await sut.get(empty))).length).toBe(0);
  });

  it('keeps nothing when the source fails part-way', async () => {
    const key = newStorageKey();
    async function* failing() {
      yield randomBytes(1500);
      throw new Error('The upload was cut off.');
    }
    await expect(sut.put(key, Readable.from(failing()))).rejects.toThrow('cut off');
    expect(await rowsOf(key)).toEqual({ header: [], chunks: [] });
  });

  it('reads one chunk at a time, as the reader asks for more', async () => {
    const key = newStorageKey();
    await sut.put(key, randomBytes(5000));
    const query = jest.spyOn(database, 'query');
    try {
      const stream = await sut.get(key);
      const first = await new Promise<Buffer>((resolve) => stream.once('data', resolve));
      stream.pause();
      expect(first.length).toBe(1000);
      // The header and at most the chunks the stream buffers ahead, not all five.
      expect(query.mock.calls.length).toBeLessThanOrEqual(3);
      stream.destroy();
    } finally {
      query.mockRestore();
    }
  });

  it('refuses anything but a key of its own making', async () => {
    for (const key of ['../../etc/passwd', 'report.pdf']) {
      await expect(sut.put(key, Buffer.from('x'))).rejects.toThrow(/Not a storage key/);
      await expect(sut.get(key)).rejects.toThrow(/Not a storage key/);
      await expect(sut.delete(key)).rejects.toThrow(/Not a storage key/);
    }
  });
});

describe('inChunks', () => {
  it('regroups pieces into chunks of the given size, the last one shorter', async () => {
    const pieces = ['ab', 'cdefg', '', 'h', 'ijklmnop'].map((piece) => Buffer.from(piece));
    const chunks: string[] = [];
    for await (const chunk of inChunks(Readable.from(pieces), 3)) chunks.push(chunk.toString());
    expect(chunks).toEqual(['abc', 'def', 'ghi', 'jkl', 'mno', 'p']);
  });
});
