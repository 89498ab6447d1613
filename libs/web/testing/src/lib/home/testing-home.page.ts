import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { FollowUpCountStore, FormDialogResult, SessionStore } from '@assay/web/core';
import {
  DialogService,
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingComponent,
  PageHeaderComponent,
  PluralPipe,
} from '@assay/web/ui';
import { PlanFormDialog, PlanFormDialogData } from '../plans/plan-form.dialog';
import { PlanPeopleDialog, PlanPeopleDialogData } from '../plans/plan-people.dialog';
import { RunProgressComponent } from '../plans/run-progress.component';
import { runSubject, sumProgress } from '../plans/test-labels';
import { TestingHomeQuery, TestPlanFieldsFragment, TestProgressFieldsFragment } from '../testing-plans.generated';
import { TestingHomeStore } from './testing-home.store';

type ProductPlan = TestingHomeQuery['productTestPlans'][number];

/** /testing: the open runs waiting for the person, then the plans of their evaluations and of the products in use. */
@Component({
  selector: 'assay-testing-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
    PluralPipe,
    RunProgressComponent,
  ],
  providers: [TestingHomeStore],
  template: `
    <assay-page-header title="Testing" subtitle="Your runs to test, and the test plans you can see">
      <a mat-stroked-button routerLink="/testing/follow-ups"
        ><mat-icon>event_repeat</mat-icon> Follow-ups{{ followUps.due() ? ' (' + followUps.due() + ')' : '' }}</a
      >
      @if (isAdmin()) {
        <button mat-stroked-button type="button" (click)="openProductPlan()">
          <mat-icon>add</mat-icon> Plan for a product in use
        </button>
      }
    </assay-page-header>
    @if (store.error(); as problem) {
      <assay-error-banner [message]="problem.message" [retryable]="true" (retry)="store.load()" />
    }
    @if (store.loading() && !store.data()) {
      <assay-loading label="Loading your testing work…" />
    } @else if (store.data()) {
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">Waiting for you</h2>
        @if (store.waiting().length === 0) {
          <assay-empty-state
            icon="task_alt"
            title="No runs to test"
            message="When a lead assigns you to a test run, it appears here until it is closed."
          />
        } @else {
          <ul class="waiting" aria-label="Runs assigned to you">
            @for (item of store.waiting(); track item.run.id) {
              <li class="card">
                <h3>
                  <a [routerLink]="['/testing/runs', item.run.id]"
                    >{{ subject(item.run) }} · {{ item.run.environment }}</a
                  >
                </h3>
                <p class="meta">
                  {{ item.planName }}{{ item.evaluationTitle ? ' · ' + item.evaluationTitle : '' }}
                  {{ item.run.buildLabel ? ' · build ' + item.run.buildLabel : '' }}
                </p>
                <assay-run-progress [progress]="item.run.progress" />
              </li>
            }
          </ul>
        }
      </section>

      <section aria-labelledby="evaluation-plans-heading">
        <h2 id="evaluation-plans-heading">Plans of your evaluations</h2>
        @if (store.evaluations().length === 0) {
          <assay-empty-state
            icon="fact_check"
            title="No test plans yet"
            message="Leads and testers start a plan from an evaluation’s Testing page."
          >
            <a mat-stroked-button routerLink="/evaluations">Your evaluations</a>
          </assay-empty-state>
        } @else {
          <ul class="plans" aria-label="Plans of your evaluations">
            @for (evaluation of store.evaluations(); track evaluation.id) {
              <li class="plan">
                <div class="plan-head">
                  <h3>{{ evaluation.title }}</h3>
                  <a mat-button [routerLink]="['/evaluations', evaluation.id, 'testing']"
                    >All its plans<span class="visually-hidden"> of {{ evaluation.title }}</span></a
                  >
                </div>
                <ul class="runs">
                  @for (plan of evaluation.testPlans; track plan.id) {
                    <li>
                      <a [routerLink]="['/testing/plans', plan.id]">{{ plan.name }}</a>
                      @if (plan.runs.length) {
                        <assay-run-progress [progress]="sum(plan.runs)" />
                      } @else {
                        <span class="meta">No runs yet</span>
                      }
                    </li>
                  }
                </ul>
              </li>
            }
          </ul>
          @if (store.evaluationsWithout()) {
            <p class="meta">
              {{ store.evaluationsWithout() | plural: 'other evaluation' }} of yours
              {{ store.evaluationsWithout() === 1 ? 'has' : 'have' }} no test plan yet.
            </p>
          }
        }
      </section>

      <section aria-labelledby="product-plans-heading">
        <h2 id="product-plans-heading">Products in use</h2>
        @if (store.productPlans().length === 0) {
          <assay-empty-state
            icon="system_update_alt"
            title="No plans for products in use"
            [message]="
              isAdmin()
                ? 'Plan the tests of a patch or upgrade of a product the libraries use, and name the people who test it.'
                : 'An administrator names you on a product’s plan when you are to test a patch or upgrade.'
            "
          >
            @if (isAdmin()) {
              <button mat-flat-button type="button" (click)="openProductPlan()">
                <mat-icon>add</mat-icon> Plan for a product in use
              </button>
            }
          </assay-empty-state>
        } @else {
          <ul class="plans" aria-label="Plans for products in use">
            @for (plan of store.productPlans(); track plan.id) {
              <li class="plan">
                <div class="plan-head">
                  <h3>
                    <a [routerLink]="['/testing/plans', plan.id]">{{ plan.name }}</a>
                  </h3>
                  <div class="plan-actions">
                    @if (plan.productId) {
                      <a mat-button [routerLink]="['/testing/products', plan.productId, 'trends']"
                        ><mat-icon>insights</mat-icon> Trends<span class="visually-hidden">
                          for {{ plan.name }}</span
                        ></a
                      >
                    }
                    @if (plan.myAccess.canNamePeople) {
                      <button
                        mat-button
                        type="button"
                        (click)="openPeople(plan)"
                        [attr.aria-label]="'Name the people of ' + plan.name"
                      >
                        <mat-icon>group</mat-icon> People
                      </button>
                    }
                  </div>
                </div>
                <p class="meta">
                  @if (plan.members.length) {
                    {{ names(plan.members) }}
                  } @else {
                    Nobody named yet
                  }
                </p>
                @if (plan.runs.length) {
                  <assay-run-progress [progress]="sum(plan.runs)" />
                }
                @if (plan.productId) {
                  <a mat-button [routerLink]="['/testing/products', plan.productId, 'installations']"
                    ><mat-icon>history</mat-icon> Installations<span class="visually-hidden">
                      of the product of {{ plan.name }}</span
                    ></a
                  >
                  <a mat-button [routerLink]="['/testing/products', plan.productId, 'notices']"
                    ><mat-icon>campaign</mat-icon> Notices<span class="visually-hidden">
                      about the product of {{ plan.name }}</span
                    ></a
                  >
                }
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styleUrl: '../plans/testing-pages.scss',
})
export class TestingHomePage implements OnInit {
  private readonly dialogs = inject(DialogService);
  protected readonly store = inject(TestingHomeStore);
  protected readonly isAdmin = inject(SessionStore).isAdmin;
  protected readonly followUps = inject(FollowUpCountStore);
  protected readonly subject = runSubject;

  ngOnInit(): void {
    void this.store.load();
  }

  protected sum(runs: { progress: TestProgressFieldsFragment }[]): TestProgressFieldsFragment {
    return sumProgress(runs.map((run) => run.progress));
  }

  protected names(people: { displayName: string }[]): string {
    return people.map((person) => person.displayName).join(', ');
  }

  protected async openProductPlan(): Promise<void> {
    const result = await this.dialogs.openForm<FormDialogResult<TestPlanFieldsFragment>, PlanFormDialogData>(
      PlanFormDialog,
      { plan: null, owners: [] },
      '680px',
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(`Created the plan ${result.saved.name}. Name the people who test it.`);
    }
    if (result) await this.store.load();
  }

  protected async openPeople(plan: ProductPlan): Promise<void> {
    const result = await this.dialogs.openForm<FormDialogResult<boolean>, PlanPeopleDialogData>(PlanPeopleDialog, {
      planId: plan.id,
      planName: plan.name,
      members: plan.members,
    });
    if (result) await this.store.load();
  }
}
