import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from './session.store';

/** Signed-in people only; others go to the sign-in page and come back afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.restore();
  if (session.state() !== 'signed-in') {
    return router.createUrlTree(['/sign-in'], {
      queryParams: state.url && state.url !== '/' ? { returnTo: state.url } : {},
    });
  }
  if (session.mustChangePassword() && !state.url.startsWith('/change-password')) {
    return router.createUrlTree(['/change-password']);
  }
  return true;
};

/** Administrators only (the server checks again; this only spares a page that would refuse). */
export const adminGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router); // before any await: inject() only works synchronously
  await session.restore();
  return session.isAdmin() ? true : router.createUrlTree(['/']);
};

/** The sign-in page is for signed-out people. */
export const signedOutGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.restore();
  return session.state() === 'signed-in' ? router.createUrlTree(['/']) : true;
};
