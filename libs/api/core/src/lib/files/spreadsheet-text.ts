/** What a spreadsheet would start to evaluate as a formula (or DDE command) when a cell begins with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula is written with a leading quote; `restoreFormula` drops it again on import. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function restoreFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Without the control characters XML 1.0 cannot carry: in an XLSX file they would make it unreadable. */
export function xmlSafeText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** A text cell of an exported workbook: readable by every spreadsheet and never run as a formula. */
export function spreadsheetText(value: string): string {
  return neutraliseFormula(xmlSafeText(value));
}
