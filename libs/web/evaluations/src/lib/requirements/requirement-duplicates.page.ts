import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { problemOf } from '@assay/web/core';
import { EmptyStateComponent, ErrorBannerComponent, LoadingComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  MergeRequirementsDocument,
  RequirementDuplicatesDocument,
  RequirementDuplicatesQuery,
  RequirementMergeFieldsFragment,
  UndoRequirementMergeDocument,
} from '../requirement-merges.generated';

type Duplicate = RequirementDuplicatesQuery['requirementDuplicates'][number];
type Side = Duplicate['first'];
const BEFORE_SCORING = new Set(['DRAFT', 'REQUIREMENTS']);

/**
 * Likely duplicate requirements of an evaluation, most alike first: the lead keeps one of each pair
 * and merges the other into it (the kept one gains the other's origin and links), and undoes a
 * merge until scoring opens.
 */
@Component({
  selector: 'assay-requirement-duplicates-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatRadioModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
  ],
  templateUrl: './requirement-duplicates.page.html',
  styleUrl: './requirement-duplicates.page.scss',
})
export class RequirementDuplicatesPage {
  private readonly apollo = inject(Apollo);
  private readonly title = inject(Title);

  /** From the route: /evaluations/:id/requirements/duplicates */
  readonly id = input.required<string>();

  protected readonly data = signal<RequirementDuplicatesQuery | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly busy = signal(false);
  /** The requirement kept for each pair (by the pair's key); the first unless the lead chose. */
  protected readonly kept = signal<Record<string, string>>({});

  protected readonly evaluation = computed(() => this.data()?.evaluation ?? null);
  protected readonly duplicates = computed(() => this.data()?.requirementDuplicates ?? []);
  protected readonly merges = computed(() => this.data()?.requirementMerges ?? []);
  protected readonly departmentNames = computed(
    () => new Map((this.data()?.departments ?? []).map((d) => [d.id, d.name])),
  );
  protected readonly isLead = computed(() => this.evaluation()?.myPermissions.isLead ?? false);
  protected readonly beforeScoring = computed(() => BEFORE_SCORING.has(this.evaluation()?.status ?? ''));
  protected readonly mayMerge = computed(() => this.isLead() && this.beforeScoring());

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    effect(() => {
      const evaluation = this.evaluation();
      if (evaluation) this.title.setTitle(`Duplicate requirements · ${evaluation.title} · Assay`);
    });
  }

  async load(id = this.id()): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: RequirementDuplicatesDocument,
          variables: { evaluationId: id },
          fetchPolicy: 'network-only',
        }),
      );
      this.data.set(result.data ?? null);
    } catch (error) {
      this.loadError.set(problemOf(error).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected key(pair: Duplicate): string {
    return `${pair.first.id}:${pair.second.id}`;
  }

  protected keptOf(pair: Duplicate): Side {
    return this.kept()[this.key(pair)] === pair.second.id ? pair.second : pair.first;
  }

  protected otherOf(pair: Duplicate): Side {
    return this.keptOf(pair).id === pair.first.id ? pair.second : pair.first;
  }

  protected choose(pair: Duplicate, id: string): void {
    this.kept.update((kept) => ({ ...kept, [this.key(pair)]: id }));
  }

  protected async merge(pair: Duplicate): Promise<void> {
    const survivor = this.keptOf(pair);
    const merged = this.otherOf(pair);
    await this.act(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: MergeRequirementsDocument,
            variables: {
              input: {
                evaluationId: this.id(),
                survivor: { id: survivor.id, version: survivor.version },
                merged: [{ id: merged.id, version: merged.version }],
              },
            },
          }),
        ),
      `${merged.code} merged into ${survivor.code}.`,
    );
  }

  protected async undo(merge: RequirementMergeFieldsFragment): Promise<void> {
    await this.act(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: UndoRequirementMergeDocument,
            variables: { id: merge.id, version: merge.version },
          }),
        ),
      `Merge undone: ${merge.mergedCodes.join(', ')} restored.`,
    );
  }

  private async act(run: () => Promise<unknown>, done: string): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    this.announcement.set('');
    try {
      await run();
      this.announcement.set(done);
      await this.load();
    } catch (error) {
      this.actionError.set(problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
