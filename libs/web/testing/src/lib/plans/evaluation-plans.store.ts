import { inject, Injectable, signal } from '@angular/core';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import { EvaluationTestPlansDocument, EvaluationTestPlansQuery } from '../testing-plans.generated';

export type EvaluationWithPlans = NonNullable<EvaluationTestPlansQuery['evaluation']>;

/** An evaluation's test plans with their runs' progress. */
@Injectable()
export class EvaluationPlansStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly evaluation = signal<EvaluationWithPlans | null>(null);

  load(id: string): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: EvaluationTestPlansDocument, variables: { id }, fetchPolicy: 'network-only' }),
      );
      this.evaluation.set(result.data?.evaluation ?? null);
    });
  }
}
