import { computed, inject, Injectable, signal } from '@angular/core';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import { TestingHomeDocument, TestingHomeQuery } from '../testing-plans.generated';

/** What waits for the person (their open runs), and the plans they may see. */
@Injectable()
export class TestingHomeStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly data = signal<TestingHomeQuery | null>(null);

  readonly waiting = computed(() => this.data()?.myTestRuns ?? []);
  /** The evaluations that have plans, and how many have none. */
  readonly evaluations = computed(() => (this.data()?.evaluations.items ?? []).filter((e) => e.testPlans.length));
  readonly evaluationsWithout = computed(
    () => (this.data()?.evaluations.items ?? []).filter((e) => e.testPlans.length === 0).length,
  );
  readonly productPlans = computed(() => this.data()?.productTestPlans ?? []);

  load(): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: TestingHomeDocument, fetchPolicy: 'network-only' }));
      this.data.set(result.data ?? null);
    });
  }
}
