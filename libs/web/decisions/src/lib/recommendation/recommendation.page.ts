import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MAX_REQUIRED_APPROVALS, MIN_REQUIRED_APPROVALS, needsReload, type Problem } from '@assay/domain';
import { problemOf, type ReviewOutcome } from '@assay/web/core';
import {
  DialogService,
  ErrorBannerComponent,
  LoadingComponent,
  LoadStateComponent,
  PageHeaderComponent,
} from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { EvidencePanelComponent } from '../evidence/evidence-panel.component';
import { parseEvidence, parseSnapshot, REVIEW_TARGETS, reviewTargetTitle } from '../evidence/evidence-format';
import {
  approvalsLabel,
  draftProblem,
  NONE_OF_THEM,
  OUTCOME_LABELS,
  REVIEW_CHOICES,
  reviewProblem,
  STATE_LABELS,
} from './recommendation-labels';
import {
  ReviewRecommendationDocument,
  SaveRecommendationDocument,
  SetRequiredApprovalsDocument,
  SubmitRecommendationDocument,
  WithdrawRecommendationDocument,
} from './recommendation.generated';
import { RecommendationStore, RecommendationVersionView } from './recommendation.store';
import { snapshotChanges } from './snapshot-changes';

/** What the evidence panel shows: the draft's live evidence, a submitted version's snapshot, or the decision's. */
type Viewing = { kind: 'draft' } | { kind: 'version'; id: string } | { kind: 'decision' };

type RiskGroup = FormGroup<{ risk: FormControl<string>; mitigation: FormControl<string> }>;

/**
 * /evaluations/:id/recommendation — the recommendation and the decision, for each role: the lead
 * drafts the text beside the evidence Assay assembles and submits it for review; the directors
 * read it (with what changed since the previous version) and approve, request changes or reject;
 * once decided, the decision with its frozen evidence and its report. The server checks every
 * action again; the page only offers what `canEdit`, `canSubmit`, `canWithdraw` and `canReview` allow.
 */
@Component({
  selector: 'assay-recommendation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RecommendationStore],
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ErrorBannerComponent,
    LoadingComponent,
    LoadStateComponent,
    PageHeaderComponent,
    EvidencePanelComponent,
  ],
  templateUrl: './recommendation.page.html',
  styleUrl: './recommendation.page.scss',
})
export class RecommendationPage {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly store = inject(RecommendationStore);

  /** From the route: /evaluations/:id/recommendation */
  readonly id = input.required<string>();

  protected readonly stateLabels = STATE_LABELS;
  protected readonly outcomeLabels = OUTCOME_LABELS;
  protected readonly reviewChoices = REVIEW_CHOICES;
  protected readonly reviewTargets = REVIEW_TARGETS;
  protected readonly reviewTargetTitle = reviewTargetTitle;
  protected readonly approvalsLabel = approvalsLabel;
  protected readonly none = NONE_OF_THEM;
  protected readonly minApprovals = MIN_REQUIRED_APPROVALS;
  protected readonly maxApprovals = MAX_REQUIRED_APPROVALS;

  protected readonly evaluation = this.store.evaluation;
  protected readonly recommendation = this.store.recommendation;
  protected readonly decision = this.store.decision;

  /** The step has come: the evaluation is at the recommendation (or decided), or a recommendation exists. */
  protected readonly atStep = computed(() => {
    const evaluation = this.evaluation();
    return !!evaluation && (['RECOMMENDATION', 'DECIDED'].includes(evaluation.status) || !!evaluation.recommendation);
  });
  /** The lead writes: the server says so, or (before the first save) the lead of an evaluation at this step. */
  protected readonly editable = computed(() => {
    const evaluation = this.evaluation();
    if (!evaluation || this.decision()) return false;
    const recommendation = evaluation.recommendation;
    if (recommendation) return recommendation.canEdit;
    return evaluation.myPermissions.canLead && evaluation.status === 'RECOMMENDATION';
  });
  /** The candidates that may be recommended: all but the eliminated. */
  protected readonly candidates = computed(() =>
    (this.evaluation()?.candidates ?? [])
      .filter((c) => c.state !== 'ELIMINATED')
      .map((c) => ({ id: c.id, name: `${c.productName} ${c.versionName}`, vendor: c.vendorName })),
  );
  protected readonly versions = computed(() => this.recommendation()?.versions ?? []);
  protected readonly current = computed(() => {
    const id = this.recommendation()?.currentVersion?.id;
    return this.versions().find((v) => v.id === id) ?? null;
  });

