import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { DefectStatus, FormDialogResult, loader, problemOf } from '@assay/web/core';
import { DialogService, LoadStateComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { statusLabel as resultStatusLabel } from '../run/run-format';
import {
  ChangeDefectStatusDocument,
  DefectDetailDocument,
  DefectDetailFieldsFragment,
  DefectRowFragment,
  ProductDefectDetailDocument,
} from '../testing-defects.generated';
import {
  defectStatusLabel,
  historyActionLabel,
  historyFieldLabel,
  historyValue,
  moveLabel,
  severityLabel,
  statusNeed,
} from './defect-labels';
import { DefectStatusDialog, DefectStatusDialogData } from './defect-status.dialog';

type DefectDetail = DefectDetailFieldsFragment;
type HistoryEntry = DefectDetail['history'][number];

/**
 * /evaluations/:id/testing/defects/:defectId, and /testing/defects/:defectId for a defect of a
 * product in use — one defect: every field, the results that show it (each linked to its run),
 * every change with who and when, and the status moves the list offers.
 */
@Component({
  selector: 'assay-defect-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    LoadStateComponent,
    PageHeaderComponent,
  ],
  templateUrl: './defect.page.html',
  styleUrl: './defect.page.scss',
})
export class DefectPage {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly title = inject(Title);
  private readonly loader = loader({ loading: true });

  /** From the route: the evaluation's id; none for a product's defect (/testing/defects/:defectId). */
  readonly id = input<string>();
  readonly defectId = input.required<string>();

  protected readonly loading = this.loader.loading;
  protected readonly error = this.loader.error;
  protected readonly defect = signal<DefectDetail | null>(null);
  protected readonly evaluationTitle = signal<string | null>(null);
  private readonly siblings = signal<{ id: string; key: string; title: string }[]>([]);
  protected readonly statusLabel = defectStatusLabel;
  protected readonly severityLabel = severityLabel;
  protected readonly moveLabel = moveLabel;
  protected readonly resultStatusLabel = resultStatusLabel;
  protected readonly actionLabel = historyActionLabel;
  protected readonly fieldLabel = historyFieldLabel;
  protected readonly value = historyValue;
  /** Where the defect belongs, under its title: the evaluation, or the product in use. */
  protected readonly context = computed(() => this.evaluationTitle() ?? this.defect()?.productName ?? '');
  /** Back to the list the defect is on: the evaluation's defects, or the problem reports of products in use. */
  protected readonly back = computed(() => {
    const evaluationId = this.id();
    if (evaluationId) {
      const title = this.evaluationTitle();
      return {
        link: ['/evaluations', evaluationId, 'testing', 'defects'],
        label: `Defects${title ? ' · ' + title : ''}`,
      };
    }
    return { link: ['/problems'], label: 'Problem reports' };
  });
  protected readonly heading = computed(() => {
    const defect = this.defect();
    return defect ? `${defect.key}: ${defect.title}` : 'Defect';
  });

  constructor() {
    effect(() => {
      const ids = [this.id(), this.defectId()] as const;
      untracked(() => void this.load(...ids));
    });
    effect(() => {
      const defect = this.defect();
      if (defect) this.title.setTitle(`${defect.key} · Defects · Assay`);
    });
  }

  protected load(evaluationId = this.id(), defectId = this.defectId()): Promise<void> {
    return this.loader.run(async (step) => {
      if (!evaluationId) {
        const result = await step(
          this.apollo.query({
            query: ProductDefectDetailDocument,
            variables: { id: defectId },
            fetchPolicy: 'network-only',
          }),
        );
        const defect = result.data?.defect ?? null;
        this.evaluationTitle.set(null);
        this.siblings.set((result.data?.managedProductDefects ?? []).filter((d) => d.productId === defect?.productId));
        this.defect.set(defect);
        return;
      }
      const result = await step(
        this.apollo.query({
          query: DefectDetailDocument,
          variables: { evaluationId, id: defectId },
          fetchPolicy: 'network-only',
        }),
      );
      this.evaluationTitle.set(result.data?.evaluation.title ?? null);
      this.siblings.set(result.data?.evaluation.defects.items ?? []);
      this.defect.set(result.data?.defect ?? null);
    });
  }

  /** Only the fields that changed; a report's first entry lists what it started with. */
  protected changesOf(entry: HistoryEntry): HistoryEntry['changes'] {
    return entry.changes.filter((change) => change.before !== change.after);
  }

  protected async move(defect: DefectDetail, to: DefectStatus): Promise<void> {
    if (statusNeed(to)) {
      const others = this.siblings().filter((other) => other.id !== defect.id);
      const outcome = await this.dialogs.openForm<FormDialogResult<DefectRowFragment>, DefectStatusDialogData>(
        DefectStatusDialog,
        { defect, to, others },
        '560px',
      );
      if (outcome && 'saved' in outcome) this.saved(outcome.saved);
      if (outcome && 'reload' in outcome) await this.load();
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
      await this.load();
    }
  }

  /** The new status is said at once; the page reads the defect again for its history. */
  private saved(defect: DefectRowFragment): void {
    this.dialogs.notify(`${defect.key} is now ${defectStatusLabel(defect.status).toLowerCase()}.`);
    void this.load();
  }
}
