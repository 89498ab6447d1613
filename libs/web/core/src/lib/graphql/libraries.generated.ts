/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CanKeepLibrariesQueryVariables = Exact<{ [key: string]: never }>;

export type CanKeepLibrariesQuery = { canEditCatalogue: boolean };

export const CanKeepLibrariesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CanKeepLibraries' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'canEditCatalogue' } }],
      },
    },
  ],
} as unknown as DocumentNode<CanKeepLibrariesQuery, CanKeepLibrariesQueryVariables>;
