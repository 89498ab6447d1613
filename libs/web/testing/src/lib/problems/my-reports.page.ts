import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { FormDialogResult, loader } from '@assay/web/core';
import { DialogService, EmptyStateComponent, LoadStateComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { severityLabel } from '../defects/defect-labels';
import { MyProblemReportsDocument, ProblemReportFragment } from '../testing-problems.generated';
import { isResolved, reportStatusLabel } from './problem-labels';
import { ReportedProblem, ReportProblemDialog } from './report-problem.dialog';

/**
 * /problems — "My reports": the problems the signed-in person reported about products in use, with
 * where each stands and, once resolved, what was done about it; and the form to report another.
 */
@Component({
  selector: 'assay-my-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatIconModule, EmptyStateComponent, LoadStateComponent, PageHeaderComponent],
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
      this.loaded.set(true);
    });
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
