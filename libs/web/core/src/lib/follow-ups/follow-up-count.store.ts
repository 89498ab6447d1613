import { computed, inject, Injectable, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { MyFollowUpCountDocument } from '../graphql/follow-ups.generated';
import { loader } from '../loading/loader';

/**
 * How many retests of fixed defects wait for the signed-in person, for the count beside Testing in
 * the navigation: one small query, asked again on each navigation so that a retest recorded on
 * one page shows on the next.
 */
@Injectable({ providedIn: 'root' })
export class FollowUpCountStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader();
  private readonly counts = signal<{ due: number; overdue: number }>({ due: 0, overdue: 0 });

  readonly due = computed(() => this.counts().due);
  readonly overdue = computed(() => this.counts().overdue);
  /** What the count says to a screen reader, e.g. "2 follow-ups due, 1 overdue"; empty when none. */
  readonly label = computed(() => {
    const { due, overdue } = this.counts();
    if (due === 0) return '';
    return `${due} follow-up${due === 1 ? '' : 's'} due${overdue ? `, ${overdue} overdue` : ''}`;
  });

  /** Asks again; a failure leaves the last count (the navigation never shows an error for it). */
  refresh(): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: MyFollowUpCountDocument, fetchPolicy: 'network-only' }));
      if (result.data) this.counts.set(result.data.myFollowUpCount);
    });
  }

  /** Signed out: nothing waits. */
  clear(): void {
    this.counts.set({ due: 0, overdue: 0 });
  }
}
