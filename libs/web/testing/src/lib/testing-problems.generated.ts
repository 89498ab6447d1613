/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ProblemReportFragment = {
  id: string;
  key: string;
  title: string;
  description: string;
  component: string;
  severity: Types.DefectSeverity;
  status: Types.DefectStatus;
  productName: string | null;
  resolutionNotes: string;
  resolvedAt: string | null;
  createdAt: string;
  screenshots: Array<{ id: string; fileName: string }>;
};

export type MyProblemReportsQueryVariables = Exact<{ [key: string]: never }>;

export type MyProblemReportsQuery = {
  myProblemReports: Array<{
    id: string;
    key: string;
    title: string;
    description: string;
    component: string;
    severity: Types.DefectSeverity;
    status: Types.DefectStatus;
    productName: string | null;
    resolutionNotes: string;
    resolvedAt: string | null;
    createdAt: string;
    screenshots: Array<{ id: string; fileName: string }>;
  }>;
  managedProductDefects: Array<{
    productName: string | null;
    description: string;
    id: string;
    key: string;
    title: string;
    severity: Types.DefectSeverity;
    status: Types.DefectStatus;
    component: string;
    candidateName: string | null;
    foundInVersion: string;
    fixedInVersion: string | null;
    retestDueAt: string | null;
    wontFixReason: string | null;
    duplicateOfKey: string | null;
    createdAt: string;
    version: number;
    reporter: { displayName: string } | null;
    myAccess: { canChangeStatus: boolean; nextStatuses: Array<Types.DefectStatus> };
  }>;
};

export type ProblemReportProductsQueryVariables = Exact<{ [key: string]: never }>;

export type ProblemReportProductsQuery = {
  problemReportProducts: Array<{ id: string; name: string; vendorName: string }>;
};

export type ReportProblemMutationVariables = Exact<{
  input: Types.ReportProblemInput;
}>;

export type ReportProblemMutation = {
  reportProblem: {
    id: string;
    key: string;
    title: string;
    description: string;
    component: string;
    severity: Types.DefectSeverity;
    status: Types.DefectStatus;
    productName: string | null;
    resolutionNotes: string;
    resolvedAt: string | null;
    createdAt: string;
    screenshots: Array<{ id: string; fileName: string }>;
  };
};

export const ProblemReportFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProblemReport' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Defect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'component' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'screenshots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProblemReportFragment, unknown>;
export const MyProblemReportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProblemReports' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProblemReports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProblemReport' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'managedProductDefects' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DefectRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProblemReport' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Defect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'component' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'screenshots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefectRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Defect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'component' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'foundInVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fixedInVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retestDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wontFixReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'duplicateOfKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'canChangeStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProblemReportsQuery, MyProblemReportsQueryVariables>;
export const ProblemReportProductsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProblemReportProducts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problemReportProducts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProblemReportProductsQuery, ProblemReportProductsQueryVariables>;
export const ReportProblemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportProblem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportProblemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportProblem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProblemReport' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProblemReport' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Defect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'component' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'screenshots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportProblemMutation, ReportProblemMutationVariables>;
