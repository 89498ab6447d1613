import { computed, inject, Injectable, signal } from '@angular/core';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import {
  EvaluationRecommendationDocument,
  EvaluationRecommendationQuery,
  RecommendationLiveEvidenceDocument,
} from './recommendation.generated';

export type RecommendationEvaluation = NonNullable<EvaluationRecommendationQuery['evaluation']>;
export type RecommendationView = NonNullable<RecommendationEvaluation['recommendation']>;
export type RecommendationVersionView = RecommendationView['versions'][number];
export type DecisionView = NonNullable<RecommendationEvaluation['decision']>;

/** An evaluation's recommendation (the draft, every submitted version with its reviews) and its decision. */
@Injectable()
export class RecommendationStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly evaluation = signal<RecommendationEvaluation | null>(null);
  readonly recommendation = computed(() => this.evaluation()?.recommendation ?? null);
  readonly decision = computed(() => this.evaluation()?.decision ?? null);
  private evaluationId = '';

  /** The draft's evidence assembled now (JSON); undefined until asked for since the last load. */
  readonly liveEvidence = signal<string | null | undefined>(undefined);
  private readonly evidenceLoader = loader();
  readonly evidenceLoading = this.evidenceLoader.loading;
  readonly evidenceError = this.evidenceLoader.error;

  load(id = this.evaluationId): Promise<void> {
    this.evaluationId = id;
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: EvaluationRecommendationDocument, variables: { id }, fetchPolicy: 'network-only' }),
      );
      this.evaluation.set(result.data?.evaluation ?? null);
      this.liveEvidence.set(undefined);
    });
  }

  /** Assembles the draft's evidence as the evaluation's pages show it now. */
  loadLiveEvidence(): Promise<void> {
    const id = this.evaluationId;
    return this.evidenceLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: RecommendationLiveEvidenceDocument,
          variables: { id },
          fetchPolicy: 'network-only',
        }),
      );
      this.liveEvidence.set(result.data?.evaluation?.recommendation?.evidenceJson ?? null);
    });
  }

  /** Takes what a mutation returned as the recommendation now, without another round trip. */
  replace(recommendation: RecommendationView): void {
    const evaluation = this.evaluation();
    if (evaluation) this.evaluation.set({ ...evaluation, recommendation });
    // The draft's evidence is assembled again (when on screen), as the page says after a save.
    this.liveEvidence.set(undefined);
  }
}
