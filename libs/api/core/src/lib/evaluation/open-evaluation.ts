import { EvaluationEntity } from '@assay/api/data';
import { EntityManager } from 'typeorm';
import { EditTarget } from '../audit/versioned-edit';
import { conflict, notFound } from '../errors/app-error';

/** The evaluation as a versioned, audited row (see VersionedEdit). */
export const EVALUATION_TARGET: EditTarget<EvaluationEntity> = {
  entity: EvaluationEntity,
  objectType: 'evaluation',
  missing: 'The evaluation',
  describe: (row) => `The evaluation ${row.title}`,
};

/**
 * Cancelled and decided evaluations no longer change: CONFLICT otherwise. `what` names what can
 * no longer change where the message says so ("its costs"); without it the message stops at the status.
 */
export function assertEvaluationOpen(evaluation: Pick<EvaluationEntity, 'status'>, what?: string): void {
  if (evaluation.status === 'cancelled' || evaluation.status === 'decided') {
    throw conflict(`The evaluation is ${evaluation.status}${what ? `; ${what} can no longer change` : ''}.`);
  }
}

/**
 * The evaluation, locked until the transaction ends: writes that depend on its status or on its
 * other rows (codes numbered from the highest, one open round) wait for each other here.
 */
export async function lockEvaluation(manager: EntityManager, evaluationId: string): Promise<EvaluationEntity> {
  const evaluation = await manager
    .getRepository(EvaluationEntity)
    .findOne({ where: { id: evaluationId }, lock: { mode: 'pessimistic_write' } });
  if (!evaluation) throw notFound('The evaluation');
  return evaluation;
}

/** The evaluation, locked, if it is still open (see assertEvaluationOpen). */
export async function lockOpenEvaluation(
  manager: EntityManager,
  evaluationId: string,
  what?: string,
): Promise<EvaluationEntity> {
  const evaluation = await lockEvaluation(manager, evaluationId);
  assertEvaluationOpen(evaluation, what);
  return evaluation;
}
