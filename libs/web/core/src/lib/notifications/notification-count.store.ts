import { computed, inject, Injectable, signal } from '@angular/core';
import { unreadNotificationsLabel } from '@assay/domain';
import { Apollo } from 'apollo-angular';
import { UnreadNotificationCountDocument } from '../graphql/notifications.generated';
import { loader } from '../loading/loader';

/**
 * How many of the signed-in person's notifications are unread, for the bell in the top bar: one
 * small query, asked again on each navigation (as the follow-up count is) and after the
 * notifications page marks some read.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCountStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader();
  private readonly count = signal(0);

  readonly unread = this.count.asReadonly();
  /** The bell's accessible name: "3 unread notifications". */
  readonly label = computed(() => unreadNotificationsLabel(this.count()));

  /** Asks again; a failure leaves the last count (the top bar never shows an error for it). */
  refresh(): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: UnreadNotificationCountDocument, fetchPolicy: 'network-only' }),
      );
      if (result.data) this.count.set(result.data.unreadNotificationCount);
    });
  }

  /** What the page just marked read shows at once, before the next count. */
  set(count: number): void {
    this.count.set(Math.max(0, count));
  }

  /** Signed out: nothing waits. */
  clear(): void {
    this.count.set(0);
  }
}
