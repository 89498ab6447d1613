import { DatePipe, LowerCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { DefectSeverity, DefectStatus, FormDialogResult, problemOf } from '@assay/web/core';
import { DialogService, EmptyStateComponent, LoadStateComponent, PageHeaderComponent, PluralPipe } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DEFECT_SEVERITY_OPTIONS } from '../run/run-format';
import { ChangeDefectStatusDocument, DefectRowFragment } from '../testing-defects.generated';
import {
  DEFECT_STATUS_ORDER,
  defectsExportUrl,
  defectStatusLabel,
  moveLabel,
  severityLabel,
  statusNeed,
} from './defect-labels';
import { DefectStatusDialog, DefectStatusDialogData } from './defect-status.dialog';
import { DEFECTS_PAGE, DefectsStore, NO_DEFECT_FILTERS } from './defects.store';

/**
 * /evaluations/:id/testing/defects — the evaluation's defects, filtered on the server by status,
 * severity and words, a page at a time; leads and testers move each along its path.
 */
@Component({
  selector: 'assay-defects-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [DefectsStore],
  imports: [
    DatePipe,
    LowerCasePipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatSelectModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
    PluralPipe,
  ],
  templateUrl: './defects.page.html',
  styleUrl: './defects.page.scss',
})
export class DefectsPage {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly title = inject(Title);
  protected readonly store = inject(DefectsStore);

  /** From the route: /evaluations/:id/testing/defects */
  readonly id = input.required<string>();
  /** From the address, e.g. ?q=D-4 (a follow-up's link): the words the list starts filtered by. */
  readonly q = input<string>();
  protected readonly statuses = DEFECT_STATUS_ORDER;
  protected readonly severities = DEFECT_SEVERITY_OPTIONS;
  protected readonly statusLabel = defectStatusLabel;
  protected readonly severityLabel = severityLabel;
  protected readonly moveLabel = moveLabel;
  protected readonly filters = this.store.filters;
  protected readonly filtered = computed(() => {
    const f = this.filters();
    return !!(f.statuses.length || f.severities.length || f.text.trim());
  });
  protected readonly range = computed(() => {
    const total = this.store.total();
    const first = this.store.offset() + 1;
    return total === 0 ? '' : `${first}–${Math.min(total, first + DEFECTS_PAGE - 1)} of ${total}`;
  });
  protected readonly csvUrl = computed(() => defectsExportUrl(this.id(), 'csv', this.filters()));
  protected readonly xlsxUrl = computed(() => defectsExportUrl(this.id(), 'xlsx', this.filters()));
  protected readonly hasNext = computed(() => this.store.offset() + DEFECTS_PAGE < this.store.total());
  private textTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    effect(() => {
      const id = this.id();
      const q = this.q()?.slice(0, 200) ?? '';
      untracked(() => {
        if (q) this.store.filters.set({ ...NO_DEFECT_FILTERS, text: q });
        void this.store.load(id);
      });
    });
    effect(() => {
      const title = this.store.evaluationTitle();
      if (title) this.title.setTitle(`Defects · ${title} · Assay`);
    });
  }

  protected setStatuses(statuses: DefectStatus[]): void {
    void this.store.setFilters({ ...this.filters(), statuses });
  }

  protected setSeverities(severities: DefectSeverity[]): void {
    void this.store.setFilters({ ...this.filters(), severities });
  }

  /** Words apply once the typing pauses. */
  protected typeText(text: string): void {
    if (this.textTimer) clearTimeout(this.textTimer);
    this.textTimer = setTimeout(() => void this.store.setFilters({ ...this.filters(), text }), 350);
  }

  protected clearFilters(): void {
    void this.store.setFilters(NO_DEFECT_FILTERS);
  }

  protected async move(defect: DefectRowFragment, to: DefectStatus): Promise<void> {
    if (statusNeed(to)) {
      const others = this.store
        .defects()
        .filter((other) => other.id !== defect.id)
        .map(({ id, key, title }) => ({ id, key, title }));
      const outcome = await this.dialogs.openForm<FormDialogResult<DefectRowFragment>, DefectStatusDialogData>(
        DefectStatusDialog,
        { defect, to, others },
        '560px',
      );
      if (outcome && 'saved' in outcome) this.saved(outcome.saved);
      if (outcome && 'reload' in outcome) await this.store.load();
      return;
    }
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: ChangeDefectStatusDocument,
          variables: { input: { id: defect.id, version: defect.version, status: to } },
        }),
      );
      const saved = result.data?.changeDefectStatus;
      if (saved) this.saved(saved);
    } catch (error) {
      this.dialogs.notify(problemOf(error).message);
      await this.store.load();
    }
  }

  private saved(defect: DefectRowFragment): void {
    this.store.replace(defect);
    this.dialogs.notify(`${defect.key} is now ${defectStatusLabel(defect.status).toLowerCase()}.`);
  }
}
