import { CombinedGraphQLErrors } from '@apollo/client/core';
import { ErrorCode, Problem } from '@assay/domain';

export type { Problem };

interface ErrorExtensions {
  code?: string;
  fields?: { field: string; problems: string[] }[];
  /** A single field the message is about (e.g. a name already taken). */
  field?: string;
  currentVersion?: number;
}

/** Turns anything a GraphQL call threw into a Problem a person can act on. */
export function problemOf(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const extensions = (first.extensions ?? {}) as ErrorExtensions;
    const fields: Record<string, string[]> = {};
    for (const entry of extensions.fields ?? []) {
      fields[entry.field.replace(/^input\./, '')] = entry.problems;
    }
    if (typeof extensions.field === 'string' && !fields[extensions.field]) fields[extensions.field] = [first.message];
    const code = extensions.code ?? ErrorCode.Internal;
    return {
      code,
      message: first.message,
      fields,
      stale: code === ErrorCode.Conflict && typeof extensions.currentVersion === 'number',
    };
  }
  if (error instanceof Error && /fetch|network|Failed to fetch|Http failure/i.test(error.message)) {
    return {
      code: 'NETWORK',
      message: 'Assay could not reach the server. Check your connection and try again.',
      fields: {},
      stale: false,
    };
  }
  return { code: ErrorCode.Internal, message: 'Something went wrong. Please try again.', fields: {}, stale: false };
}
