import { InjectionToken } from '@angular/core';
import { ErrorCode, Problem } from '@assay/domain';

/**
 * Turns what an action threw into a Problem to show. The app provides the GraphQL-aware one
 * (`problemOf` from web core); without it every failure reads as a generic one.
 */
export const DESCRIBE_ERROR = new InjectionToken<(error: unknown) => Problem>('describe an error', {
  providedIn: 'root',
  factory: () => () => ({
    code: ErrorCode.Internal,
    message: 'Something went wrong. Please try again.',
    fields: {},
    stale: false,
  }),
});
