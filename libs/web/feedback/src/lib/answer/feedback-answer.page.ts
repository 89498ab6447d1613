import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { loader, Problem, problemOf } from '@assay/web/core';
import { ErrorBannerComponent, LoadStateComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AnswerFeedbackSurveyDocument,
  FeedbackSurveyDocument,
  FeedbackSurveyFieldsFragment,
} from '../feedback.generated';
import { LIMITS, RATING_LABELS } from '../feedback-labels';

const NOT_FOUND = { code: 'NOT_FOUND', message: 'This survey was not found.' };

interface Answer {
  rating: number | null;
  comment: string;
}

/**
 * /feedback/:id/answer — a staff member's answers to one survey: per rating question a 1–5 radio
 * group (arrow keys move within it, Tab to the next) and an optional comment, per text question a
 * text box. Saved as one response per person, changed as often as wanted while the survey is open.
 */
@Component({
  selector: 'assay-feedback-answer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    ErrorBannerComponent,
    LoadStateComponent,
    PageHeaderComponent,
  ],
  templateUrl: './feedback-answer.page.html',
  styleUrls: ['../feedback.scss', './feedback-answer.page.scss'],
})
export class FeedbackAnswerPage {
  private readonly apollo = inject(Apollo);
  private readonly title = inject(Title);
  private readonly loader = loader({ loading: true });

  /** From the route. */
  readonly id = input.required<string>();

  protected readonly survey = signal<FeedbackSurveyFieldsFragment | null>(null);
  /** The survey does not exist, or the person is not asked to answer it. */
  private readonly missing = signal(false);
  protected readonly error = computed(() => this.loader.error() ?? (this.missing() ? NOT_FOUND : null));
  protected readonly answers = signal<Record<string, Answer>>({});
  protected readonly problem = signal<Problem | null>(null);
  protected readonly saving = signal(false);
  /** Changes not saved yet. */
  protected readonly dirty = signal(false);
  /** When the answers were last saved on this page. */
  protected readonly savedAt = signal<Date | null>(null);
  protected readonly ratings = [1, 2, 3, 4, 5];
  protected readonly ratingLabels = RATING_LABELS;
  protected readonly limits = LIMITS;

  protected readonly answered = computed(() => !!this.survey()?.myResponse);
  protected readonly editable = computed(() => {
    const survey = this.survey();
    return !!survey && survey.status === 'OPEN' && survey.canAnswer;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.id()): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: FeedbackSurveyDocument, variables: { id }, fetchPolicy: 'network-only' }),
      );
      const survey = result.data?.feedbackSurvey ?? null;
      this.missing.set(!survey);
      if (!survey) return;
      this.show(survey);
      this.title.setTitle(`Answer: ${survey.title} · Assay`);
    });
  }

  private show(survey: FeedbackSurveyFieldsFragment): void {
    this.survey.set(survey);
    const mine = new Map((survey.myResponse?.answers ?? []).map((a) => [a.questionId, a]));
    this.answers.set(
      Object.fromEntries(
        survey.questions.map((q) => [
          q.id,
          { rating: mine.get(q.id)?.rating ?? null, comment: mine.get(q.id)?.comment ?? '' },
        ]),
      ),
    );
    this.dirty.set(false);
  }

  protected answer(questionId: string): Answer {
    return this.answers()[questionId] ?? { rating: null, comment: '' };
  }

  protected setRating(questionId: string, rating: number): void {
    this.answers.update((all) => ({ ...all, [questionId]: { ...this.answer(questionId), rating } }));
    this.dirty.set(true);
  }

  protected setComment(questionId: string, comment: string): void {
    this.answers.update((all) => ({ ...all, [questionId]: { ...this.answer(questionId), comment } }));
    this.dirty.set(true);
  }

  protected clearRating(questionId: string): void {
    this.answers.update((all) => ({ ...all, [questionId]: { ...this.answer(questionId), rating: null } }));
    this.dirty.set(true);
  }

  protected async save(): Promise<void> {
    const survey = this.survey();
    if (!survey || this.saving()) return;
    const answers = survey.questions
      .map((q) => ({ questionId: q.id, ...this.answer(q.id) }))
      .filter((a) => a.rating !== null || a.comment.trim() !== '')
      .map((a) => ({ questionId: a.questionId, rating: a.rating, comment: a.comment.trim() || null }));
    if (answers.length === 0) {
      this.problem.set({
        code: 'BAD_USER_INPUT',
        message: 'Answer at least one question before saving.',
        fields: {},
        stale: false,
      });
      return;
    }
    this.problem.set(null);
    this.saving.set(true);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: AnswerFeedbackSurveyDocument,
          variables: { input: { surveyId: survey.id, answers } },
        }),
      );
      if (result.data) this.show(result.data.answerFeedbackSurvey);
      this.savedAt.set(new Date());
    } catch (error) {
      this.problem.set(problemOf(error));
    } finally {
      this.saving.set(false);
    }
  }
}
