import { neutraliseFormula, restoreFormula } from './spreadsheet-formula';

// The payloads of OWASP's "CSV Injection" page: each starts a formula or DDE command.
describe('neutraliseFormula and restoreFormula', () => {
  it.each([
    ['a formula', '=1+1', "'=1+1"],
    ['a DDE command', "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['a plus', '+41 22 000', "'+41 22 000"],
    ['a minus', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['a tab first', '\t=1+1', "'\t=1+1"],
    ['a carriage return first', '\r=1+1', "'\r=1+1"],
    ['plain text', 'Circulation / SIP2', 'Circulation / SIP2'],
    ['a sign inside the text', 'A = B', 'A = B'],
    ['empty', '', ''],
    ['a quote already there', "'quoted", "'quoted"],
  ])('%s', (_label, value, written) => {
    expect(neutraliseFormula(value)).toBe(written);
    expect(restoreFormula(written)).toBe(value);
  });
});
