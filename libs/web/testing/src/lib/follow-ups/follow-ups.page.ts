import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { FollowUpCountStore } from '@assay/web/core';
import { EmptyStateComponent, LoadStateComponent, PageHeaderComponent, PluralPipe } from '@assay/web/ui';
import { severityLabel } from '../defects/defect-labels';
import { statusLabel } from '../run/run-format';
import { FollowUpRowFragment } from './follow-ups.generated';
import { FollowUpsStore } from './follow-ups.store';

/**
 * /testing/follow-ups (the signed-in person's) and /evaluations/:id/testing/follow-ups (one
 * evaluation's): fixed defects waiting for the retest that verifies them, overdue ones first, each
 * with the cases to run again and the open run to run them in. A passing retest on the fixing
 * version or later verifies the defect; a failing one reopens it.
 */
@Component({
  selector: 'assay-follow-ups-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [FollowUpsStore],
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
    PluralPipe,
  ],
  template: `
    @if (id(); as evaluationId) {
      <a class="back" [routerLink]="['/evaluations', evaluationId, 'testing']"
        ><mat-icon aria-hidden="true">arrow_back</mat-icon> Testing{{
          store.evaluationTitle() ? ' · ' + store.evaluationTitle() : ''
        }}</a
      >
    } @else {
      <a class="back" routerLink="/testing"><mat-icon aria-hidden="true">arrow_back</mat-icon> Testing</a>
    }
    <assay-load-state
      [problem]="store.error()"
      [loading]="store.loading() && !store.items()"
      loadingLabel="Loading follow-ups…"
      (retry)="store.load(id() ?? null)"
    />
    @if (store.items(); as items) {
      <assay-page-header title="Follow-ups" [subtitle]="subtitle()">
        @if (id(); as evaluationId) {
          <a mat-stroked-button [routerLink]="['/evaluations', evaluationId, 'testing', 'defects']"
            ><mat-icon>bug_report</mat-icon> Defects</a
          >
        }
      </assay-page-header>
      <p class="intro">
        A fixed defect waits here until a passing result of its cases on the fixing version (or a later one) verifies
        it; a failing result reopens it. The retest is due 14 days after the fix.
      </p>
      @if (items.length === 0) {
        <assay-empty-state
          icon="task_alt"
          title="No retests due"
          [message]="
            id()
              ? 'When a lead or tester marks a defect fixed, its retest waits here.'
              : 'When a defect of an evaluation you lead or test is marked fixed, its retest waits here.'
          "
        />
      } @else {
        <p class="count" aria-live="polite">
          {{ items.length | plural: 'retest' }} due{{
            store.overdue().length ? ', ' + store.overdue().length + ' overdue' : ''
          }}
        </p>
        @for (group of groups(); track group.key) {
          @if (group.items.length) {
            <section [attr.aria-labelledby]="group.key + '-heading'">
              <h2 [id]="group.key + '-heading'">{{ group.title }}</h2>
              <ul class="follow-ups" [attr.aria-label]="group.title">
                @for (item of group.items; track item.defect.id) {
                  <li class="card" [class.overdue]="item.overdue">
                    <div class="plan-head">
                      <h3>
                        @if (item.defect.evaluationId) {
                          <a
                            [routerLink]="['/evaluations', item.defect.evaluationId, 'testing', 'defects']"
                            [queryParams]="{ q: item.defect.key }"
                            >{{ item.defect.key }} {{ item.defect.title }}</a
                          >
                        } @else {
                          {{ item.defect.key }} {{ item.defect.title }}
                        }
                      </h3>
                      <span class="due" [class.late]="item.overdue">
                        @if (item.overdue) {
                          <mat-icon aria-hidden="true">schedule</mat-icon> Overdue since
                        } @else {
                          Due
                        }
                        {{ item.dueAt | date: 'mediumDate' }}
                      </span>
                    </div>
                    <p class="meta">
                      {{ severity(item) }} · fixed in {{ item.defect.fixedInVersion
                      }}{{ item.defect.candidateName ? ' · ' + item.defect.candidateName : ''
                      }}{{
                        !id() && (item.evaluationTitle ?? item.productName)
                          ? ' · ' + (item.evaluationTitle ?? item.productName)
                          : ''
                      }}
                    </p>
                    @if (item.cases.length === 0) {
                      <p class="meta">
                        No test result is linked: link the result that shows the defect, then retest it.
                      </p>
                    } @else {
                      <ul class="cases" [attr.aria-label]="'Cases to retest for ' + item.defect.key">
                        @for (retest of item.cases; track retest.caseId) {
                          <li>
                            <span class="case"
                              ><span class="key">{{ retest.caseKey }}</span> {{ retest.caseTitle }}</span
                            >
                            @if (retest.runId) {
                              <a [routerLink]="['/testing/runs', retest.runId]" [queryParams]="{ q: retest.caseKey }"
                                >Retest<span class="visually-hidden"> {{ retest.caseKey }}</span> in
                                {{ retest.runLabel }}</a
                              >
                              @if (retest.resultStatus && retest.resultStatus !== 'UNTESTED') {
                                <span class="meta"> ({{ resultLabel(retest.resultStatus) }} there so far)</span>
                              }
                            } @else {
                              <a [routerLink]="['/testing/plans', retest.planId]"
                                >No open run: start one in {{ retest.planName }}</a
                              >
                            }
                          </li>
                        }
                      </ul>
                    }
                  </li>
                }
              </ul>
            </section>
          }
        }
      }
    }
  `,
  styleUrl: './follow-ups.page.scss',
})
export class FollowUpsPage {
  private readonly title = inject(Title);
  private readonly count = inject(FollowUpCountStore);
  protected readonly store = inject(FollowUpsStore);

  /** From the route /evaluations/:id/testing/follow-ups; absent on /testing/follow-ups. */
  readonly id = input<string>();
  protected readonly resultLabel = statusLabel;
  protected readonly subtitle = computed(() =>
    this.id() ? (this.store.evaluationTitle() ?? '') : 'Retests of fixed defects waiting for you',
  );
  protected readonly groups = computed(() => [
    { key: 'overdue', title: 'Overdue', items: this.store.overdue() },
    { key: 'due', title: 'Due', items: this.store.due() },
  ]);

  constructor() {
    effect(() => {
      const id = this.id() ?? null;
      untracked(() => {
        void this.store.load(id);
        // The navigation's count follows what this page shows.
        if (!id) void this.count.refresh();
      });
    });
    effect(() => {
      const evaluation = this.store.evaluationTitle();
      this.title.setTitle(evaluation ? `Follow-ups · ${evaluation} · Assay` : 'Follow-ups · Assay');
    });
  }

  protected severity(item: FollowUpRowFragment): string {
    return severityLabel(item.defect.severity);
  }
}
