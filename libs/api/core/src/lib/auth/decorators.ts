import { GlobalRole } from '@assay/domain';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { actorOf, requestOf } from './request-of';

export const PUBLIC_KEY = 'assay:public';
export const GLOBAL_ROLE_KEY = 'assay:globalRole';
export const ALLOW_PENDING_PASSWORD_KEY = 'assay:allowPendingPassword';
export const SESSION_ONLY_KEY = 'assay:sessionOnly';

/** The operation needs no sign-in (login, health). Everything else does. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The operation needs a global role. The guard refuses early; the service checks again
 * (AccessPolicy), so no other path reaches the data without the same rule.
 */
export const RequireGlobalRole = (role: GlobalRole) => SetMetadata(GLOBAL_ROLE_KEY, role);

/**
 * The signed-in person (RequestActor), never absent: AuthGuard has refused anonymous calls to
 * every operation that is not @Public. A @Public operation reads `req.actor` itself.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  actorOf(requestOf(context)),
);

/** The operation stays open to someone who must still choose a new password (me, changePassword, logout). */
export const AllowWhilePasswordChangeRequired = () => SetMetadata(ALLOW_PENDING_PASSWORD_KEY, true);

/**
 * The operation needs a signed-in session, not a personal API token: managing tokens and
 * sessions and changing the password stay with the person, so a leaked token cannot entrench itself.
 */
export const RequireSignInSession = () => SetMetadata(SESSION_ONLY_KEY, true);
