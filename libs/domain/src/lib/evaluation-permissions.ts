import { EvaluationStatus } from './evaluation-status';
import { Actor, EvaluationRole, satisfiesEvaluationRole } from './roles';

/** What the permissions of one person in one evaluation depend on. */
export interface EvaluationStanding {
  /** The person (administrators act as leads). */
  actor: Actor;
  /** The roles the person holds in the evaluation (none when not a member). */
  roles: readonly EvaluationRole[];
  status: EvaluationStatus;
  /** Whether the person belongs to a department: department heads write for their own. */
  hasDepartment: boolean;
}

/** What a person may do in an evaluation, as the API enforces it; the web app shows its controls from this. */
export interface EvaluationPermissions {
  /** Acts as a lead: holds the lead role, or is an administrator. Whatever the status. */
  isLead: boolean;
  /** Holds the department head role. */
  isDepartmentHead: boolean;
  /** Changes the evaluation as its lead (details, members, candidates, costs, rubric, rounds) while it is open. */
  canLead: boolean;
  /** Scores candidates: an evaluator, while the evaluation is in scoring. Scoring stays personal (not administrators). */
  canScore: boolean;
  /**
   * Adds, edits and imports requirements and training needs: leads while the evaluation is open,
   * department heads with a department (for it) while requirements are gathered.
   */
  canEditRequirements: boolean;
  /** Approves, rejects and prioritises requirements: leads while the evaluation is open. */
  canDecideRequirements: boolean;
}

/** Statuses in which department heads propose requirements. */
export const GATHERING_STATUSES: readonly EvaluationStatus[] = ['draft', 'requirements'];

/** Cancelled and decided evaluations no longer change. */
export function isEvaluationOpen(status: EvaluationStatus): boolean {
  return status !== 'cancelled' && status !== 'decided';
}

export function evaluationPermissions({
  actor,
  roles,
  status,
  hasDepartment,
}: EvaluationStanding): EvaluationPermissions {
  const open = isEvaluationOpen(status);
  const isLead = satisfiesEvaluationRole(actor, roles, [EvaluationRole.Lead]);
  const isDepartmentHead = roles.includes(EvaluationRole.DepartmentHead);
  const gathering = GATHERING_STATUSES.includes(status);
  return {
    isLead,
    isDepartmentHead,
    canLead: isLead && open,
    canScore: roles.includes(EvaluationRole.Evaluator) && status === 'scoring',
    canEditRequirements: open && (isLead || (isDepartmentHead && gathering && hasDepartment)),
    canDecideRequirements: isLead && open,
  };
}