  // What the evidence panel shows.
  private readonly chosen = signal<Viewing | null>(null);
  protected readonly viewing = computed<Viewing>(() => {
    const chosen = this.chosen();
    if (chosen && (chosen.kind !== 'version' || this.versions().some((v) => v.id === chosen.id))) return chosen;
    if (this.decision()) return { kind: 'decision' };
    const current = this.current();
    if (this.editable() || !current) return { kind: 'draft' };
    return { kind: 'version', id: current.id };
  });
  protected readonly viewedVersion = computed(() => {
    const viewing = this.viewing();
    return viewing.kind === 'version' ? (this.versions().find((v) => v.id === viewing.id) ?? null) : null;
  });
  protected readonly viewedSnapshot = computed(() => {
    const viewing = this.viewing();
    if (viewing.kind === 'decision') return parseSnapshot(this.decision()?.snapshotJson);
    if (viewing.kind === 'version') return parseSnapshot(this.viewedVersion()?.snapshotJson);
    return null;
  });
  protected readonly viewedEvidence = computed(() =>
    this.viewing().kind === 'draft'
      ? parseEvidence(this.store.liveEvidence())
      : (this.viewedSnapshot()?.evidence ?? null),
  );
  protected readonly evidenceCaption = computed(() => {
    const viewing = this.viewing();
    const evidence = this.viewedEvidence();
    if (viewing.kind === 'decision')
      return 'The evidence the directors approved, frozen when the version was submitted.';
    const version = this.viewedVersion();
    if (version) return `Frozen when version ${version.number} was submitted.`;
    return evidence ? 'Assembled now from the evaluation’s pages; frozen when you submit.' : '';
  });
  /** The candidate the viewed text recommends, marked in the evidence tables. */
  protected readonly recommendedId = computed(() =>
    this.viewing().kind === 'draft'
      ? (this.recommendation()?.candidateId ?? null)
      : (this.viewedSnapshot()?.text.candidateId ?? null),
  );

  // The lead's form.
  protected readonly form = this.fb.group({
    candidate: [''],
    noneReason: [''],
    rationale: [''],
    risks: this.fb.array<RiskGroup>([]),
    conditions: [''],
    costNotes: [''],
    requiredApprovals: [1],
  });
  private readonly formValue = signal(this.form.getRawValue());
  protected readonly noneChosen = computed(() => this.formValue().candidate === NONE_OF_THEM);
  protected readonly saving = signal(false);
  protected readonly formProblem = signal<Problem | null>(null);
  protected readonly formNote = signal<string | null>(null);
  /** The recommendation version the form was last filled from, so a refresh never overwrites typing. */
  private filledFrom: string | null = null;

