import { inject, Injectable, signal } from '@angular/core';
import { DefectSeverity, DefectStatus, loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import { DefectRowFragment, EvaluationDefectsDocument } from '../testing-defects.generated';

export interface DefectFilters {
  statuses: DefectStatus[];
  severities: DefectSeverity[];
  text: string;
}

export const NO_DEFECT_FILTERS: DefectFilters = { statuses: [], severities: [], text: '' };

/** Defects shown on one page of the list. */
export const DEFECTS_PAGE = 50;

/** An evaluation's defects: one page at a time, filtered on the server. */
@Injectable()
export class DefectsStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly evaluationTitle = signal<string | null>(null);
  readonly defects = signal<DefectRowFragment[]>([]);
  readonly total = signal(0);
  readonly offset = signal(0);
  readonly filters = signal<DefectFilters>(NO_DEFECT_FILTERS);
  private evaluationId = '';

  load(evaluationId = this.evaluationId): Promise<void> {
    this.evaluationId = evaluationId;
    const filters = this.filters();
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: EvaluationDefectsDocument,
          variables: {
            id: evaluationId,
            filter: {
              statuses: filters.statuses.length ? filters.statuses : undefined,
              severities: filters.severities.length ? filters.severities : undefined,
              text: filters.text.trim() || undefined,
            },
            page: { offset: this.offset(), limit: DEFECTS_PAGE },
          },
          fetchPolicy: 'network-only',
        }),
      );
      const evaluation = result.data?.evaluation;
      this.evaluationTitle.set(evaluation?.title ?? null);
      this.defects.set(evaluation?.defects.items ?? []);
      this.total.set(evaluation?.defects.total ?? 0);
    });
  }

  setFilters(filters: DefectFilters): Promise<void> {
    this.filters.set(filters);
    this.offset.set(0);
    return this.load();
  }

  page(by: 1 | -1): Promise<void> {
    this.offset.update((offset) => Math.max(0, offset + by * DEFECTS_PAGE));
    return this.load();
  }

  replace(saved: DefectRowFragment): void {
    this.defects.update((rows) => rows.map((row) => (row.id === saved.id ? saved : row)));
  }
}
