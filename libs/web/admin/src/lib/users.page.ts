import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { problemOf, UserSummaryFragment } from '@assay/web/core';
import { UsersDocument } from './admin.generated';
import { EmptyStateComponent, ErrorBannerComponent, LoadingComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
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
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
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
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
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

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    const active = this.activeFilter() === 'all' ? undefined : this.activeFilter() === 'active';
    try {
      const result = await firstValueFrom(
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
    } catch (error) {
      this.error.set(problemOf(error).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected async openCreate(): Promise<void> {
    await this.openForm({ mode: 'create' });
  }

  protected async openEdit(user: UserSummaryFragment): Promise<void> {
    await this.openForm({ mode: 'edit', user });
  }

  protected async openReset(user: UserSummaryFragment): Promise<void> {
    const done = await firstValueFrom(
      this.dialog.open(ResetPasswordDialog, { data: user, width: '480px', maxWidth: '95vw' }).afterClosed(),
    );
    if (done) {
      this.snackBar.open(`Password reset. ${user.displayName} must choose a new one at next sign-in.`, 'OK', {
        duration: 6000,
      });
      await this.load();
    }
  }

  private async openForm(data: UserFormDialogData): Promise<void> {
    const saved: UserSummaryFragment | undefined = await firstValueFrom(
      this.dialog.open(UserFormDialog, { data, width: '560px', maxWidth: '95vw' }).afterClosed(),
    );
    if (saved) {
      this.snackBar.open(
        data.mode === 'create'
          ? `${saved.displayName} can now sign in with the temporary password.`
          : `Saved ${saved.displayName}.`,
        'OK',
        { duration: 5000 },
      );
      await this.load();
    }
  }
}
