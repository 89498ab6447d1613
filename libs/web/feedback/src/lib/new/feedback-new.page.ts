import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { FeedbackQuestionKind, loader, Problem, problemOf, SessionStore } from '@assay/web/core';
import { ErrorBannerComponent, LoadingComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  CreateFeedbackSurveyDocument,
  FeedbackSurveyChoicesDocument,
  FeedbackSurveyChoicesQuery,
} from '../feedback.generated';
import { draftErrors, fromLocalInput, LIMITS, moved, QUESTION_KIND, toLocalInput } from '../feedback-labels';

const DAY = 24 * 60 * 60 * 1000;

interface QuestionRow {
  /** Stable while the list is reordered (the row's DOM and focus follow it). */
  key: number;
  kind: FeedbackQuestionKind;
  text: string;
}

/**
 * /feedback/new — a new survey: what it is about (a decided evaluation's chosen product, or a
 * product in use), its title and description, anonymity, the period it is open, the departments
 * and libraries asked, and its questions (added, removed and reordered). Checked here before it is
 * sent, and again by the server.
 */
@Component({
  selector: 'assay-feedback-new-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
  ],
  templateUrl: './feedback-new.page.html',
  styleUrls: ['../feedback.scss', './feedback-new.page.scss'],
})
export class FeedbackNewPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly loader = loader({ loading: true });
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  protected readonly loading = this.loader.loading;
  protected readonly loadError = this.loader.error;
  protected readonly choices = signal<FeedbackSurveyChoicesQuery | null>(null);
  private readonly session = inject(SessionStore);
  /** Products in use the person may survey: those whose test plans name them (administrators: all). */
  protected readonly products = computed(() => {
    const choices = this.choices();
    if (!choices) return [];
    const mine = new Set(choices.productTestPlans.map((plan) => plan.productId));
    return choices.problemReportProducts.filter((p) => this.session.isAdmin() || mine.has(p.id));
  });
  /** Decided evaluations the person leads (administrators: all). */
  protected readonly evaluations = computed(() =>
    (this.choices()?.evaluations.items ?? []).filter((e) => this.session.isAdmin() || e.myRoles.includes('LEAD')),
  );
  protected readonly kinds: FeedbackQuestionKind[] = ['RATING', 'TEXT'];
  protected readonly kindLabel = QUESTION_KIND;
  protected readonly limits = LIMITS;

  private nextKey = 1;
  private readonly now = new Date();
  protected readonly subject = signal(this.initialSubject());
  protected readonly title = signal('');
  protected readonly description = signal('');
  protected readonly waveLabel = signal('');
  protected readonly anonymous = signal(true);
  protected readonly opensAt = signal(toLocalInput(this.now));
  protected readonly closesAt = signal(toLocalInput(new Date(this.now.getTime() + 14 * DAY)));
  protected readonly departmentIds = signal<ReadonlySet<string>>(new Set());
  protected readonly libraryIds = signal<ReadonlySet<string>>(new Set());
  protected readonly questions = signal<QuestionRow[]>([{ key: this.nextKey++, kind: 'RATING', text: '' }]);

  /** Set once the person has tried to create: from then on the errors follow their changes. */
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  private readonly allErrors = computed(() =>
    draftErrors({
      subject: this.subject(),
      title: this.title(),
      opensAt: this.opensAt(),
      closesAt: this.closesAt(),
      questions: this.questions(),
    }),
  );
  protected readonly errors = computed(() => (this.submitted() ? this.allErrors() : {}));
  protected readonly errorList = computed(() =>
    Object.entries(this.errors()).map(([field, message]) => ({ field, message })),
  );

  constructor() {
    void this.load();
  }

  private initialSubject(): string {
    const params = inject(ActivatedRoute).snapshot.queryParamMap;
    const productId = params.get('productId');
    const evaluationId = params.get('evaluationId');
    return productId ? `product:${productId}` : evaluationId ? `evaluation:${evaluationId}` : '';
  }

  protected load(): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: FeedbackSurveyChoicesDocument, fetchPolicy: 'network-only' }),
      );
      this.choices.set(result.data ?? null);
    });
  }

  protected toggle(set: typeof this.departmentIds, id: string, on: boolean): void {
    set.update((ids) => {
      const next = new Set(ids);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected addQuestion(kind: FeedbackQuestionKind): void {
    const key = this.nextKey++;
    this.questions.update((rows) => [...rows, { key, kind, text: '' }]);
    this.focus(`question-text-${key}`);
  }

  protected updateQuestion(key: number, change: Partial<QuestionRow>): void {
    this.questions.update((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  protected removeQuestion(index: number): void {
    const rows = this.questions();
    this.questions.set(rows.filter((_, i) => i !== index));
    const next = this.questions()[Math.min(index, this.questions().length - 1)];
    this.focus(next ? `question-text-${next.key}` : 'add-rating');
  }

  protected move(index: number, by: -1 | 1): void {
    const row = this.questions()[index];
    this.questions.set(moved(this.questions(), index, by));
    // The button keeps the focus; at either end of the list, its counterpart takes it.
    const position = index + by;
    const atEnd = position === 0 || position === this.questions().length - 1;
    this.focus(atEnd ? `move-${by < 0 ? 'down' : 'up'}-${row.key}` : `move-${by < 0 ? 'up' : 'down'}-${row.key}`);
  }

  /** From the list of things to fix to the field itself (a question's error to its text). */
  protected focusField(field: string): void {
    const index = /^question-(\d+)$/.exec(field)?.[1];
    const key = index === undefined ? null : this.questions()[Number(index)]?.key;
    const id = key ? `question-text-${key}` : field;
    const element = document.getElementById(id);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected async create(): Promise<void> {
    this.submitted.set(true);
    this.problem.set(null);
    if (Object.keys(this.allErrors()).length > 0) {
      afterNextRender(() => this.summary()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    if (this.saving()) return;
    const [kind, id] = this.subject().split(':');
    this.saving.set(true);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateFeedbackSurveyDocument,
          variables: {
            input: {
              evaluationId: kind === 'evaluation' ? id : null,
              productId: kind === 'product' ? id : null,
              title: this.title().trim(),
              description: this.description().trim() || null,
              anonymous: this.anonymous(),
              opensAt: fromLocalInput(this.opensAt()),
              closesAt: fromLocalInput(this.closesAt()),
              departmentIds: [...this.departmentIds()],
              memberLibraryIds: [...this.libraryIds()],
              questions: this.questions().map((q) => ({ kind: q.kind, text: q.text.trim() })),
              waveLabel: this.waveLabel().trim() || null,
            },
          },
        }),
      );
      const survey = result.data?.createFeedbackSurvey;
      if (survey) await this.router.navigate(['/feedback', survey.id]);
    } catch (error) {
      this.problem.set(problemOf(error));
    } finally {
      this.saving.set(false);
    }
  }
}
