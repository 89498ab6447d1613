import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { DefectStatus, FormDialogResult, loader, problemOf } from '@assay/web/core';
import { DialogService, EmptyStateComponent, LoadStateComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { defectStatusLabel, moveLabel, severityLabel, statusNeed } from '../defects/defect-labels';
import { DefectStatusDialog, DefectStatusDialogData } from '../defects/defect-status.dialog';
import { ChangeDefectStatusDocument, DefectRowFragment } from '../testing-defects.generated';
import { MyProblemReportsDocument, MyProblemReportsQuery, ProblemReportFragment } from '../testing-problems.generated';
import { isResolved, reportStatusLabel } from './problem-labels';
import { ReportedProblem, ReportProblemDialog } from './report-problem.dialog';

/**
 * /problems — "My reports": the problems the signed-in person reported about products in use, with
 * where each stands and, once resolved, what was done about it; and the form to report another.
 * Whoever manages a product (administrators, the people named on its plans) also finds here the
 * reports on it that wait for them, and moves each along its path.
 */
@Component({
  selector: 'assay-my-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
  ],
  templateUrl: './my-reports.page.html',
  styleUrl: './my-reports.page.scss',
})
export class MyReportsPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly loader = loader({ loading: true });
  protected readonly loading = this.loader.loading;
  protected readonly error = this.loader.error;
  protected readonly reports = signal<ProblemReportFragment[]>([]);
  protected readonly managed = signal<MyProblemReportsQuery['managedProductDefects']>([]);
  protected readonly defectStatusLabel = defectStatusLabel;
  protected readonly moveLabel = moveLabel;
  protected readonly loaded = signal(false);
  protected readonly resolved = computed(() => this.reports().filter((report) => isResolved(report.status)));
  protected readonly isResolved = isResolved;
  protected readonly statusLabel = reportStatusLabel;
  protected readonly severityLabel = severityLabel;

  ngOnInit(): void {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: MyProblemReportsDocument, fetchPolicy: 'network-only' }));
      this.reports.set(result.data?.myProblemReports ?? []);
      this.managed.set(result.data?.managedProductDefects ?? []);
      this.loaded.set(true);
    });
  }

  /** Moves a report on a managed product along its path, asking for what the move needs. */
  protected async move(defect: DefectRowFragment & { productName?: string | null }, to: DefectStatus): Promise<void> {
    if (statusNeed(to)) {
      const others = this.managed()
        .filter((other) => other.id !== defect.id && other.productName === defect.productName)
        .map(({ id, key, title }) => ({ id, key, title }));
      const outcome = await this.dialogs.openForm<FormDialogResult<DefectRowFragment>, DefectStatusDialogData>(
        DefectStatusDialog,
        { defect, to, others },
        '560px',
      );
      if (outcome && 'saved' in outcome) this.moved(outcome.saved);
      if (outcome) await this.load();
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
      if (saved) this.moved(saved);
    } catch (error) {
      this.dialogs.notify(problemOf(error).message);
    }
    await this.load();
  }

  private moved(defect: DefectRowFragment): void {
    this.dialogs.notify(`${defect.key} is now ${defectStatusLabel(defect.status).toLowerCase()}.`);
  }

  protected async report(): Promise<void> {
    const outcome = await this.dialogs.openForm<FormDialogResult<ReportedProblem>, undefined>(
      ReportProblemDialog,
      undefined,
      '560px',
    );
    if (!outcome || !('saved' in outcome)) return;
    const { report, screenshotProblem } = outcome.saved;
    this.dialogs.notify(
      screenshotProblem
        ? `Reported as ${report.key}, without the screenshot: ${screenshotProblem}`
        : `Reported as ${report.key}. You can follow it here.`,
    );
    await this.load();
  }
}
