import { AUDIT_ACTION_LABELS, auditActionLabel, auditFieldLabel } from './audit';

describe('auditActionLabel', () => {
  it.each([
    ['created', undefined, 'created'],
    ['created', 'it', 'created it'],
    ['updated', undefined, 'changed'],
    ['updated', 'it', 'changed it'],
    ['created_as_demo', undefined, 'created as demo data'],
    ['created_as_demo', 'it', 'created it as demo data'],
    ['decided', 'it', 'decided'],
    ['imported', 'it', 'imported it'],
    ['archived', undefined, 'archived'],
    ['restored', undefined, 'restored'],
    ['a_future_action', undefined, 'a future action'],
    ['toString', undefined, 'toString'],
  ])('%s (object %s) reads "%s"', (action, object, expected) => {
    expect(auditActionLabel(action, object)).toBe(expected);
  });

  it('gives every action a label that leaves no placeholder behind', () => {
    for (const action of Object.keys(AUDIT_ACTION_LABELS)) {
      expect(auditActionLabel(action)).not.toContain('{');
      expect(auditActionLabel(action, 'it')).not.toContain('{');
    }
  });
});

describe('auditFieldLabel', () => {
  it.each([
    ['name', 'Name'],
    ['departmentId', 'Department'],
    ['decisionComment', 'Decision comment'],
    ['verificationMethod', 'Verification method'],
    ['sourceUrl', 'Source link'],
    ['eliminatedReason', 'Eliminated Reason'],
    ['budget', 'Budget'],
  ])('%s reads "%s"', (field, expected) => {
    expect(auditFieldLabel(field)).toBe(expected);
  });
});
