/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type MyDecisionsQueryVariables = Exact<{ [key: string]: never }>;

export type MyDecisionsQuery = {
  myWork: {
    personId: string;
    recommendationsToReview: Array<{
      evaluationId: string;
      evaluationTitle: string;
      versionNumber: number;
      candidateName: string | null;
      submittedAt: string;
      submittedByName: string | null;
      approvals: number;
      requiredApprovals: number;
    }>;
    decisionsTaken: Array<{
      evaluationId: string;
      evaluationTitle: string;
      candidateName: string | null;
      decidedAt: string;
    }>;
  };
};

export const MyDecisionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyDecisions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendationsToReview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requiredApprovals' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisionsTaken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyDecisionsQuery, MyDecisionsQueryVariables>;
