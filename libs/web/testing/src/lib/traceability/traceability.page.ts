import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Priority, TestResultStatus, TraceabilityStatus, VerificationMethod } from '@assay/web/core';
import { EmptyStateComponent, LoadStateComponent, PageHeaderComponent, PluralPipe } from '@assay/web/ui';
import {
  TRACEABILITY_STATUS_LABELS,
  TraceabilityStatus as DomainStatus,
  VERIFICATION_METHOD_LABELS,
  VerificationMethod as DomainMethod,
} from '@assay/domain';
import { RESULT_STATUS } from '../plans/test-labels';
import {
  PRIORITIES,
  readTraceabilityParams,
  TRACEABILITY_STATUS_ORDER,
  traceabilityExportUrl,
  traceabilityParams,
  TraceabilityState,
} from './traceability-state';
import { TRACEABILITY_PAGE, TraceabilityRowView, TraceabilityStore } from './traceability.store';

type Cell = TraceabilityRowView['cells'][number];

const PRIORITY_LABEL: Record<Priority, string> = { MUST: 'Must', SHOULD: 'Should', COULD: 'Could', WONT: 'Won’t' };

/**
 * /evaluations/:id/testing/traceability — each approved requirement × each candidate: the latest
 * result of its linked cases, or its latest recorded verification for the methods other than test,
 * in words and colour; filtered by department, priority, status and candidate (kept in the address),
 * a page at a time, and exported to Excel with every row of the filter.
 */
@Component({
  selector: 'assay-traceability-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TraceabilityStore],
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
    PluralPipe,
  ],
  templateUrl: './traceability.page.html',
  styleUrl: './traceability.page.scss',
})
export class TraceabilityPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  protected readonly store = inject(TraceabilityStore);

  /** From the route: /evaluations/:id/testing/traceability */
  readonly id = input.required<string>();
  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly state = computed(() => readTraceabilityParams(this.params()));
  protected readonly priorities = PRIORITIES;
  protected readonly statuses = TRACEABILITY_STATUS_ORDER;
  protected readonly exportUrl = computed(() => traceabilityExportUrl(this.id(), this.state()));
  protected readonly filtered = computed(() => {
    const s = this.state();
    return !!(s.departmentIds.length || s.priorities.length || s.statuses.length || s.candidateId);
  });
  protected readonly range = computed(() => {
    const total = this.store.matrix()?.total ?? 0;
    const first = this.state().pageIndex * TRACEABILITY_PAGE + 1;
    return total === 0 ? '' : `${first}–${Math.min(total, first + TRACEABILITY_PAGE - 1)} of ${total}`;
  });
  protected readonly hasNext = computed(
    () => (this.state().pageIndex + 1) * TRACEABILITY_PAGE < (this.store.matrix()?.total ?? 0),
  );
  protected readonly shownTotals = computed(() => (this.store.matrix()?.totals ?? []).filter((t) => t.count > 0));
  /** Requirements whose cases are shown. */
  private readonly expanded = signal<ReadonlySet<string>>(new Set());

  constructor() {
    effect(() => {
      const id = this.id();
      const state = this.state();
      untracked(() => void this.store.load(id, state));
    });
    effect(() => {
      const title = this.store.evaluationTitle();
      if (title) this.title.setTitle(`Traceability · ${title} · Assay`);
    });
  }

  protected reload(): void {
    void this.store.load(this.id(), this.state());
  }

  protected statusLabel(status: TraceabilityStatus): string {
    return TRACEABILITY_STATUS_LABELS[status.toLowerCase() as DomainStatus];
  }

  protected priorityLabel(priority: Priority): string {
    return PRIORITY_LABEL[priority];
  }

  protected methodLabel(method: VerificationMethod): string {
    return VERIFICATION_METHOD_LABELS[method.toLowerCase() as DomainMethod];
  }

  protected resultLabel(status: TestResultStatus | null): string {
    return status ? RESULT_STATUS[status] : 'No result';
  }

  /** What stands behind a cell: the linked cases' results, or who verified it. */
  protected cellDetail(row: TraceabilityRowView, cell: Cell): string {
    if (row.verificationMethod !== 'TEST') return cell.verification?.recordedByName ?? '';
    if (cell.cases === 0) return '';
    const parts = [`${cell.passed} of ${cell.cases} passed`];
    if (cell.failed) parts.push(`${cell.failed} failed`);
    if (cell.blocked) parts.push(`${cell.blocked} blocked`);
    if (cell.notRun) parts.push(`${cell.notRun} not run`);
    return parts.join(', ');
  }

  protected isOpen(row: TraceabilityRowView): boolean {
    return this.expanded().has(row.requirementId);
  }

  protected toggle(row: TraceabilityRowView): void {
    this.expanded.update((open) => {
      const next = new Set(open);
      if (!next.delete(row.requirementId)) next.add(row.requirementId);
      return next;
    });
  }

  protected setFilter<K extends keyof TraceabilityState>(key: K, value: TraceabilityState[K]): void {
    this.navigate({ ...this.state(), [key]: value, pageIndex: 0 });
  }

  protected clearFilters(): void {
    this.navigate({ departmentIds: [], priorities: [], statuses: [], candidateId: null, pageIndex: 0 });
  }

  protected page(by: 1 | -1): void {
    this.navigate({ ...this.state(), pageIndex: Math.max(0, this.state().pageIndex + by) });
  }

  /** The filters live in the address, so Back, reload and a shared link show the same matrix. */
  private navigate(state: TraceabilityState): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: traceabilityParams(state) });
  }
}
