import { neutraliseFormula } from '@assay/domain';

// One rule for every export, on the server and in the browser: it lives in the domain.
export { neutraliseFormula, restoreFormula } from '@assay/domain';

/** Without the control characters XML 1.0 cannot carry: in an XLSX file they would make it unreadable. */
export function xmlSafeText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** A text cell of an exported workbook: readable by every spreadsheet and never run as a formula. */
export function spreadsheetText(value: string): string {
  return neutraliseFormula(xmlSafeText(value));
}
