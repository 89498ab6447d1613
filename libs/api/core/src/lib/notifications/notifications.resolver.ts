import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestActor } from '../auth/actor';
import { CurrentActor } from '../auth/decorators';
import { DEFAULT_PAGE, PageInput } from '../graphql/page.input';
import { NotificationsService } from './notifications.service';
import { Notification, NotificationPage } from './notifications.types';

/** Your own notifications; nobody reads or marks another's. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationPage, { description: 'Your notifications, newest first (only the unread with unreadOnly).' })
  notifications(
    @CurrentActor() actor: RequestActor,
    @Args('page', { nullable: true }) page?: PageInput,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly = false,
  ): Promise<NotificationPage> {
    return this.service.list(actor, page ?? DEFAULT_PAGE, unreadOnly);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (for the badge in the top bar).' })
  unreadNotificationCount(@CurrentActor() actor: RequestActor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Notification, { description: 'Marks one of your notifications read; anyone else’s is NOT_FOUND.' })
  markNotificationRead(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Notification> {
    return this.service.markRead(actor, id);
  }

  @Mutation(() => Int, { description: 'Marks all your unread notifications read; returns how many were.' })
  markAllNotificationsRead(@CurrentActor() actor: RequestActor): Promise<number> {
    return this.service.markAllRead(actor);
  }
}
