import { inject, Injectable, signal } from '@angular/core';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import { TraceabilityDocument, TraceabilityQuery } from './traceability.generated';
import { traceabilityFilter, TraceabilityState } from './traceability-state';

/** Requirements shown on one page of the matrix. */
export const TRACEABILITY_PAGE = 50;

type Evaluation = NonNullable<TraceabilityQuery['evaluation']>;
export type TraceabilityView = Evaluation['traceability'];
export type TraceabilityRowView = TraceabilityView['rows'][number];

/** The evaluation's traceability matrix: one page at a time, aggregated and filtered on the server. */
@Injectable()
export class TraceabilityStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly evaluationTitle = signal<string | null>(null);
  readonly candidates = signal<Evaluation['candidates']>([]);
  readonly departments = signal<TraceabilityQuery['departments']>([]);
  readonly matrix = signal<TraceabilityView | null>(null);

  load(evaluationId: string, state: TraceabilityState): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: TraceabilityDocument,
          variables: {
            id: evaluationId,
            filter: traceabilityFilter(state),
            page: { offset: state.pageIndex * TRACEABILITY_PAGE, limit: TRACEABILITY_PAGE },
          },
          fetchPolicy: 'network-only',
        }),
      );
      const evaluation = result.data?.evaluation;
      this.evaluationTitle.set(evaluation?.title ?? null);
      this.candidates.set(evaluation?.candidates ?? []);
      this.departments.set(result.data?.departments ?? []);
      this.matrix.set(evaluation?.traceability ?? null);
    });
  }
}
