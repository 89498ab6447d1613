/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet opening an exported file runs a cell
 * that starts with = + - @ (or a tab or carriage return before one) as a formula or DDE command.
 * Every export, on the server or in the browser, writes such text with a leading quote, which
 * spreadsheets show as text; imports drop the quote again so a round trip keeps the value.
 */

/** What a spreadsheet would start to evaluate as a formula (or DDE command) when a cell begins with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula is written with a leading quote; `restoreFormula` drops it again on import. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function restoreFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
