/** Global roles: held across the whole organisation. */
export const GlobalRole = {
  Admin: 'admin',
  User: 'user',
} as const;
export type GlobalRole = (typeof GlobalRole)[keyof typeof GlobalRole];
export const GLOBAL_ROLES: readonly GlobalRole[] = Object.values(GlobalRole);

/** Roles held per evaluation (membership). A person may hold several in one evaluation. */
export const EvaluationRole = {
  Lead: 'lead',
  DepartmentHead: 'department_head',
  Evaluator: 'evaluator',
  Tester: 'tester',
  Director: 'director',
  Viewer: 'viewer',
} as const;
export type EvaluationRole = (typeof EvaluationRole)[keyof typeof EvaluationRole];
export const EVALUATION_ROLES: readonly EvaluationRole[] = Object.values(EvaluationRole);

/** How text names each evaluation role ("added as department head"). */
export const EVALUATION_ROLE_NAMES: Readonly<Record<EvaluationRole, string>> = {
  lead: 'lead',
  department_head: 'department head',
  evaluator: 'evaluator',
  tester: 'tester',
  director: 'director',
  viewer: 'viewer',
};

/** What the access rules need to know about the person acting. */
export interface Actor {
  readonly id: string;
  readonly globalRole: GlobalRole;
}

export function isAdmin(actor: Actor | null | undefined): boolean {
  return actor?.globalRole === GlobalRole.Admin;
}

/**
 * Whether someone holding `held` roles in an evaluation (and `actor.globalRole` globally)
 * may do something that requires any one of `required`.
 *
 * An admin may do everything an evaluation lead may do (docs/architecture.md, "Security model"), but is not
 * thereby an evaluator, tester or director: scoring, testing and approving stay personal acts.
 */
export function satisfiesEvaluationRole(
  actor: Actor,
  held: readonly EvaluationRole[],
  required: readonly EvaluationRole[],
): boolean {
  if (required.length === 0) {
    return true;
  }
  if (isAdmin(actor) && required.includes(EvaluationRole.Lead)) {
    return true;
  }
  return required.some((role) => held.includes(role));
}
