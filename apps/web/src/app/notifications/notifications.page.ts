import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import {
  loader,
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationCountStore,
  NotificationsDocument,
  NotificationsQuery,
} from '@assay/web/core';
import {
  DialogService,
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingComponent,
  PageHeaderComponent,
} from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

type Notification = NotificationsQuery['notifications']['items'][number];

const PAGE_SIZE = 50;

/** The person's notifications, newest first: opening one marks it read and goes to what it is about. */
@Component({
  selector: 'assay-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
  ],
  template: `
    <assay-page-header title="Notifications" subtitle="What waits for you, and what happened to what you started.">
      <button mat-stroked-button type="button" (click)="markAll()" [disabled]="busy() || counts.unread() === 0">
        <mat-icon>done_all</mat-icon> Mark all as read
      </button>
    </assay-page-header>

    @if (problem(); as p) {
      <assay-error-banner [message]="p.message" [retryable]="true" (retry)="load()" />
    }
    @if (loading() && items().length === 0) {
      <assay-loading label="Loading your notifications…" />
    } @else if (loaded()) {
      @if (items().length === 0) {
        <assay-empty-state
          icon="notifications_none"
          title="No notifications"
          message="When a waiver waits for your agreement, a retest is due, a scoring round opens or you are added to an evaluation, it shows here."
        />
      } @else {
        <ul class="row-list" aria-label="Notifications, newest first">
          @for (n of items(); track n.id) {
            <li class="list-row" [class.unread]="!n.readAt">
              <mat-icon class="kind" aria-hidden="true">{{ n.readAt ? 'notifications_none' : 'circle' }}</mat-icon>
              <div class="about">
                <a [routerLink]="n.link" (click)="open(n, $event)">
                  @if (!n.readAt) {
                    <span class="visually-hidden">Unread: </span>
                  }
                  {{ n.title }}</a
                >
                <span
                  >{{ n.actorName ? n.actorName + ' · ' : ''
                  }}<time [attr.datetime]="n.createdAt">{{ n.createdAt | date: 'medium' }}</time></span
                >
              </div>
              @if (!n.readAt) {
                <button
                  mat-button
                  type="button"
                  (click)="markRead(n)"
                  [disabled]="busy()"
                  [attr.aria-label]="'Mark read: ' + n.title"
                >
                  Mark read
                </button>
              }
            </li>
          }
        </ul>
        @if (items().length < total()) {
          <button mat-button type="button" class="more" (click)="more()" [disabled]="loading()">
            Show older notifications
          </button>
        }
      }
    }
  `,
  styles: `
    @use 'row-list';

    .unread .about a {
      font-weight: 600;
    }
    .unread .kind {
      color: var(--mat-sys-primary);
      font-size: 14px;
      width: 14px;
      height: 14px;
      margin: 5px;
    }
    .about a {
      color: inherit;
    }
    .about a:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .more {
      margin-top: 8px;
    }
  `,
})
export class NotificationsPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly dialogs = inject(DialogService);
  protected readonly counts = inject(NotificationCountStore);

  protected readonly items = signal<Notification[]>([]);
  protected readonly total = signal(0);
  private readonly loader = loader({ loading: true });
  protected readonly loading = this.loader.loading;
  protected readonly problem = this.loader.error;
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);

  ngOnInit(): void {
    void this.load();
  }

  load(): Promise<void> {
    return this.fetch(0);
  }

  protected more(): Promise<void> {
    return this.fetch(this.items().length);
  }

  private fetch(offset: number): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: NotificationsDocument,
          variables: { page: { offset, limit: PAGE_SIZE } },
          fetchPolicy: 'network-only',
        }),
      );
      const page = result.data?.notifications;
      if (!page) return;
      this.items.set(offset === 0 ? page.items : [...this.items(), ...page.items]);
      this.total.set(page.total);
      this.loaded.set(true);
      void this.counts.refresh();
    });
  }

  /** Opening marks it read, then goes to its page (a new tab or window is left to the browser). */
  protected async open(n: Notification, event: MouseEvent): Promise<void> {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      void this.markRead(n, false);
      return;
    }
    event.preventDefault();
    await this.markRead(n, false);
    await this.router.navigateByUrl(n.link);
  }

  protected async markRead(n: Notification, announce = true): Promise<void> {
    if (n.readAt) return;
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: MarkNotificationReadDocument, variables: { id: n.id } }),
      );
      const readAt = result.data?.markNotificationRead.readAt ?? new Date().toISOString();
      this.items.update((list) => list.map((item) => (item.id === n.id ? { ...item, readAt } : item)));
      this.counts.set(this.counts.unread() - 1);
      if (announce) this.dialogs.notify('Marked as read.');
    } catch {
      // Leaving it unread is harmless: the link still opens, and the next visit shows it again.
    }
  }

  protected async markAll(): Promise<void> {
    this.busy.set(true);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: MarkAllNotificationsReadDocument }));
      const now = new Date().toISOString();
      this.items.update((list) => list.map((item) => (item.readAt ? item : { ...item, readAt: now })));
      this.counts.clear();
      this.dialogs.notify('All notifications are marked as read.');
    } catch {
      this.dialogs.notify('The notifications could not be marked as read. Try again.');
    } finally {
      this.busy.set(false);
    }
  }
}
