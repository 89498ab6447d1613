import { caseImportNote } from './case-import-note';

describe('caseImportNote', () => {
  it.each([
    [{ created: 0, updated: 0, newVersions: 0, unchanged: 0 }, 'The import changed nothing.'],
    [{ created: 1, updated: 0, newVersions: 0, unchanged: 0 }, 'Import done: added 1 case.'],
    [{ created: 5, updated: 0, newVersions: 0, unchanged: 0 }, 'Import done: added 5 cases.'],
    [{ created: 0, updated: 2, newVersions: 0, unchanged: 3 }, 'Import done: updated 2, left 3 unchanged.'],
    [
      { created: 2, updated: 3, newVersions: 1, unchanged: 0 },
      'Import done: added 2 cases, updated 3 (1 as a new version).',
    ],
    [{ created: 0, updated: 0, newVersions: 0, unchanged: 4 }, 'Import done: left 4 unchanged.'],
  ])('%j → %s', (done, note) => {
    expect(caseImportNote(done)).toBe(note);
  });
});
