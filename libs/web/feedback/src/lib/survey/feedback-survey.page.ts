import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { FeedbackGroupBy, loader } from '@assay/web/core';
import {
  DialogService,
  ErrorBannerComponent,
  LoadingComponent,
  LoadStateComponent,
  PageHeaderComponent,
  ScrollRegionDirective,
} from '@assay/web/ui';
import { ChartComponent } from '@assay/web/ui/chart';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  CloseFeedbackSurveyDocument,
  FeedbackCommentsDocument,
  FeedbackCommentsQuery,
  FeedbackGroupsDocument,
  FeedbackGroupsQuery,
  FeedbackResultsDocument,
  FeedbackResultsQuery,
  FeedbackSurveyDocument,
  FeedbackSurveyFieldsFragment,
} from '../feedback.generated';
import { chartHeight, chartText, MeanPoint, meanChart } from '../feedback-charts';
import { CommentFilters, exportUrl, formatMean, RATING_LABELS, SURVEY_STATUS } from '../feedback-labels';
import { RepeatSurveyDialog } from './repeat.dialog';

type Results = FeedbackResultsQuery['feedbackResults'];
type QuestionResult = Results['questions'][number];
type Group = QuestionResult['overall'];
type Comments = FeedbackCommentsQuery['feedbackComments'];

const NOT_FOUND = { code: 'NOT_FOUND', message: 'This survey was not found.' };
const COMMENTS_PAGE = 50;

/**
 * /feedback/:id — one survey: its details, status and audience; for its managers, closing it and
 * repeating it as the next wave; its results per question by department or library (a chart and
 * the table of numbers, groups under the minimum size shown as such), over time across the waves
 * of its series, and its comments, filtered, with the CSV and XLSX exports.
 */
@Component({
  selector: 'assay-feedback-survey-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    ChartComponent,
    ErrorBannerComponent,
    LoadingComponent,
    LoadStateComponent,
    PageHeaderComponent,
    ScrollRegionDirective,
  ],
  templateUrl: './feedback-survey.page.html',
  styleUrls: ['../feedback.scss', './feedback-survey.page.scss'],
})
export class FeedbackSurveyPage {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly loader = loader({ loading: true });
  private readonly resultsLoader = loader();
  private readonly commentsLoader = loader();

  /** From the route. */
  readonly id = input.required<string>();

  protected readonly survey = signal<FeedbackSurveyFieldsFragment | null>(null);
  private readonly missing = signal(false);
  protected readonly error = computed(() => this.loader.error() ?? (this.missing() ? NOT_FOUND : null));
  protected readonly status = signal('');

  protected readonly groupBy = signal<FeedbackGroupBy>('DEPARTMENT');
  protected readonly results = signal<Results | null>(null);
  protected readonly resultsLoading = this.resultsLoader.loading;
  protected readonly resultsError = this.resultsLoader.error;

  protected readonly groups = signal<FeedbackGroupsQuery | null>(null);
  protected readonly filters = signal<CommentFilters>({});
  protected readonly comments = signal<Comments | null>(null);
  protected readonly commentsLoading = this.commentsLoader.loading;
  protected readonly commentsError = this.commentsLoader.error;

  protected readonly statusLabel = SURVEY_STATUS;
  protected readonly ratingLabels = RATING_LABELS;
  protected readonly scale = [1, 2, 3, 4, 5];
  protected readonly mean = formatMean;

