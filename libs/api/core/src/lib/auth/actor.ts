import { Actor, GlobalRole } from '@assay/domain';

/** The signed-in person, as the guard attaches it to the request. */
export interface RequestActor extends Actor {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly globalRole: GlobalRole;
  readonly mustChangePassword: boolean;
  /** The session the request's token names (user_session). */
  readonly sessionId?: string;
  /** The personal API token the request came with (api_token), instead of a session. */
  readonly apiTokenId?: string;
}
