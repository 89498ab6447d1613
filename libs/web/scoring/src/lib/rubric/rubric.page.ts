import { DecimalPipe, NgTemplateOutlet, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { FormDialogResult, problemOf } from '@assay/web/core';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadStateComponent,
  PageHeaderComponent,
  ScrollRegionDirective,
  DialogService,
  ConfirmDialogData,
} from '@assay/web/ui';
import { CriterionDialog, CriterionDialogData } from './criterion.dialog';
import { PairwiseDialog, PairwiseDialogData } from './pairwise.dialog';
import { Rubric, RubricCriterion, RubricStore, WeightLevel } from './rubric.store';
import { ScaleDialog, ScaleDialogData } from './scale.dialog';

const DIALOG_WIDTH = '560px';

/**
 * The rubric of an evaluation at /evaluations/:id/rubric: its scale, its categories and criteria
 * with their weights (entered directly or derived by pairwise comparison), and which version it is.
 * The lead builds a draft; once scoring has used a version it is frozen and changes go into a new
 * one. Everyone else in the evaluation reads it.
 */
@Component({
  selector: 'assay-rubric-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RubricStore],
  imports: [
    DecimalPipe,
    NgTemplateOutlet,
    PercentPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadStateComponent,
    PageHeaderComponent,
    ScrollRegionDirective,
  ],
  templateUrl: './rubric.page.html',
  styleUrl: './rubric.page.scss',
})
export class RubricPage {
  protected readonly store = inject(RubricStore);
  private readonly dialogs = inject(DialogService);
  private readonly title = inject(Title);

  /** From the route: /evaluations/:id/rubric */
  readonly id = input.required<string>();

