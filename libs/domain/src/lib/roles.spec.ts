import { EvaluationRole, GlobalRole, satisfiesEvaluationRole } from './roles';

const admin = { id: 'a', globalRole: GlobalRole.Admin };
const user = { id: 'u', globalRole: GlobalRole.User };
const { Lead, DepartmentHead, Evaluator, Director, Viewer } = EvaluationRole;

describe('satisfiesEvaluationRole', () => {
  // docs/architecture.md, "Security model": roles are per evaluation; admin may do everything a lead may do.
  it.each([
    ['member with the required role', user, [Evaluator], [Evaluator], true],
    ['member holding one of several allowed roles', user, [Viewer, DepartmentHead], [Lead, DepartmentHead], true],
    ['member without the role', user, [Viewer], [Evaluator], false],
    ['non-member', user, [], [Viewer], false],
    ['admin where a lead may act', admin, [], [Lead], true],
    ['admin where only an evaluator may act (scoring is personal)', admin, [], [Evaluator], false],
    ['admin where only a director may act (approval is personal)', admin, [], [Director], false],
    ['anyone when nothing is required', user, [], [], true],
  ] as const)('%s', (_label, actor, held, required, expected) => {
    expect(satisfiesEvaluationRole(actor, held, required)).toBe(expected);
  });
});
