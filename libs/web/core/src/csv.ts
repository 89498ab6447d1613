/**
 * CSV files built in the browser, apart from the library's main entry point (which the app shell
 * imports): only lazily loaded pages download CSV, so this stays out of the initial bundle.
 */
export * from './lib/files/csv-file';
