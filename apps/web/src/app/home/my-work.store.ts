import { computed, inject, Injectable, signal } from '@angular/core';
import { loader, MyWorkDocument, MyWorkQuery } from '@assay/web/core/app';
import { Apollo } from 'apollo-angular';

export type MyWork = MyWorkQuery['myWork'];
type Role = MyWork['roles'][number];

/** What waits for the signed-in person (one query), and which of the home page's sections apply to them. */
@Injectable()
export class MyWorkStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly work = signal<MyWork | null>(null);

  private readonly has = (role: Role) => computed(() => this.work()?.roles.includes(role) ?? false);
  readonly tester = computed(() => this.has('TESTER')() || (this.work()?.runsToTest.length ?? 0) > 0);
  /** Leads and testers retest fixed defects; anyone else only when some wait for them (they reported them). */
  readonly retests = computed(() => this.tester() || this.has('LEAD')() || (this.work()?.followUps.due ?? 0) > 0);
  readonly lead = this.has('LEAD');
  /** Directors, and anyone with a recommendation to review or a decision taken in one of their evaluations (even a closed one). */
  readonly director = computed(
    () =>
      this.has('DIRECTOR')() ||
      (this.work()?.recommendationsToReview.length ?? 0) > 0 ||
      (this.work()?.decisionsTaken.length ?? 0) > 0,
  );
  readonly evaluator = this.has('EVALUATOR');
  readonly departmentHead = this.has('DEPARTMENT_HEAD');
  readonly problemReports = computed(() => this.work()?.problemReportsInTriage ?? 0);
  /** Open notices about problems with products in use, sent to the person's library. */
  readonly notices = computed(() => this.work()?.openNotices ?? []);
  /** Open surveys the person is asked to answer, answered or not. */
  readonly surveys = computed(() => this.work()?.feedbackSurveysToAnswer ?? []);
  /** Of those, the ones still without an answer. */
  readonly surveysUnanswered = computed(() => this.surveys().filter((s) => !s.myResponse).length);
  /** No section applies: the page shows the areas instead. */
  readonly nothingApplies = computed(
    () =>
      this.work() !== null &&
      !this.retests() &&
      !this.lead() &&
      !this.director() &&
      !this.evaluator() &&
      !this.departmentHead() &&
      this.problemReports() === 0 &&
      this.notices().length === 0 &&
      this.surveys().length === 0,
  );

  load(): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: MyWorkDocument, fetchPolicy: 'network-only' }));
      this.work.set(result.data?.myWork ?? null);
    });
  }
}
