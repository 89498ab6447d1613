import { inject, Injectable, signal } from '@angular/core';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import { EvaluationAcceptanceDocument, EvaluationAcceptanceQuery } from '../testing-acceptance.generated';

export type EvaluationAcceptance = NonNullable<EvaluationAcceptanceQuery['evaluation']>;
export type CandidateAcceptanceView = EvaluationAcceptance['candidates'][number];

/** An evaluation's acceptance: its criteria and each candidate's verdict, waivers, verifications and sign-offs. */
@Injectable()
export class AcceptanceStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly evaluation = signal<EvaluationAcceptance | null>(null);
  private evaluationId = '';

  load(id = this.evaluationId): Promise<void> {
    this.evaluationId = id;
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: EvaluationAcceptanceDocument, variables: { id }, fetchPolicy: 'network-only' }),
      );
      this.evaluation.set(result.data?.evaluation ?? null);
    });
  }
}
