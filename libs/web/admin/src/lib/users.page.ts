import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { UserSummaryFragment, loader, FormDialogResult } from '@assay/web/core';
import { UsersDocument } from './admin.generated';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingComponent,
  PageHeaderComponent,
  DialogService,
} from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { ResetPasswordDialog } from './reset-password.dialog';
import { UserFormDialog, UserFormDialogData } from './user-form.dialog';

type ActiveFilter = 'all' | 'active' | 'inactive';

/** Administrators: everyone who can sign in, searchable, with create, edit and password reset. */
@Component({
  selector: 'assay-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
  ],
  templateUrl: './users.page.html',
  styleUrl: './users.page.scss',
})
export class UsersPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  /** On a phone the table keeps what finds a person and acts on them; the e-mail goes under the name. */
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 600px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.narrow()
      ? ['displayName', 'status', 'actions']
      : ['displayName', 'email', 'role', 'library', 'department', 'status', 'lastLoginAt', 'actions'],
  );
  protected readonly users = signal<UserSummaryFragment[]>([]);
  protected readonly total = signal(0);
  private readonly loader = loader({ loading: true });
  protected readonly loading = this.loader.loading;
  protected readonly error = this.loader.error;
  protected readonly search = signal('');
  protected readonly activeFilter = signal<ActiveFilter>('active');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);

  ngOnInit(): void {
    void this.load();
  }

  protected onSearch(value: string): void {
    this.search.set(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.pageIndex.set(0);
      void this.load();
    }, 250);
  }

  protected onActiveFilter(value: ActiveFilter): void {
    this.activeFilter.set(value);
    this.pageIndex.set(0);
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    void this.load();
  }

  load(): Promise<void> {
    const active = this.activeFilter() === 'all' ? undefined : this.activeFilter() === 'active';
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: UsersDocument,
          variables: {
            filter: { search: this.search().trim() || undefined, active },
            page: { offset: this.pageIndex() * this.pageSize(), limit: this.pageSize() },
          },
        }),
      );
      this.users.set(result.data?.users.items ?? []);
      this.total.set(result.data?.users.total ?? 0);
    });
  }

  protected async openCreate(): Promise<void> {
    await this.openForm({ mode: 'create' });
  }

  protected async openEdit(user: UserSummaryFragment): Promise<void> {
    await this.openForm({ mode: 'edit', user });
  }

  protected async openReset(user: UserSummaryFragment): Promise<void> {
    const result = await this.dialogs.openForm<FormDialogResult<true>, UserSummaryFragment>(
      ResetPasswordDialog,
      user,
      '480px',
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(`Password reset. ${user.displayName} must choose a new one at next sign-in.`);
      await this.load();
    }
  }

  private async openForm(data: UserFormDialogData): Promise<void> {
    const result = await this.dialogs.openForm<FormDialogResult<UserSummaryFragment>, UserFormDialogData>(
      UserFormDialog,
      data,
      '560px',
    );
    if (result && 'reload' in result) await this.load();
    if (!result || !('saved' in result)) return;
    const saved = result.saved;
    this.dialogs.notify(
      data.mode === 'create'
        ? `${saved.displayName} can now sign in with the temporary password.`
        : `Saved ${saved.displayName}.`,
    );
    await this.load();
  }
}
