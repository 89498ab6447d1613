/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type FollowUpRowFragment = {
  dueAt: string;
  overdue: boolean;
  evaluationTitle: string | null;
  productName: string | null;
  defect: {
    id: string;
    key: string;
    title: string;
    severity: Types.DefectSeverity;
    evaluationId: string | null;
    candidateName: string | null;
    fixedInVersion: string | null;
  };
  cases: Array<{
    caseId: string;
    caseKey: string;
    caseTitle: string;
    planId: string;
    planName: string;
    runId: string | null;
    runLabel: string | null;
    resultStatus: Types.TestResultStatus | null;
  }>;
};

export type MyFollowUpsQueryVariables = Exact<{ [key: string]: never }>;

export type MyFollowUpsQuery = {
  myFollowUps: Array<{
    dueAt: string;
    overdue: boolean;
    evaluationTitle: string | null;
    productName: string | null;
    defect: {
      id: string;
      key: string;
      title: string;
      severity: Types.DefectSeverity;
      evaluationId: string | null;
      candidateName: string | null;
      fixedInVersion: string | null;
    };
    cases: Array<{
      caseId: string;
      caseKey: string;
      caseTitle: string;
      planId: string;
      planName: string;
      runId: string | null;
      runLabel: string | null;
      resultStatus: Types.TestResultStatus | null;
    }>;
  }>;
};

export type EvaluationFollowUpsQueryVariables = Exact<{
  id: string;
}>;

export type EvaluationFollowUpsQuery = {
  evaluation: {
    id: string;
    title: string;
    followUps: Array<{
      dueAt: string;
      overdue: boolean;
      evaluationTitle: string | null;
      productName: string | null;
      defect: {
        id: string;
        key: string;
        title: string;
        severity: Types.DefectSeverity;
        evaluationId: string | null;
        candidateName: string | null;
        fixedInVersion: string | null;
      };
      cases: Array<{
        caseId: string;
        caseKey: string;
        caseTitle: string;
        planId: string;
        planName: string;
        runId: string | null;
        runLabel: string | null;
        resultStatus: Types.TestResultStatus | null;
      }>;
    }>;
  };
};

export const FollowUpRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defect' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedInVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpRowFragment, unknown>;
export const MyFollowUpsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyFollowUps' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myFollowUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defect' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedInVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyFollowUpsQuery, MyFollowUpsQueryVariables>;
export const EvaluationFollowUpsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationFollowUps' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpRow' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defect' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedInVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationFollowUpsQuery, EvaluationFollowUpsQueryVariables>;
