import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { loader } from '@assay/web/core';
import { EmptyStateComponent, ErrorBannerComponent, LoadingComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { FeedbackSurveyFieldsFragment, FeedbackSurveysDocument } from '../feedback.generated';
import { SURVEY_STATUS } from '../feedback-labels';

/**
 * /feedback — the surveys the person manages or may read the results of, newest first, with a way
 * to start one; empty, it explains what a survey is for.
 */
@Component({
  selector: 'assay-feedback-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
  ],
  template: `
    <assay-page-header title="Feedback surveys" subtitle="What staff think of a system once they use it every day.">
      <a mat-flat-button routerLink="/feedback/new"><mat-icon>add</mat-icon> New survey</a>
    </assay-page-header>
    @if (error(); as problem) {
      <assay-error-banner [message]="problem.message" [retryable]="true" (retry)="load()" />
    } @else if (loading() && !surveys()) {
      <assay-loading label="Loading the surveys…" />
    } @else if (surveys(); as surveys) {
      @if (surveys.length === 0) {
        <assay-empty-state
          icon="rate_review"
          title="No surveys yet"
          message="A survey asks staff a few short questions about a chosen product or a product in use — a rating from 1 to 5 with an optional comment, or free text — for a period you set, to the departments and libraries you choose. You see the answers by department and library, and over time when you repeat it (say 3, 6 and 12 months after go-live). Surveys you have been asked to answer are on your home page."
        >
          <a mat-stroked-button routerLink="/feedback/new">Start a survey</a>
        </assay-empty-state>
      } @else {
        <div class="scroll">
          <table>
            <caption class="visually-hidden">
              Surveys you manage or may read the results of
            </caption>
            <thead>
              <tr>
                <th scope="col">Survey</th>
                <th scope="col">About</th>
                <th scope="col">Status</th>
                <th scope="col">Open</th>
                <th scope="col" class="num">Answers</th>
              </tr>
            </thead>
            <tbody>
              @for (survey of surveys; track survey.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/feedback', survey.id]"
                      >{{ survey.title }}{{ survey.waveLabel ? ' · ' + survey.waveLabel : '' }}</a
                    >
                    @if (survey.anonymous) {
                      <span class="badge">anonymous</span>
                    }
                  </th>
                  <td>{{ survey.subjectName }}</td>
                  <td>
                    <span class="badge" [class.open]="survey.status === 'OPEN'">{{ status[survey.status] }}</span>
                  </td>
                  <td class="period">
                    {{ survey.opensAt | date: 'd MMM y' }} – {{ survey.closedAt ?? survey.closesAt | date: 'd MMM y' }}
                  </td>
                  <td class="num">{{ survey.responseCount ?? (survey.anonymous ? 'fewer than 5' : '—') }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styleUrl: '../feedback.scss',
  styles: `
    .period {
      white-space: nowrap;
    }
    th .badge {
      margin-left: 6px;
    }
  `,
})
export class FeedbackListPage {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  protected readonly loading = this.loader.loading;
  protected readonly error = this.loader.error;
  protected readonly surveys = signal<FeedbackSurveyFieldsFragment[] | null>(null);
  protected readonly status = SURVEY_STATUS;

  constructor() {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: FeedbackSurveysDocument, fetchPolicy: 'network-only' }));
      const surveys = [...(result.data?.feedbackSurveys ?? [])];
      surveys.sort((a, b) => b.opensAt.localeCompare(a.opensAt));
      this.surveys.set(surveys);
    });
  }
}
