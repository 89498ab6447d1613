import { computed, inject, Injectable, signal } from '@angular/core';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import { EvaluationFollowUpsDocument, FollowUpRowFragment, MyFollowUpsDocument } from './follow-ups.generated';

/** Follow-ups: the signed-in person's, or one evaluation's; overdue ones apart from those still due. */
@Injectable()
export class FollowUpsStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  /** Null until the first answer. */
  readonly items = signal<FollowUpRowFragment[] | null>(null);
  /** The evaluation's title (an evaluation's list only). */
  readonly evaluationTitle = signal<string | null>(null);
  readonly overdue = computed(() => (this.items() ?? []).filter((item) => item.overdue));
  readonly due = computed(() => (this.items() ?? []).filter((item) => !item.overdue));
  private evaluationId: string | null = null;

  load(evaluationId: string | null = this.evaluationId): Promise<void> {
    this.evaluationId = evaluationId;
    return this.loader.run(async (step) => {
      if (evaluationId) {
        const result = await step(
          this.apollo.query({
            query: EvaluationFollowUpsDocument,
            variables: { id: evaluationId },
            fetchPolicy: 'network-only',
          }),
        );
        this.evaluationTitle.set(result.data?.evaluation.title ?? null);
        this.items.set(result.data?.evaluation.followUps ?? []);
      } else {
        const result = await step(this.apollo.query({ query: MyFollowUpsDocument, fetchPolicy: 'network-only' }));
        this.items.set(result.data?.myFollowUps ?? []);
      }
    });
  }
}
