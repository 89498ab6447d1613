import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import {
  FileSource,
  FileStorage,
  newStorageKey,
  sourceStream,
  StorageWithEarlierFiles,
  StoredFileMissingError,
} from './file-storage';

/** A store in memory, enough to tell which store a file went to. */
class MemoryStorage implements FileStorage {
  readonly files = new Map<string, string>();
  async put(key: string, source: FileSource): Promise<void> {
    this.files.set(key, await text(sourceStream(source)));
  }
  async get(key: string): Promise<Readable> {
    const content = this.files.get(key);
    if (content === undefined) throw new StoredFileMissingError(key);
    return Readable.from([Buffer.from(content)]);
  }
  async delete(key: string): Promise<void> {
    this.files.delete(key);
  }
}

describe('StorageWithEarlierFiles', () => {
  const store = new MemoryStorage();
  const earlier = new MemoryStorage();
  const sut = new StorageWithEarlierFiles(store, earlier);
  const before = newStorageKey();
  earlier.files.set(before, 'stored on disk before the switch');

  it('puts new files in the store, not the earlier one', async () => {
    const key = newStorageKey();
    await sut.put(key, Buffer.from('new'));
    expect(store.files.get(key)).toBe('new');
    expect(earlier.files.has(key)).toBe(false);
    expect(await text(await sut.get(key))).toBe('new');
  });

  it('reads a file the store does not hold from the earlier one', async () => {
    expect(await text(await sut.get(before))).toBe('stored on disk before the switch');
  });

  it('says a file is missing when neither holds it', async () => {
    await expect(sut.get(newStorageKey())).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('deletes a file wherever it is', async () => {
    await sut.delete(before);
    expect(earlier.files.has(before)).toBe(false);
    await expect(sut.get(before)).rejects.toBeInstanceOf(StoredFileMissingError);
  });
});
