/** What the import dialog closes with: the counts of an import that was applied. */
export interface CaseImportDone {
  created: number;
  /** Cases changed in place plus cases given a new version. */
  updated: number;
  newVersions: number;
  unchanged: number;
}

/** The note shown once an import is done: "Import done: added 3 cases, updated 1 (1 as a new version)." */
export function caseImportNote(done: CaseImportDone): string {
  const parts: string[] = [];
  if (done.created) parts.push(`added ${done.created} ${done.created === 1 ? 'case' : 'cases'}`);
  if (done.updated)
    parts.push(`updated ${done.updated}${done.newVersions ? ` (${done.newVersions} as a new version)` : ''}`);
  if (done.unchanged) parts.push(`left ${done.unchanged} unchanged`);
  if (parts.length === 0) return 'The import changed nothing.';
  return `Import done: ${parts.join(', ')}.`;
}
