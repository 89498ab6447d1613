import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { ConsortiumPriorityRule, LibraryPriority, loader, Priority, Problem, problemOf } from '@assay/web/core';
import {
  DialogService,
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadStateComponent,
  PageHeaderComponent,
  ScrollRegionDirective,
} from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PRIORITY } from '../evaluation-labels';
import {
  ApplyLibraryPrioritiesDocument,
  LibraryPrioritiesDocument,
  LibraryPrioritiesFieldsFragment,
  MarkLibraryPrioritiesDocument,
  SetConsortiumPriorityRuleDocument,
} from '../library-priorities.generated';

type Row = LibraryPrioritiesFieldsFragment['requirements'][number];

const LIBRARY_PRIORITIES: readonly LibraryPriority[] = ['MUST', 'SHOULD', 'COULD', 'NOT_NEEDED'];
export const LIBRARY_PRIORITY: Record<LibraryPriority, string> = {
  MUST: 'Must',
  SHOULD: 'Should',
  COULD: 'Could',
  NOT_NEEDED: 'Not needed',
};
const AS_REQUIREMENT: Record<LibraryPriority, Priority> = {
  MUST: 'MUST',
  SHOULD: 'SHOULD',
  COULD: 'COULD',
  NOT_NEEDED: 'WONT',
};
const RULES: { value: ConsortiumPriorityRule; label: string; hint: string }[] = [
  {
    value: 'HIGHEST',
    label: 'Highest',
    hint: 'the highest priority any library gave: one library’s must makes it a must',
  },
  {
    value: 'MAJORITY',
    label: 'Majority',
    hint: 'the priority most libraries gave; a tie goes to the highest of the tied priorities',
  },
];

/**
 * /evaluations/:id/requirements/library-priorities — each member library's representative marks how
 * much each requirement matters to their library (must / should / could / not needed); the lead sees
 * the counts, the consortium priority under the rule they choose, the libraries that disagree, and
 * applies the derived priorities to the requirements.
 */
@Component({
  selector: 'assay-library-priorities-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadStateComponent,
    PageHeaderComponent,
    ScrollRegionDirective,
  ],
  templateUrl: './library-priorities.page.html',
  styleUrl: './library-priorities.page.scss',
})
export class LibraryPrioritiesPage {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly title = inject(Title);
  private readonly loader = loader({ loading: true });

  /** From the route. */
  readonly id = input.required<string>();

  protected readonly evaluationTitle = signal<string | null>(null);
  protected readonly view = signal<LibraryPrioritiesFieldsFragment | null>(null);
  protected readonly error = this.loader.error;
  protected readonly problem = signal<Problem | null>(null);
  protected readonly status = signal('');

  protected readonly priorities = LIBRARY_PRIORITIES;
  protected readonly label = LIBRARY_PRIORITY;
  protected readonly requirementLabel = PRIORITY;
  protected readonly rules = RULES;

  protected readonly libraryCode = computed(() => {
    const codes = new Map((this.view()?.libraries ?? []).map((l) => [l.id, l.code]));
    return (id: string) => codes.get(id) ?? 'A library';
  });
  protected readonly marked = computed(() => (this.view()?.requirements ?? []).filter((r) => r.myMark).length);
  /** Requirements whose derived priority differs from their own: what Apply would change. */
  protected readonly toApply = computed(() =>
    (this.view()?.requirements ?? []).filter((r) => r.derived && AS_REQUIREMENT[r.derived] !== r.priority),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.id()): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: LibraryPrioritiesDocument,
          variables: { evaluationId: id },
          fetchPolicy: 'network-only',
        }),
      );
      this.evaluationTitle.set(result.data?.evaluation.title ?? null);
      this.view.set(result.data?.libraryPriorities ?? null);
      this.title.setTitle(`Library priorities · ${result.data?.evaluation.title ?? 'Evaluation'} · Assay`);
    });
  }

  protected asRequirement(priority: LibraryPriority): Priority {
    return AS_REQUIREMENT[priority];
  }

  /** Marks one requirement for the reader's library (null clears the mark); saved at once, in the order chosen. */
  protected mark(row: Row, priority: LibraryPriority | null): Promise<void> {
    this.queue = this.queue.then(() => this.save(row, priority));
    return this.queue;
  }

  private queue: Promise<void> = Promise.resolve();

  private async save(row: Row, priority: LibraryPriority | null): Promise<void> {
    const view = this.view();
    if (!view?.myLibrary) return;
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: MarkLibraryPrioritiesDocument,
          variables: {
            input: {
              evaluationId: this.id(),
              memberLibraryId: view.myLibrary.id,
              // The mark as last read (earlier saves in the queue have updated the view): another
              // representative's change since then is refused, not overwritten.
              marks: [{ requirementId: row.requirementId, priority, previous: this.markOf(row.requirementId) }],
            },
          },
        }),
      );
      if (result.data) this.view.set(result.data.markLibraryPriorities);
      this.status.set(
        priority ? `${row.code} marked ${LIBRARY_PRIORITY[priority].toLowerCase()}.` : `${row.code}: mark cleared.`,
      );
    } catch (error) {
      this.problem.set(problemOf(error));
      // What is on screen goes back to what was saved.
      await this.load();
    }
  }

  private markOf(requirementId: string): LibraryPriority | null {
    return this.view()?.requirements.find((r) => r.requirementId === requirementId)?.myMark ?? null;
  }

  protected async setRule(rule: ConsortiumPriorityRule): Promise<void> {
    if (this.view()?.rule === rule) return;
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: SetConsortiumPriorityRuleDocument,
          variables: { input: { evaluationId: this.id(), rule } },
        }),
      );
      if (result.data) this.view.set(result.data.setConsortiumPriorityRule);
      this.status.set(`The consortium priority now follows the ${rule === 'HIGHEST' ? 'highest' : 'majority'} rule.`);
    } catch (error) {
      this.problem.set(problemOf(error));
    }
  }

  protected async apply(): Promise<void> {
    const rows = this.toApply();
    if (rows.length === 0) return;
    const outcome = await this.dialogs.confirm({
      title: `Apply the libraries’ priorities to ${rows.length === 1 ? 'one requirement' : rows.length + ' requirements'}?`,
      message: rows
        .map((r) => `${r.code}: ${PRIORITY[r.priority]} → ${PRIORITY[AS_REQUIREMENT[r.derived!]]}`)
        .join('; '),
      confirm: 'Apply',
      run: () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: ApplyLibraryPrioritiesDocument,
            variables: { input: { requirements: rows.map((r) => ({ id: r.requirementId, version: r.version })) } },
          }),
        ),
    });
    if (outcome === 'done' || outcome === 'reload') await this.load();
    if (outcome === 'done') this.status.set('The derived priorities were applied.');
  }
}
