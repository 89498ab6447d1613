export * from './lib/auth/guards';
export * from './lib/auth/session.store';
export * from './lib/errors/problem';
export * from './lib/forms/form-dialog';
export * from './lib/http/upload';
export * from './lib/loading/loader';
export * from './lib/graphql/auth.generated';
export { MyWorkDocument } from './lib/graphql/my-work.generated';
export type { MyWorkQuery } from './lib/graphql/my-work.generated';
export * from './lib/graphql/types.generated';
export { CanKeepLibrariesDocument } from './lib/graphql/libraries.generated';
export * from './lib/graphql/provide-graphql';
export * from './lib/follow-ups/follow-up-count.store';
export * from './lib/notifications/notification-count.store';
export {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationsDocument,
  type NotificationsQuery,
} from './lib/graphql/notifications.generated';