  // The director's review: the fields are signals; the empty group only makes the form submit
  // through Angular (ngSubmit) instead of the browser's own submission.
  protected readonly reviewForm = new FormGroup({});
  protected readonly reviewOutcome = signal<ReviewOutcome | null>(null);
  protected readonly reviewComment = signal('');
  protected readonly reviewAbout = signal<string>('');
  protected readonly reviewing = signal(false);
  protected readonly reviewTried = signal(false);
  protected readonly reviewError = computed(() => reviewProblem(this.reviewOutcome(), this.reviewComment()));
  protected readonly reviewProblemFromServer = signal<Problem | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const title = this.evaluation()?.title;
      if (title) this.title.setTitle(`Recommendation · ${title} · Assay`);
    });
    effect(() => {
      const recommendation = this.recommendation();
      const key = recommendation ? `${recommendation.id}@${recommendation.version}` : 'new';
      untracked(() => {
        if (key !== this.filledFrom && (this.form.pristine || this.filledFrom === null)) this.fill();
        this.filledFrom = key;
      });
    });
    // The draft's evidence is assembled (costly) only while it is the evidence on screen.
    effect(() => {
      const wanted = this.viewing().kind === 'draft' && !!this.recommendation();
      if (wanted && this.store.liveEvidence() === undefined)
        untracked(() => {
          if (!this.store.evidenceLoading()) void this.store.loadLiveEvidence();
        });
    });
    this.form.valueChanges.subscribe(() => this.formValue.set(this.form.getRawValue()));
  }

  get risks(): FormArray<RiskGroup> {
    return this.form.controls.risks;
  }

  /** Fills the form from the recommendation as saved. */
  private fill(): void {
    const r = this.recommendation();
    this.risks.clear({ emitEvent: false });
    for (const risk of r?.risks ?? [])
      this.risks.push(this.riskGroup(risk.risk, risk.mitigation), { emitEvent: false });
    this.form.reset({
      candidate: r ? (r.candidateId ?? (r.noneReason ? NONE_OF_THEM : '')) : '',
      noneReason: r?.noneReason ?? '',
      rationale: r?.rationale ?? '',
      risks: (r?.risks ?? []).map((risk) => ({ risk: risk.risk, mitigation: risk.mitigation })),
      conditions: r?.conditions ?? '',
      costNotes: r?.costNotes ?? '',
      requiredApprovals: r?.requiredApprovals ?? 1,
    });
    this.formValue.set(this.form.getRawValue());
  }

  private riskGroup(risk = '', mitigation = ''): RiskGroup {
    return this.fb.group({ risk: [risk], mitigation: [mitigation] });
  }

  protected addRisk(): void {
    this.risks.push(this.riskGroup());
    this.form.markAsDirty();
    const index = this.risks.length - 1;
    afterNextRender(() => document.getElementById(`risk-${index}`)?.focus(), { injector: this.injector });
  }

  protected removeRisk(index: number): void {
    this.risks.removeAt(index);
    this.form.markAsDirty();
  }

  protected candidateName(id: string | null | undefined): string {
    if (!id) return 'None of them';
    return this.candidates().find((c) => c.id === id)?.name ?? 'A candidate no longer shortlisted';
  }

  /** Saves the text (and the number of approvals when it changed); true when saved. */
  protected async save(): Promise<boolean> {
    const value = this.form.getRawValue();
    const problem = draftProblem(value.candidate, value.noneReason);
    this.formNote.set(null);
    if (problem) {
      this.formProblem.set({ code: 'VALIDATION', message: problem, fields: {}, stale: false });
      return false;
    }
    const approvals = Number(value.requiredApprovals);
    if (!Number.isInteger(approvals) || approvals < MIN_REQUIRED_APPROVALS || approvals > MAX_REQUIRED_APPROVALS) {
      this.formProblem.set({
        code: 'VALIDATION',
        message: `The approvals needed must be a whole number from ${MIN_REQUIRED_APPROVALS} to ${MAX_REQUIRED_APPROVALS}.`,
        fields: {},
        stale: false,
      });
      return false;
    }
    this.saving.set(true);
    this.formProblem.set(null);
    try {
      const before = this.recommendation();
      const none = value.candidate === NONE_OF_THEM;
      const saved = await firstValueFrom(
        this.apollo.mutate({
          mutation: SaveRecommendationDocument,
          variables: {
            input: {
              evaluationId: this.id(),
              version: before?.version,
              candidateId: none ? null : value.candidate,
              noneReason: none ? value.noneReason.trim() : '',
              rationale: value.rationale.trim(),
              risks: value.risks
                .filter((r) => r.risk.trim() || r.mitigation.trim())
                .map((r) => ({ risk: r.risk.trim(), mitigation: r.mitigation.trim() })),
              conditions: value.conditions.trim(),
              costNotes: value.costNotes.trim(),
            },
          },
        }),
      );
      const recommendation = saved.data?.saveRecommendation;
      this.form.markAsPristine();
      if (recommendation) this.store.replace(recommendation);
      // The text is saved even if the number of approvals is refused: the form then shows why.
      if (recommendation && recommendation.requiredApprovals !== approvals) {
        const set = await firstValueFrom(
          this.apollo.mutate({
            mutation: SetRequiredApprovalsDocument,
            variables: { evaluationId: this.id(), requiredApprovals: approvals, version: recommendation.version },
          }),
        );
        if (set.data) this.store.replace(set.data.setRequiredApprovals);
      }
      this.formNote.set('Saved. The evidence beside the text is assembled again from the evaluation’s pages.');
      return true;
    } catch (error) {
      const problem = problemOf(error);
      this.formProblem.set(
        needsReload(problem)
          ? {
              ...problem,
              message: `Someone else changed this recommendation since you opened it. ${problem.message} Reload to see their version (what you typed here is replaced).`,
            }
          : problem,
      );
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  /** Reloads after a conflict: the form takes the saved text. */
  protected async reload(): Promise<void> {
    this.formProblem.set(null);
    this.form.markAsPristine();
    this.filledFrom = null;
    await this.store.load();
  }

  protected async submit(): Promise<void> {
    if (this.form.dirty && !(await this.save())) return;
    const recommendation = this.recommendation();
    if (!recommendation) return;
    const next = (recommendation.versions[0]?.number ?? 0) + 1;
    const outcome = await this.dialogs.confirm({
      title: `Submit version ${next} for review?`,
      message:
        'The text and the evidence beside it are frozen as they are now, and the evaluation’s directors are told. ' +
        `It needs ${approvalsLabel(0, recommendation.requiredApprovals).replace(/^0 of /, '')} to become the decision. ` +
        'You can withdraw it until a director reviews it.',
      confirm: 'Submit for review',
      run: async () => {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: SubmitRecommendationDocument,
            variables: { evaluationId: this.id(), version: recommendation.version },
          }),
        );
        if (result.data) this.store.replace(result.data.submitRecommendation);
      },
    });
    if (outcome === 'done') {
      this.chosen.set(null);
      this.dialogs.notify(`Version ${next} is submitted: the directors are told.`);
    }
    if (outcome) await this.store.load();
  }

  protected async withdraw(): Promise<void> {
    const recommendation = this.recommendation();
    if (!recommendation) return;
    const outcome = await this.dialogs.confirm({
      title: 'Withdraw the recommendation from review?',
      message: 'The directors can no longer review this version. You can change the text and submit it again.',
      confirm: 'Withdraw',
      danger: true,
      run: () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: WithdrawRecommendationDocument,
            variables: { evaluationId: this.id(), version: recommendation.version },
          }),
        ),
    });
    if (outcome === 'done') this.dialogs.notify('The recommendation is withdrawn: it is a draft again.');
    if (outcome) await this.store.load();
  }

  protected async review(): Promise<void> {
    this.reviewTried.set(true);
    const version = this.current();
    const outcome = this.reviewOutcome();
    if (this.reviewError() || !version || !outcome) return;
    this.reviewing.set(true);
    this.reviewProblemFromServer.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: ReviewRecommendationDocument,
          variables: {
            input: {
              versionId: version.id,
              outcome,
              comment: this.reviewComment().trim(),
              evidencePath: this.reviewAbout() || null,
            },
          },
        }),
      );
      this.dialogs.notify(
        outcome === 'APPROVE'
          ? 'Your approval is recorded.'
          : outcome === 'REJECT'
            ? 'The recommendation is rejected: the lead is told.'
            : 'Changes are requested: the lead is told.',
      );
      this.reviewOutcome.set(null);
      this.reviewComment.set('');
      this.reviewAbout.set('');
      this.reviewTried.set(false);
      this.chosen.set(null);
      await this.store.load();
    } catch (error) {
      this.reviewProblemFromServer.set(problemOf(error));
    } finally {
      this.reviewing.set(false);
    }
  }

  protected view(viewing: Viewing): void {
    this.chosen.set(viewing);
    afterNextRender(() => document.getElementById('evidence-heading')?.focus(), { injector: this.injector });
  }

  protected isViewing(version: RecommendationVersionView): boolean {
    const viewing = this.viewing();
    return viewing.kind === 'version' && viewing.id === version.id;
  }

  /** Shows the version a review belongs to and moves to the part of the evidence it points at. */
  protected goToEvidence(event: Event, version: RecommendationVersionView, path: string): void {
    event.preventDefault();
    this.chosen.set({ kind: 'version', id: version.id });
    afterNextRender(
      () => {
        const target = document.getElementById(path);
        target?.scrollIntoView({ block: 'start' });
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  /** What changed in a version since the one before it (versions are newest first). */
  protected changes(version: RecommendationVersionView) {
    const list = this.versions();
    const previous = list.find((v) => v.number === version.number - 1);
    if (!previous) return null;
    return snapshotChanges(parseSnapshot(previous.snapshotJson), parseSnapshot(version.snapshotJson));
  }

  protected versionText(version: RecommendationVersionView) {
    return parseSnapshot(version.snapshotJson)?.text ?? null;
  }

  protected versionCandidate(version: RecommendationVersionView): string {
    const snapshot = parseSnapshot(version.snapshotJson);
    return snapshot?.candidateName ?? (snapshot?.text.candidateId ? 'a candidate' : 'None of them');
  }

  protected stepName(status: string): string {
    return status.charAt(0) + status.slice(1).toLowerCase();
  }
}
