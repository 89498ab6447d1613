import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { newStorageKey, STORAGE_KEY_PATTERN, StoredFileMissingError } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';

describe('LocalDiskStorage', () => {
  let root: string;
  let sut: LocalDiskStorage;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'assay-storage-'));
    sut = new LocalDiskStorage(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores, reads back and deletes a file under a sharded key, leaving no temporary file', async () => {
    const key = newStorageKey();
    expect(key).toMatch(STORAGE_KEY_PATTERN);
    await sut.put(key, Buffer.from('hello'));
    expect(await text(await sut.get(key))).toBe('hello');
    expect(readdirSync(join(root, ...key.split('/').slice(0, 2)))).toEqual([key.split('/')[2]]);
    await sut.delete(key);
    await expect(sut.get(key)).rejects.toBeInstanceOf(StoredFileMissingError);
    await expect(sut.delete(key)).resolves.toBeUndefined();
  });

  it('refuses anything but a key of its own making', async () => {
    for (const key of ['../../etc/passwd', 'ab/cd/../../x', '/etc/passwd', 'report.pdf']) {
      await expect(sut.put(key, Buffer.from('x'))).rejects.toThrow(/Not a storage key/);
      await expect(sut.get(key)).rejects.toThrow(/Not a storage key/);
    }
  });

  it('removes a temporary root at shutdown, and keeps a configured one', async () => {
    await sut.put(newStorageKey(), Buffer.from('x'));
    await sut.onApplicationShutdown();
    expect(existsSync(root)).toBe(true);
    const temporary = new LocalDiskStorage(root, true);
    await temporary.onApplicationShutdown();
    expect(existsSync(root)).toBe(false);
  });
});
