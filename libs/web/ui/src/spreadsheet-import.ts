/**
 * The spreadsheet import dialog, apart from the library's main entry point: the app shell imports
 * that one, and an import only ever starts on a lazily loaded page, so the dialog stays out of the
 * initial bundle.
 */
export * from './lib/spreadsheet-import/spreadsheet-import';
export * from './lib/spreadsheet-import/spreadsheet-import.dialog';
export * from './lib/spreadsheet-import/upload-timer';