  protected readonly evaluation = this.store.evaluation;
  protected readonly rubric = this.store.rubric;
  /** Criteria of a new version whose earlier scores do not carry over (new criteria are listed apart: nothing is lost). */
  protected readonly invalidated = computed(() =>
    (this.rubric()?.invalidatedScores ?? []).filter((c) => c.scoreCount > 0 || !c.reason.startsWith('New')),
  );
  protected readonly invalidatedScores = computed(() => this.invalidated().reduce((sum, c) => sum + c.scoreCount, 0));
  /** A problem with an action on the page (not a dialog's), shown above the criteria. */
  protected readonly problem = signal<string | null>(null);
  /** The server's word on a weight typed into the table, per criterion. */
  protected readonly weightProblems = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly busy = signal(false);
  /** Category weights proposed by the last generation, for the lead to keep or change. */
  protected readonly proposed = signal<{ title: string; share: number }[] | null>(null);
  protected readonly subtitle = computed(() => {
    const rubric = this.rubric();
    const parts = [this.evaluation()?.title ?? ''];
    if (rubric) parts.push(`Version ${rubric.number} · ${rubric.frozenAt ? 'frozen' : 'draft'}`);
    return parts.join(' · ');
  });
  protected readonly roundsText = computed(() => {
    const rounds = this.store.usedByRounds();
    if (rounds.length === 0) return 'scoring';
    return rounds.length === 1
      ? `scoring round ${rounds[0]}`
      : `scoring rounds ${rounds.slice(0, -1).join(', ')} and ${rounds[rounds.length - 1]}`;
  });
  protected readonly topLevel = computed(() => this.store.level(null));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const evaluation = this.evaluation();
      if (evaluation) this.title.setTitle(`Rubric · ${evaluation.title} · Assay`);
    });
  }

  protected requirementCodes(criterion: RubricCriterion): string[] {
    const byId = this.store.requirementsById();
    return criterion.requirementIds.map((id) => byId.get(id)?.code ?? '').filter((code) => !!code);
  }

  /** A weight as the table shows it: derived weights (AHP) rounded to three decimals. */
  protected shown(weight: number): number {
    return Math.round(weight * 1000) / 1000;
  }

  protected level(parent: RubricCriterion | null): WeightLevel {
    return this.store.level(parent);
  }

  // ---- versions ------------------------------------------------------------------------------

  protected async start(): Promise<void> {
    await this.act(() => this.store.draft(), 'Rubric started');
  }

  protected async newVersion(): Promise<void> {
    const rubric = this.rubric();
    if (!rubric) return;
    await this.confirm(
      {
        title: `Make version ${rubric.number + 1}?`,
        message: `Version ${rubric.number} stays as it is, with the scores given on it. The new version starts as a copy you can change; the next scoring round uses it.`,
        confirm: 'Make a new version',
        run: () => this.store.draft(),
      },
      `Version ${rubric.number + 1} is a draft`,
      false,
    );
  }

  // ---- criteria ------------------------------------------------------------------------------

  protected addCategory(): void {
    this.openCriterion({ kind: 'category', criterion: null, parentId: null });
  }

  protected addCriterion(category: RubricCriterion): void {
    this.openCriterion({ kind: 'criterion', criterion: null, parentId: category.id });
  }

  protected edit(criterion: RubricCriterion): void {
    this.openCriterion({
      kind: criterion.parentId ? 'criterion' : 'category',
      criterion,
      parentId: criterion.parentId ?? null,
    });
  }

  private async openCriterion(partial: Pick<CriterionDialogData, 'kind' | 'criterion' | 'parentId'>): Promise<void> {
    const linked = new Set(partial.criterion?.requirementIds ?? []);
    const data: CriterionDialogData = {
      ...partial,
      categories: this.store.tree().map((g) => g.category),
      requirements: this.store.requirements().filter((r) => r.status === 'APPROVED' || linked.has(r.id)),
      run: (input) => this.store.saveCriterion(input),
    };
    const result = await this.dialogs.openForm<FormDialogResult<Rubric>, CriterionDialogData>(
      CriterionDialog,
      data,
      DIALOG_WIDTH,
    );
    if (result && 'saved' in result)
      this.dialogs.notify(
        `${partial.kind === 'category' ? 'Category' : 'Criterion'} ${partial.criterion ? 'saved' : 'added'}`,
      );
  }

  protected async remove(criterion: RubricCriterion): Promise<void> {
    const isCategory = !criterion.parentId;
    const count = isCategory
      ? (this.store.tree().find((g) => g.category.id === criterion.id)?.criteria.length ?? 0)
      : 0;
    await this.confirm(
      {
        title: `Delete ${isCategory ? 'category' : 'criterion'} “${criterion.title}”?`,
        message:
          isCategory && count > 0
            ? `Its ${count === 1 ? 'criterion goes' : count + ' criteria go'} with it.`
            : 'The weights of the others are shared out again.',
        confirm: 'Delete',
        run: () => this.store.deleteCriterion(criterion.id),
      },
      `Deleted ${criterion.title}`,
      false,
    );
  }

  protected async generate(): Promise<void> {
    const uncovered = this.store.uncovered().length;
    let added = 0;
    const ok = await this.confirm(
      {
        title: 'Generate criteria from approved requirements?',
        message: `Adds one criterion for each of the ${uncovered === 1 ? 'approved requirement' : uncovered + ' approved requirements'} no criterion covers yet, in a category per requirement category. Musts weigh 3, shoulds 2, the rest 1, and each category weighs what its criteria add up to; you review the weights afterwards and can change everything.`,
        confirm: 'Generate',
        run: async () => {
          added = await this.store.generate();
        },
      },
      null,
      false,
    );
    if (ok && added > 0)
      this.proposed.set(
        this.store.tree().map((group) => ({ title: group.category.title, share: group.category.normalisedWeight })),
      );
    if (ok)
      this.dialogs.notify(
        added === 0
          ? 'No criteria added: every approved requirement is already covered'
          : `Added ${added} ${added === 1 ? 'criterion' : 'criteria'} from approved requirements`,
      );
  }

  /** Saves a weight typed into the table; the server's objection stays beside the field. */
  protected async setWeight(criterion: RubricCriterion, text: string): Promise<void> {
    const weight = Number(text);
    this.weightProblems.update((map) => new Map([...map].filter(([id]) => id !== criterion.id)));
    if (text.trim() === '' || !Number.isFinite(weight)) {
      this.weightProblems.update((map) => new Map(map).set(criterion.id, 'Enter a positive number.'));
      return;
    }
    if (weight === this.shown(criterion.weight)) return;
    try {
      await this.store.saveCriterion({
        id: criterion.id,
        title: criterion.title,
        weight,
        parentId: criterion.parentId ?? null,
      });
    } catch (error) {
      const problem = problemOf(error);
      this.weightProblems.update((map) =>
        new Map(map).set(criterion.id, problem.fields['weight']?.join(' ') ?? problem.message),
      );
    }
  }

  // ---- scale and weights ---------------------------------------------------------------------

  protected async editScale(): Promise<void> {
    const rubric = this.rubric();
    if (!rubric) return;
    const data: ScaleDialogData = {
      scaleMin: rubric.scaleMin,
      scaleMax: rubric.scaleMax,
      descriptors: rubric.descriptors,
      run: (min, max, descriptors) => this.store.setScale(min, max, descriptors),
    };
    const result = await this.dialogs.openForm<FormDialogResult<Rubric>, ScaleDialogData>(
      ScaleDialog,
      data,
      DIALOG_WIDTH,
    );
    if (result && 'saved' in result) this.dialogs.notify('Scale saved');
  }

  protected async weigh(parent: RubricCriterion | null): Promise<void> {
    const data: PairwiseDialogData = {
      what: parent ? `the criteria of ${parent.title}` : 'the categories',
      level: this.store.level(parent),
      run: this.store.editable() ? (matrix) => this.store.setPairwise(parent, matrix) : undefined,
    };
    await this.dialogs.openForm<unknown, PairwiseDialogData>(PairwiseDialog, data, '920px', 'first-heading');
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async act(run: () => Promise<unknown>, done: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await run();
      this.dialogs.notify(done);
    } catch (error) {
      this.problem.set(problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  /** Asks, runs, and says so; resolves to whether it ran. */
  private async confirm(data: ConfirmDialogData, done: string | null, reload = true): Promise<boolean> {
    const outcome = await this.dialogs.confirm(data);
    if (outcome === 'reload') await this.store.load();
    if (outcome !== 'done') return false;
    if (done) this.dialogs.notify(done);
    if (reload) await this.store.load();
    return true;
  }
}
