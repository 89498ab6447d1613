import { ComponentType } from '@angular/cdk/portal';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Problem, problemOf, SessionStore, FormDialogResult, loader } from '@assay/web/core';
import { EvaluationDocument, EvaluationQuery } from '../evaluations.generated';
import { ConfirmDialogData, DialogService } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';

export type EvaluationData = EvaluationQuery['evaluation'];
export type Department = EvaluationQuery['departments'][number];
export type CandidateData = EvaluationData['candidates'][number];
export type MemberData = EvaluationData['members'][number];

const GATHERING = new Set(['DRAFT', 'REQUIREMENTS']);

/**
 * One evaluation page's state, shared by its sections: the evaluation with its members,
 * candidates, requirement counts and training, the departments, what the person may do, and
 * the page-level problem (an action that was refused).
 */
@Injectable()
export class EvaluationStore {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly session = inject(SessionStore);
  private readonly loader = loader({ loading: true });

  readonly id = signal<string | null>(null);
  readonly evaluation = signal<EvaluationData | null>(null);
  readonly departments = signal<Department[]>([]);
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly problem = signal<Problem | null>(null);

  readonly isAdmin = this.session.isAdmin;
  readonly myDepartmentId = computed(() => this.session.user()?.department?.id ?? null);
  /** What the person may do here, as the server works it out (administrators act as leads). */
  readonly permissions = computed(() => this.evaluation()?.myPermissions ?? null);
  readonly isLead = computed(() => this.permissions()?.isLead ?? false);
  readonly isDepartmentHead = computed(() => this.permissions()?.isDepartmentHead ?? false);
  /** Cancelled and decided evaluations no longer change. */
  readonly open = computed(() => {
    const status = this.evaluation()?.status;
    return !!status && status !== 'CANCELLED' && status !== 'DECIDED';
  });
  readonly gathering = computed(() => GATHERING.has(this.evaluation()?.status ?? ''));
  readonly canLead = computed(() => this.permissions()?.canLead ?? false);
  /** Adds requirements and training needs: leads while open, department heads (their department) while gathering. */
  readonly canEditRequirements = computed(() => this.permissions()?.canEditRequirements ?? false);

  readonly departmentNames = computed(() => new Map(this.departments().map((d) => [d.id, d.name])));
  /** The candidates as the cost and training sections list them: shortlisted first, eliminated last. */
  readonly candidatesInOrder = computed(() =>
    [...(this.evaluation()?.candidates ?? [])].sort(
      (a, b) => Number(a.state === 'ELIMINATED') - Number(b.state === 'ELIMINATED'),
    ),
  );
  readonly candidateNames = computed(
    () => new Map((this.evaluation()?.candidates ?? []).map((c) => [c.id, `${c.productName} ${c.versionName}`])),
  );

  /** Whether the person may record training needs for this department. */
  mayWriteFor(departmentId: string): boolean {
    return this.canLead() || (this.canEditRequirements() && departmentId === this.myDepartmentId());
  }

  async load(id = this.id()): Promise<void> {
    if (!id) return;
    if (id !== this.id()) {
      this.id.set(id);
      this.evaluation.set(null);
    }
    await this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: EvaluationDocument, variables: { id } }));
      this.evaluation.set(result.data?.evaluation ?? null);
      this.departments.set(result.data?.departments ?? []);
    });
  }

  async changed(): Promise<void> {
    this.problem.set(null);
    await this.load();
  }

  /** Opens a form dialog; on save says so and reloads; on a stale-version "Reload" just reloads. */
  async edit<T, D>(
    component: ComponentType<unknown>,
    data: D,
    done: (saved: T) => string,
    width?: string,
  ): Promise<T | null> {
    const result = await this.dialogs.openForm<FormDialogResult<T>, D>(component, data, width);
    if (!result) return null;
    if ('saved' in result) this.dialogs.notify(done(result.saved));
    await this.changed();
    return 'saved' in result ? result.saved : null;
  }

  /** Asks, runs, says so; reloads whenever something may have changed. */
  async act(data: ConfirmDialogData, done: string): Promise<void> {
    const outcome = await this.dialogs.confirm(data);
    if (!outcome) return;
    if (outcome === 'done') this.dialogs.notify(done);
    await this.changed();
  }

  /** Runs a change without asking (reinstating, adding a role); a refusal shows at the top of the page. */
  async run(change: () => Promise<unknown>, done: string): Promise<void> {
    this.problem.set(null);
    try {
      await change();
      this.dialogs.notify(done);
      await this.load();
    } catch (error) {
      this.problem.set(problemOf(error));
    }
  }
}
