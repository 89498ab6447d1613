import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Params, Router, RouterLink } from '@angular/router';
import { EvaluationStatus, SessionStore, loader, FormDialogResult } from '@assay/web/core';
import { EvaluationDetailFragment, EvaluationsDocument, EvaluationSummaryFragment } from '../evaluations.generated';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingComponent,
  PageHeaderComponent,
  DialogService,
} from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { EVALUATION_KIND, EVALUATION_ROLE, EVALUATION_STATUS, keysOf } from '../evaluation-labels';
import { EvaluationStatusChipComponent } from '../shared/status-chips.component';
import { EvaluationFormDialog, EvaluationFormDialogData } from './evaluation-form.dialog';

/** Where an evaluation opens: department heads who do not lead it go straight to their requirements. */
export function evaluationLink(evaluation: Pick<EvaluationSummaryFragment, 'id' | 'myPermissions'>): string[] {
  const { isLead, isDepartmentHead } = evaluation.myPermissions;
  return !isLead && isDepartmentHead
    ? ['/evaluations', evaluation.id, 'requirements']
    : ['/evaluations', evaluation.id];
}

/** The evaluations the person belongs to (administrators: all), newest change first, filtered by status. */
@Component({
  selector: 'assay-evaluations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
    EvaluationStatusChipComponent,
  ],
  templateUrl: './evaluations.page.html',
  styleUrl: './evaluations.page.scss',
})
export class EvaluationsPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialogs = inject(DialogService);
  protected readonly session = inject(SessionStore);
  private readonly loader = loader({ loading: true });

  protected readonly statuses = keysOf(EVALUATION_STATUS);
  protected readonly statusLabel = EVALUATION_STATUS;
  protected readonly roleLabel = EVALUATION_ROLE;

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 600px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() => (this.narrow() ? ['title'] : ['title', 'status', 'roles', 'updatedAt']));

  protected readonly evaluations = signal<EvaluationSummaryFragment[]>([]);
  protected readonly total = signal(0);
  protected readonly canStart = signal(false);
  protected readonly loading = this.loader.loading;
  protected readonly error = this.loader.error;
  protected readonly status = signal<EvaluationStatus[]>([]);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);

  ngOnInit(): void {
    this.readParams(this.route.snapshot.queryParams);
    void this.load();
  }

  protected link(evaluation: EvaluationSummaryFragment): string[] {
    return evaluationLink(evaluation);
  }

  protected kind(evaluation: EvaluationSummaryFragment): string {
    return EVALUATION_KIND[evaluation.kind];
  }

  /** What the person is in this evaluation, in words. */
  protected roles(evaluation: EvaluationSummaryFragment): string[] {
    const roles = evaluation.myRoles.map((role) => this.roleLabel[role]);
    if (roles.length === 0 && this.session.isAdmin()) return ['Administrator'];
    return roles;
  }

  protected onStatus(value: EvaluationStatus[]): void {
    this.status.set(value);
    this.pageIndex.set(0);
    this.writeParams();
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.writeParams();
    void this.load();
  }

  async load(): Promise<void> {
    await this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: EvaluationsDocument,
          variables: {
            filter: { status: this.status().length ? this.status() : undefined },
            page: { offset: this.pageIndex() * this.pageSize(), limit: this.pageSize() },
          },
        }),
      );
      this.evaluations.set(result.data?.evaluations.items ?? []);
      this.total.set(result.data?.evaluations.total ?? 0);
      this.canStart.set(result.data?.canEditCatalogue ?? false);
    });
  }

  protected async openCreate(): Promise<void> {
    const result = await this.dialogs.openForm<FormDialogResult<EvaluationDetailFragment>, EvaluationFormDialogData>(
      EvaluationFormDialog,
      {},
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(`Started ${result.saved.title}.`);
      await this.router.navigate([result.saved.id], { relativeTo: this.route });
    }
  }

  private readParams(params: Params): void {
    const list = typeof params['status'] === 'string' && params['status'] ? params['status'].split(',') : [];
    this.status.set(list.filter((s: string): s is EvaluationStatus => s in EVALUATION_STATUS));
    const page = Number(params['page']);
    const size = Number(params['size']);
    this.pageIndex.set(Number.isInteger(page) && page > 1 ? page - 1 : 0);
    this.pageSize.set([10, 25, 50, 100].includes(size) ? size : 25);
  }

  private writeParams(): void {
    const queryParams: Params = {
      status: this.status().length ? this.status().join(',') : null,
      page: this.pageIndex() > 0 ? this.pageIndex() + 1 : null,
      size: this.pageSize() === 25 ? null : this.pageSize(),
    };
    void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true });
  }
}
