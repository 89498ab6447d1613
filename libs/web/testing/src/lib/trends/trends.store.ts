import { inject, Injectable, signal } from '@angular/core';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import { Trends } from './trends-model';
import { EvaluationDefectTrendsDocument, ProductDefectTrendsDocument } from './trends.generated';

/** Whose trends: an evaluation's, or a product's in use. */
export type TrendsScope = { evaluationId: string } | { productId: string };

/** The defect and pass-rate trends of an evaluation or a product in use, with its name. */
@Injectable()
export class TrendsStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  /** The evaluation's title or the product's name. */
  readonly name = signal<string | null>(null);
  readonly trends = signal<Trends | null>(null);

  load(scope: TrendsScope): Promise<void> {
    return this.loader.run(async (step) => {
      if ('evaluationId' in scope) {
        const result = await step(
          this.apollo.query({
            query: EvaluationDefectTrendsDocument,
            variables: { id: scope.evaluationId },
            fetchPolicy: 'network-only',
          }),
        );
        this.name.set(result.data?.evaluation.title ?? null);
        this.trends.set(result.data?.defectTrends ?? null);
      } else {
        const result = await step(
          this.apollo.query({
            query: ProductDefectTrendsDocument,
            variables: { id: scope.productId },
            fetchPolicy: 'network-only',
          }),
        );
        this.name.set(result.data?.product.name ?? null);
        this.trends.set(result.data?.defectTrends ?? null);
      }
    });
  }
}
