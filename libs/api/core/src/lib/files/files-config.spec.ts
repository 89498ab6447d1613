import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/app-config';

describe('file settings', () => {
  it('keeps files in the data directory by default, with a 25 MB limit', () => {
    const sut = loadConfig({ ASSAY_DATA_DIR: '/var/lib/assay' });
    expect(sut.filesDir).toBe('/var/lib/assay/files');
    expect(sut.filesDirIsTemporary).toBe(false);
    expect(sut.ASSAY_MAX_UPLOAD_MB).toBe(25);
    expect(sut.maxUploadBytes).toBe(25 * 1024 * 1024);
  });

  it('uses ASSAY_FILES_DIR when set, made absolute', () => {
    expect(loadConfig({ ASSAY_FILES_DIR: 'uploads' }).filesDir).toBe(resolve('uploads'));
  });

  it('uses a temporary directory of its own beside an in-memory database', () => {
    const sut = loadConfig({ ASSAY_DATA_DIR: 'memory://' });
    expect(sut.filesDir).toBe(join(tmpdir(), `assay-files-${process.pid}`));
    expect(sut.filesDirIsTemporary).toBe(true);
  });

  it('keeps files in the database on a server database and on disk beside the embedded one', () => {
    expect(loadConfig({}).filesStore).toBe('disk');
    expect(loadConfig({ DATABASE_URL: 'postgres://db/assay' }).filesStore).toBe('database');
    expect(loadConfig({ ASSAY_FILES_STORE: 'database' }).filesStore).toBe('database');
    expect(loadConfig({ DATABASE_URL: 'postgres://db/assay', ASSAY_FILES_STORE: 'disk' }).filesStore).toBe('disk');
    expect(() => loadConfig({ ASSAY_FILES_STORE: 's3' })).toThrow(/ASSAY_FILES_STORE must be disk or database/);
  });

  it.each(['0', '1025', '2.5', 'lots'])('refuses ASSAY_MAX_UPLOAD_MB=%s', (value) => {
    expect(() => loadConfig({ ASSAY_MAX_UPLOAD_MB: value })).toThrow(ConfigError);
  });

  it('accepts ASSAY_MAX_UPLOAD_MB from 1 to 1024', () => {
    expect(loadConfig({ ASSAY_MAX_UPLOAD_MB: '1' }).maxUploadBytes).toBe(1024 * 1024);
    expect(loadConfig({ ASSAY_MAX_UPLOAD_MB: '1024' }).ASSAY_MAX_UPLOAD_MB).toBe(1024);
  });
});
