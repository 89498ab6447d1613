/**
 * What the app needs at start (its configuration, routes and shell, and the two pages people land on:
 * sign-in and home), apart from the library's main entry point. The bundler gives every module that a
 * main-entry re-export reaches to whatever imports that entry, even when only a later page uses it:
 * importing from here keeps the form dialogs, uploads and feature documents out of the first download.
 */
export { adminGuard, signedInGuard, signedOutGuard } from './lib/auth/guards';
export { SessionStore } from './lib/auth/session.store';
export { problemOf } from './lib/errors/problem';
export { loader } from './lib/loading/loader';
export { MyWorkDocument, type MyWorkQuery } from './lib/graphql/my-work.generated';
export { provideGraphQL } from './lib/graphql/provide-graphql';
export { CanKeepLibrariesDocument } from './lib/graphql/libraries.generated';
export { FollowUpCountStore } from './lib/follow-ups/follow-up-count.store';
export { NotificationCountStore } from './lib/notifications/notification-count.store';
