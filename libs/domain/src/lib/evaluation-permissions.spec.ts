import { EvaluationStatus } from './evaluation-status';
import { EvaluationPermissions, evaluationPermissions } from './evaluation-permissions';
import { EvaluationRole, GlobalRole } from './roles';

const admin = { id: 'a', globalRole: GlobalRole.Admin };
const user = { id: 'u', globalRole: GlobalRole.User };
const { Lead, DepartmentHead, Evaluator, Tester, Director, Viewer } = EvaluationRole;

type Flags = [
  isLead: boolean,
  isDepartmentHead: boolean,
  canLead: boolean,
  canScore: boolean,
  canEditRequirements: boolean,
  canDecideRequirements: boolean,
];
const flags = (p: EvaluationPermissions): Flags => [
  p.isLead,
  p.isDepartmentHead,
  p.canLead,
  p.canScore,
  p.canEditRequirements,
  p.canDecideRequirements,
];
const T = true;
const F = false;

describe('evaluationPermissions', () => {
  // (who, roles held, status, has a department) → isLead, isDepartmentHead, canLead, canScore, canEditRequirements, canDecideRequirements
  it.each<[string, typeof user, EvaluationRole[], EvaluationStatus, boolean, Flags]>([
    ['a lead while gathering', user, [Lead], 'requirements', F, [T, F, T, F, T, T]],
    ['a lead in scoring', user, [Lead], 'scoring', F, [T, F, T, F, T, T]],
    ['a lead of a decided evaluation', user, [Lead], 'decided', F, [T, F, F, F, F, F]],
    ['a lead of a cancelled evaluation', user, [Lead], 'cancelled', T, [T, F, F, F, F, F]],
    ['an administrator who is not a member', admin, [], 'draft', F, [T, F, T, F, T, T]],
    ['an administrator after the decision', admin, [], 'decided', F, [T, F, F, F, F, F]],
    // Scoring is personal: administrators score only as evaluators.
    ['an administrator in scoring', admin, [], 'scoring', F, [T, F, T, F, T, T]],
    ['an administrator who is an evaluator, in scoring', admin, [Evaluator], 'scoring', F, [T, F, T, T, T, T]],
    ['an evaluator in scoring', user, [Evaluator], 'scoring', F, [F, F, F, T, F, F]],
    ['an evaluator before scoring', user, [Evaluator], 'requirements', F, [F, F, F, F, F, F]],
    ['an evaluator in testing', user, [Evaluator], 'testing', F, [F, F, F, F, F, F]],
    ['a department head with a department, gathering', user, [DepartmentHead], 'draft', T, [F, T, F, F, T, F]],
    [
      'a department head with a department, in requirements',
      user,
      [DepartmentHead],
      'requirements',
      T,
      [F, T, F, F, T, F],
    ],
    ['a department head without a department', user, [DepartmentHead], 'requirements', F, [F, T, F, F, F, F]],
    ['a department head after gathering', user, [DepartmentHead], 'scoring', T, [F, T, F, F, F, F]],
    ['a department head of a cancelled evaluation', user, [DepartmentHead], 'cancelled', T, [F, T, F, F, F, F]],
    ['a lead who is also a department head', user, [Lead, DepartmentHead], 'scoring', T, [T, T, T, F, T, T]],
    ['a tester', user, [Tester], 'testing', T, [F, F, F, F, F, F]],
    ['a director', user, [Director], 'recommendation', T, [F, F, F, F, F, F]],
    ['a viewer', user, [Viewer], 'scoring', T, [F, F, F, F, F, F]],
    ['someone without roles', user, [], 'requirements', T, [F, F, F, F, F, F]],
  ])('%s', (_case, actor, roles, status, hasDepartment, expected) => {
    expect(flags(evaluationPermissions({ actor, roles, status, hasDepartment }))).toEqual(expected);
  });
});
