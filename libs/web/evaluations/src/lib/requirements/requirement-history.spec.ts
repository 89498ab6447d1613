import { historyValue } from './requirement-history';

describe('historyValue', () => {
  const departments = new Map([['d1', 'Circulation']]);

  it.each<[string, string | null, string]>([
    ['priority', '"must"', 'Must'],
    ['status', '"approved"', 'Approved'],
    ['verificationMethod', '"test"', 'Test'],
    ['verificationMethod', '"inspection"', 'Inspection of documentation'],
    ['verificationMethod', '"vendor_statement"', 'Vendor statement'],
    ['verificationMethod', '"reference_check"', 'Reference check'],
    ['verificationMethod', '"written_by_a_newer_server"', 'written_by_a_newer_server'],
    ['departmentId', '"d1"', 'Circulation'],
    ['departmentId', '"d2"', 'another department'],
    ['mandatory', 'true', 'yes'],
    ['title', null, '—'],
    ['title', '""', '—'],
  ])('%s %s reads %j', (field, json, expected) => {
    expect(historyValue(field, json, departments)).toBe(expected);
  });
});
