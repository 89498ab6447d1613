import { computed, inject, Injectable, signal } from '@angular/core';
import { GlobalRole } from '@assay/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  ChangePasswordDocument,
  LoginDocument,
  LogoutDocument,
  LogoutEverywhereDocument,
  MeDocument,
  UserSummaryFragment,
} from '../graphql/auth.generated';
import { problemOf } from '../errors/problem';

export type SessionState = 'unknown' | 'signed-in' | 'signed-out';

/** Who is signed in, as signals the shell and the guards read. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly apollo = inject(Apollo);
  private readonly current = signal<UserSummaryFragment | null>(null);
  private readonly status = signal<SessionState>('unknown');
  private restoring: Promise<void> | null = null;

  readonly user = this.current.asReadonly();
  readonly state = this.status.asReadonly();
  readonly isAdmin = computed(() => this.current()?.globalRole === 'ADMIN');
  readonly mustChangePassword = computed(() => this.current()?.mustChangePassword ?? false);

  /** Asks the server who the session cookie belongs to (once; later calls share the answer). */
  restore(): Promise<void> {
    this.restoring ??= firstValueFrom(this.apollo.query({ query: MeDocument }))
      .then((result) => this.set(result.data?.me ?? null))
      .catch(() => this.set(null));
    return this.restoring;
  }

  async signIn(email: string, password: string): Promise<UserSummaryFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: LoginDocument, variables: { input: { email, password } } }),
    );
    const user = result.data?.login.user;
    if (!user) throw new Error('Sign-in returned no user.');
    await this.apollo.client.clearStore();
    this.set(user);
    return user;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ChangePasswordDocument, variables: { input: { currentPassword, newPassword } } }),
    );
    this.set(result.data?.changePassword.user ?? null);
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: LogoutDocument }));
    } catch (error) {
      // Signing out locally still matters when the server cannot be reached.
      console.warn('Sign-out request failed', problemOf(error).message);
    }
    await this.apollo.client.clearStore();
    this.set(null);
  }

  /** Ends every session of the person (other browsers and API clients too), then this one locally. Throws when the server refused. */
  async signOutEverywhere(): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: LogoutEverywhereDocument }));
    await this.apollo.client.clearStore();
    this.set(null);
  }

  /** For pages that learn the session ended (an UNAUTHENTICATED answer). */
  expire(): void {
    this.set(null);
  }

  hasGlobalRole(role: GlobalRole): boolean {
    return this.current()?.globalRole === role.toUpperCase();
  }

  private set(user: UserSummaryFragment | null): void {
    this.current.set(user);
    this.status.set(user ? 'signed-in' : 'signed-out');
    this.restoring = Promise.resolve();
  }
}