  /** What "by" reads as in headings and the charts' words. */
  protected readonly groupNoun = computed(() => (this.groupBy() === 'LIBRARY' ? 'Library' : 'Department'));
  /** The results and comments are the managers' (and readers') to see; the audience only answers. */
  protected readonly readsResults = computed(() => {
    const error = this.resultsError();
    return !error || (error.code !== 'FORBIDDEN' && error.code !== 'NOT_FOUND');
  });
  protected readonly audience = computed(() => {
    const survey = this.survey();
    if (!survey) return '';
    const named = [...survey.departments.map((d) => d.name), ...survey.memberLibraries.map((l) => l.name)];
    return named.length ? named.join(', ') : 'Everyone in the organisation';
  });
  /** Departments and libraries to filter the comments by: the survey's audience, or all when it is everyone. */
  protected readonly departmentChoices = computed(() => {
    const survey = this.survey();
    return survey?.departments.length ? survey.departments : (this.groups()?.departments ?? []);
  });
  protected readonly libraryChoices = computed(() => {
    const survey = this.survey();
    return survey?.memberLibraries.length ? survey.memberLibraries : (this.groups()?.memberLibraries ?? []);
  });
  protected readonly resultsCsv = computed(() => exportUrl(this.id(), 'results.csv', { groupBy: this.groupBy() }));
  protected readonly resultsXlsx = computed(() => exportUrl(this.id(), 'results.xlsx', { groupBy: this.groupBy() }));
  protected readonly commentsCsv = computed(() => exportUrl(this.id(), 'comments.csv', { filters: this.filters() }));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.id()): Promise<void> {
    if (this.survey() && this.survey()?.id !== id) {
      // Another survey in the same page (a wave just created, a wave linked from over time): nothing of the last one stays.
      this.survey.set(null);
      this.results.set(null);
      this.comments.set(null);
      this.filters.set({});
      this.status.set('');
    }
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: FeedbackSurveyDocument, variables: { id }, fetchPolicy: 'network-only' }),
      );
      const survey = result.data?.feedbackSurvey ?? null;
      this.missing.set(!survey);
      this.survey.set(survey);
      if (!survey) return;
      this.title.setTitle(`${survey.title}${survey.waveLabel ? ' · ' + survey.waveLabel : ''} · Assay`);
      void this.loadResults();
      void this.loadComments();
      if (!this.groups()) void this.loadGroups();
    });
  }

  protected loadResults(): Promise<void> {
    return this.resultsLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: FeedbackResultsDocument,
          variables: { surveyId: this.id(), groupBy: this.groupBy() },
          fetchPolicy: 'network-only',
        }),
      );
      this.results.set(result.data?.feedbackResults ?? null);
    });
  }

  protected loadComments(more = false): Promise<void> {
    const filters = this.filters();
    const offset = more ? (this.comments()?.items.length ?? 0) : 0;
    return this.commentsLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: FeedbackCommentsDocument,
          variables: {
            surveyId: this.id(),
            questionId: filters.questionId || null,
            departmentId: filters.departmentId || null,
            memberLibraryId: filters.memberLibraryId || null,
            search: filters.search?.trim() || null,
            page: { offset, limit: COMMENTS_PAGE },
          },
          fetchPolicy: 'network-only',
        }),
      );
      const page = result.data?.feedbackComments ?? null;
      const earlier = more ? (this.comments()?.items ?? []) : [];
      this.comments.set(page ? { ...page, items: [...earlier, ...page.items] } : null);
    });
  }

  private async loadGroups(): Promise<void> {
    try {
      const result = await firstValueFrom(this.apollo.query({ query: FeedbackGroupsDocument }));
      this.groups.set(result.data ?? null);
    } catch {
      // The filters then offer only the survey's own audience.
    }
  }

  protected setGroupBy(groupBy: FeedbackGroupBy): void {
    if (this.groupBy() === groupBy) return;
    this.groupBy.set(groupBy);
    void this.loadResults();
  }

  protected filter(change: Partial<CommentFilters>): void {
    this.filters.update((filters) => ({ ...filters, ...change }));
    void this.loadComments();
  }

  protected clearFilters(): void {
    this.filters.set({});
    void this.loadComments();
  }

  protected hasFilters(): boolean {
    const f = this.filters();
    return !!(f.questionId || f.departmentId || f.memberLibraryId || f.search?.trim());
  }

  protected points(question: QuestionResult): MeanPoint[] {
    return question.groups.map((g) => ({
      name: g.groupName,
      responses: g.responses,
      suppressed: g.suppressed,
      mean: g.mean,
    }));
  }

  protected wavePoints(question: QuestionResult): MeanPoint[] {
    return question.waves.map((w) => ({
      name: this.waveName(w),
      responses: w.responses,
      suppressed: w.suppressed,
      mean: w.mean,
    }));
  }

  /** A wave by its label, or (a survey repeated from one without a label) by when it opened. */
  protected waveName(wave: { waveLabel: string | null; opensAt: string }): string {
    return wave.waveLabel || `Opened ${new Date(wave.opensAt).toLocaleDateString('en-GB', { dateStyle: 'medium' })}`;
  }

  protected chart = meanChart;
  protected chartHeight = chartHeight;
  protected chartText = chartText;

  /** The share of a group's ratings given to one point of the scale, as a whole percentage. */
  protected share(group: Group, index: number): string {
    const counts = group.distribution ?? [];
    const total = counts.reduce((sum, n) => sum + n, 0);
    return total ? `${Math.round(((counts[index] ?? 0) / total) * 100)}%` : '';
  }

  protected async close(): Promise<void> {
    const survey = this.survey();
    if (!survey) return;
    const outcome = await this.dialogs.confirm({
      title: `Close “${survey.title}” now?`,
      message:
        'Nobody can answer or change their answers after this.' +
        (survey.anonymous ? ' The link that let each person edit their own anonymous answers is erased.' : ''),
      confirm: 'Close survey',
      danger: true,
      run: () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: CloseFeedbackSurveyDocument,
            variables: { id: survey.id, version: survey.version },
          }),
        ),
    });
    if (outcome === 'done' || outcome === 'reload') await this.load();
    if (outcome === 'done') this.status.set('The survey is closed.');
  }

  protected async repeat(): Promise<void> {
    const survey = this.survey();
    if (!survey) return;
    const outcome = await this.dialogs.openForm<
      { saved: FeedbackSurveyFieldsFragment } | undefined,
      FeedbackSurveyFieldsFragment
    >(RepeatSurveyDialog, survey);
    if (outcome?.saved) {
      this.dialogs.notify(`Wave “${outcome.saved.waveLabel ?? outcome.saved.title}” created.`);
      await this.router.navigate(['/feedback', outcome.saved.id]);
    }
  }
}
