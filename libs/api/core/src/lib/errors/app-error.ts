import { ErrorCode } from '@assay/domain';
import { GraphQLError } from 'graphql';

/** A problem with one input field, for forms to show beside the field. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/**
 * An error a user or client can act on. Carries a stable code (see ErrorCode) and optional
 * details; its message is safe to show. Anything else thrown is reported as an internal error.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }

  get code(): ErrorCode {
    return this.extensions['code'] as ErrorCode;
  }
}

export const unauthenticated = (message = 'Sign in to continue.') => new AppError(ErrorCode.Unauthenticated, message);
export const forbidden = (message = 'You do not have permission to do that.') =>
  new AppError(ErrorCode.Forbidden, message);
export const notFound = (what: string) => new AppError(ErrorCode.NotFound, `${what} was not found.`);
export const badInput = (message: string, fields: FieldProblem[] = []) =>
  new AppError(ErrorCode.BadUserInput, message, fields.length > 0 ? { fields } : {});
export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.Conflict, message, details);
