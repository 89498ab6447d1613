import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { FormDialogResult } from '@assay/web/core';
import { DialogService, EmptyStateComponent, LoadStateComponent, PageHeaderComponent, PluralPipe } from '@assay/web/ui';
import { TestPlanFieldsFragment } from '../testing-plans.generated';
import { EvaluationPlansStore } from './evaluation-plans.store';
import { PlanFormDialog, PlanFormDialogData } from './plan-form.dialog';
import { RunProgressComponent } from './run-progress.component';
import { runSubject, sumProgress } from './test-labels';

/** /evaluations/:id/testing: the evaluation's test plans, each with its runs' progress; leads and testers start and edit plans. */
@Component({
  selector: 'assay-evaluation-plans-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
    PluralPipe,
    RunProgressComponent,
  ],
  providers: [EvaluationPlansStore],
  template: `
    <a class="back" [routerLink]="['/evaluations', id()]"
      ><mat-icon aria-hidden="true">arrow_back</mat-icon> {{ evaluation()?.title ?? 'Evaluation' }}</a
    >
    <assay-load-state
      [problem]="store.error()"
      [loading]="!evaluation()"
      loadingLabel="Loading test plans…"
      (retry)="store.load(id())"
    />
    @if (evaluation(); as evaluation) {
      <assay-page-header title="Testing" [subtitle]="evaluation.title">
        <a mat-stroked-button [routerLink]="['/evaluations', id(), 'testing', 'defects']"
          ><mat-icon>bug_report</mat-icon> Defects</a
        >
        <a mat-stroked-button [routerLink]="['/evaluations', id(), 'testing', 'vendor-claims']"
          ><mat-icon>fact_check</mat-icon> Vendor claims</a
        >
        <a mat-stroked-button [routerLink]="['/evaluations', id(), 'testing', 'acceptance']"
          ><mat-icon>verified</mat-icon> Acceptance</a
        >
        <a mat-stroked-button [routerLink]="['/evaluations', id(), 'testing', 'traceability']"
          ><mat-icon>account_tree</mat-icon> Traceability</a
        >
        <a mat-stroked-button [routerLink]="['/evaluations', id(), 'testing', 'trends']"
          ><mat-icon>insights</mat-icon> Trends</a
        >
        <a mat-stroked-button [routerLink]="['/evaluations', id(), 'testing', 'follow-ups']"
          ><mat-icon>event_repeat</mat-icon> Follow-ups</a
        >
        @if (evaluation.canCreateTestPlan) {
          <button mat-flat-button type="button" (click)="openCreate()"><mat-icon>add</mat-icon> New test plan</button>
        }
      </assay-page-header>

      @if (evaluation.testPlans.length === 0) {
        <assay-empty-state
          icon="fact_check"
          title="No test plans yet"
          [message]="
            evaluation.canCreateTestPlan
              ? 'Start a plan: what is tested, its cases, then runs against the shortlisted candidates.'
              : 'The evaluation’s leads and testers start test plans here.'
          "
        >
          @if (evaluation.canCreateTestPlan) {
            <button mat-flat-button type="button" (click)="openCreate()"><mat-icon>add</mat-icon> New test plan</button>
          }
        </assay-empty-state>
      } @else {
        <ul class="plans" aria-label="Test plans">
          @for (plan of evaluation.testPlans; track plan.id) {
            <li class="plan">
              <div class="plan-head">
                <h2>
                  <a [routerLink]="['/testing/plans', plan.id]">{{ plan.name }}</a>
                </h2>
                @if (plan.myAccess.canWrite) {
                  <button mat-button type="button" (click)="openEdit(plan)" [attr.aria-label]="'Edit ' + plan.name">
                    <mat-icon>edit</mat-icon> Edit
                  </button>
                }
              </div>
              <p class="meta">
                Keys {{ plan.keyPrefix }}-001… · Owner {{ plan.owner?.displayName ?? 'none' }} ·
                {{ plan.runs.length | plural: 'run' }}
              </p>
              @if (plan.scope) {
                <p class="scope">{{ plan.scope }}</p>
              }
              @if (plan.runs.length) {
                <assay-run-progress [progress]="total(plan.runs)" />
                <ul class="runs" [attr.aria-label]="'Runs of ' + plan.name">
                  @for (run of plan.runs; track run.id) {
                    <li>
                      <a [routerLink]="['/testing/runs', run.id]"
                        >{{ subject(run) }} · {{ run.environment }}{{ run.status === 'CLOSED' ? ' (closed)' : '' }}</a
                      >
                      <assay-run-progress [progress]="run.progress" />
                    </li>
                  }
                </ul>
              } @else {
                <p class="meta">No runs yet.</p>
              }
            </li>
          }
        </ul>
      }
    }
  `,
  styleUrl: './testing-pages.scss',
})
export class EvaluationPlansPage {
  private readonly dialogs = inject(DialogService);
  private readonly title = inject(Title);
  protected readonly store = inject(EvaluationPlansStore);

  /** From the route: /evaluations/:id/testing */
  readonly id = input.required<string>();
  protected readonly evaluation = this.store.evaluation;
  protected readonly owners = computed(() =>
    (this.evaluation()?.members ?? []).map((member) => ({ id: member.userId, displayName: member.displayName })),
  );
  protected readonly subject = runSubject;
  protected readonly total = (runs: { progress: Parameters<typeof sumProgress>[0][number] }[]) =>
    sumProgress(runs.map((run) => run.progress));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const evaluation = this.evaluation();
      if (evaluation) this.title.setTitle(`Testing · ${evaluation.title} · Assay`);
    });
  }

  protected async openCreate(): Promise<void> {
    const result = await this.dialogs.openForm<FormDialogResult<TestPlanFieldsFragment>, PlanFormDialogData>(
      PlanFormDialog,
      { plan: null, evaluationId: this.id(), owners: this.owners() },
      '680px',
    );
    if (result && 'saved' in result) this.dialogs.notify(`Created the plan ${result.saved.name}.`);
    if (result) await this.store.load(this.id());
  }

  protected async openEdit(plan: TestPlanFieldsFragment): Promise<void> {
    const result = await this.dialogs.openForm<FormDialogResult<TestPlanFieldsFragment>, PlanFormDialogData>(
      PlanFormDialog,
      { plan, owners: this.owners() },
      '680px',
    );
    if (result) await this.store.load(this.id());
  }
}
