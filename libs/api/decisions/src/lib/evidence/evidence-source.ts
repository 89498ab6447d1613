import { RequestActor } from '@assay/api/core';
import { RecommendationEvidence } from '@assay/domain';

/**
 * Assembles the evidence a recommendation is read with, from the same services that draw the
 * ranking, acceptance, defect, claim, reference, training and cost pages. Those services belong to
 * other features, which this one does not import: the app, which sees them all, provides the
 * implementation (DecisionsModule.register). Every service it calls checks the actor's access.
 */
export abstract class RecommendationEvidenceSource {
  abstract assemble(actor: RequestActor, evaluationId: string): Promise<RecommendationEvidence>;
}
