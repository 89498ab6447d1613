import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { loader } from '@assay/web/core';
import { ErrorBannerComponent, LoadingComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { approvalsLabel } from '../recommendation/recommendation-labels';
import { MyDecisionsDocument, MyDecisionsQuery } from './decisions.generated';

type Work = MyDecisionsQuery['myWork'];

/** /decisions — the recommendations waiting for the person's review, and the decisions taken in their evaluations. */
@Component({
  selector: 'assay-decisions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatIconModule, ErrorBannerComponent, LoadingComponent, PageHeaderComponent],
  template: `
    <assay-page-header
      title="Decisions"
      subtitle="Recommendations with their evidence, and the directors’ approvals."
    />
    @if (loader.error(); as problem) {
      <assay-error-banner [message]="problem.message" [retryable]="true" (retry)="load()" />
    } @else if (loader.loading() && !work()) {
      <assay-loading label="Loading your decisions…" />
    } @else if (work(); as work) {
      <section class="card" aria-labelledby="to-review">
        <h2 id="to-review">
          <mat-icon aria-hidden="true">rate_review</mat-icon> Recommendations to review
          <span class="count">{{ work.recommendationsToReview.length }}</span>
        </h2>
        @if (work.recommendationsToReview.length) {
          <ul>
            @for (item of work.recommendationsToReview; track item.evaluationId) {
              <li>
                <a [routerLink]="['/evaluations', item.evaluationId, 'recommendation']"
                  >{{ item.evaluationTitle }}: {{ item.candidateName ?? 'none of the candidates' }}</a
                >
                <span class="meta"
                  >Version {{ item.versionNumber }}{{ item.submittedByName ? ' by ' + item.submittedByName : '' }},
                  submitted {{ item.submittedAt | date: 'd MMM y' }} ·
                  {{ approvalsLabel(item.approvals, item.requiredApprovals) }}</span
                >
              </li>
            }
          </ul>
        } @else {
          <p class="none">
            No recommendation waits for your review. When a lead submits one in an evaluation where you are a director,
            it appears here until you approve it, request changes or reject it.
          </p>
        }
      </section>
      <section class="card" aria-labelledby="taken">
        <h2 id="taken">
          <mat-icon aria-hidden="true">verified</mat-icon> Decisions taken
          <span class="count">{{ work.decisionsTaken.length }}</span>
        </h2>
        @if (work.decisionsTaken.length) {
          <ul>
            @for (decision of work.decisionsTaken; track decision.evaluationId) {
              <li>
                <a [routerLink]="['/evaluations', decision.evaluationId, 'recommendation']"
                  >{{ decision.evaluationTitle }}: {{ decision.candidateName ?? 'none of the candidates' }}</a
                >
                <span class="meta">Decided {{ decision.decidedAt | date: 'd MMM y' }}</span>
              </li>
            }
          </ul>
        } @else {
          <p class="none">
            No decision is taken in your evaluations yet. When the directors approve a recommendation, the decision
            appears here with its PDF report.
          </p>
        }
      </section>
    }
  `,
  styles: `
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 16px;
      margin-bottom: 16px;
      overflow-wrap: anywhere;
    }
    h2 {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 8px;
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
      mat-icon {
        color: var(--mat-sys-primary);
      }
    }
    .count {
      min-width: 24px;
      padding: 0 8px;
      border-radius: 12px;
      text-align: center;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    li {
      margin: 6px 0;
    }
    .meta {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font-size: 13px;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
  `,
})
export class DecisionsPage implements OnInit {
  private readonly apollo = inject(Apollo);
  protected readonly loader = loader({ loading: true });
  protected readonly work = signal<Work | null>(null);
  protected readonly approvalsLabel = approvalsLabel;

  ngOnInit(): void {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: MyDecisionsDocument, fetchPolicy: 'network-only' }));
      this.work.set(result.data?.myWork ?? null);
    });
  }
}
