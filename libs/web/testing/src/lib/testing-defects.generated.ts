/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type DefectRowFragment = {
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
};

export type EvaluationDefectsQueryVariables = Exact<{
  id: string;
  filter?: Types.DefectFilter | null | undefined;
  page?: Types.PageInput | null | undefined;
}>;

export type EvaluationDefectsQuery = {
  evaluation: {
    id: string;
    title: string;
    defects: {
      total: number;
      items: Array<{
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
  };
};

export type ChangeDefectStatusMutationVariables = Exact<{
  input: Types.ChangeDefectStatusInput;
}>;

export type ChangeDefectStatusMutation = {
  changeDefectStatus: {
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
  };
};

export type DefectDetailFieldsFragment = {
  evaluationId: string | null;
  productId: string | null;
  productName: string | null;
  description: string;
  vendorTicketRef: string;
  resolutionNotes: string;
  resolvedAt: string | null;
  updatedAt: string;
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
  results: Array<{
    resultId: string;
    runId: string;
    planName: string;
    caseKey: string;
    caseTitle: string;
    status: Types.TestResultStatus;
    actualResult: string;
    versionName: string;
    environment: string;
    buildLabel: string;
    executedAt: string | null;
    linkedAt: string;
  }>;
  history: Array<{
    id: string;
    action: string;
    actorName: string | null;
    occurredAt: string;
    changes: Array<{ field: string; before: string | null; after: string | null }>;
  }>;
  reporter: { displayName: string } | null;
  myAccess: { canChangeStatus: boolean; nextStatuses: Array<Types.DefectStatus> };
};

export type DefectDetailQueryVariables = Exact<{
  evaluationId: string;
  id: string;
}>;

export type DefectDetailQuery = {
  evaluation: { id: string; title: string; defects: { items: Array<{ id: string; key: string; title: string }> } };
  defect: {
    evaluationId: string | null;
    productId: string | null;
    productName: string | null;
    description: string;
    vendorTicketRef: string;
    resolutionNotes: string;
    resolvedAt: string | null;
    updatedAt: string;
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
    results: Array<{
      resultId: string;
      runId: string;
      planName: string;
      caseKey: string;
      caseTitle: string;
      status: Types.TestResultStatus;
      actualResult: string;
      versionName: string;
      environment: string;
      buildLabel: string;
      executedAt: string | null;
      linkedAt: string;
    }>;
    history: Array<{
      id: string;
      action: string;
      actorName: string | null;
      occurredAt: string;
      changes: Array<{ field: string; before: string | null; after: string | null }>;
    }>;
    reporter: { displayName: string } | null;
    myAccess: { canChangeStatus: boolean; nextStatuses: Array<Types.DefectStatus> };
  };
};

export type ProductDefectDetailQueryVariables = Exact<{
  id: string;
}>;

export type ProductDefectDetailQuery = {
  defect: {
    evaluationId: string | null;
    productId: string | null;
    productName: string | null;
    description: string;
    vendorTicketRef: string;
    resolutionNotes: string;
    resolvedAt: string | null;
    updatedAt: string;
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
    results: Array<{
      resultId: string;
      runId: string;
      planName: string;
      caseKey: string;
      caseTitle: string;
      status: Types.TestResultStatus;
      actualResult: string;
      versionName: string;
      environment: string;
      buildLabel: string;
      executedAt: string | null;
      linkedAt: string;
    }>;
    history: Array<{
      id: string;
      action: string;
      actorName: string | null;
      occurredAt: string;
      changes: Array<{ field: string; before: string | null; after: string | null }>;
    }>;
    reporter: { displayName: string } | null;
    myAccess: { canChangeStatus: boolean; nextStatuses: Array<Types.DefectStatus> };
  };
  managedProductDefects: Array<{ id: string; key: string; title: string; productId: string | null }>;
};

export const DefectRowFragmentDoc = {
  kind: 'Document',
  definitions: [
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
} as unknown as DocumentNode<DefectRowFragment, unknown>;
export const DefectDetailFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefectDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Defect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DefectRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorTicketRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'resultId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualResult' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buildLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
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
} as unknown as DocumentNode<DefectDetailFieldsFragment, unknown>;
export const EvaluationDefectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationDefects' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DefectFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
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
                  name: { kind: 'Name', value: 'defects' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'filter' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'page' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DefectRow' } }],
                        },
                      },
                    ],
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
} as unknown as DocumentNode<EvaluationDefectsQuery, EvaluationDefectsQueryVariables>;
export const ChangeDefectStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeDefectStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeDefectStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeDefectStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DefectRow' } }],
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
} as unknown as DocumentNode<ChangeDefectStatusMutation, ChangeDefectStatusMutationVariables>;
export const DefectDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DefectDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'defects' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'page' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'limit' },
                            value: { kind: 'IntValue', value: '200' },
                          },
                        ],
                      },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defect' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DefectDetailFields' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefectDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Defect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DefectRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorTicketRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'resultId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualResult' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buildLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
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
} as unknown as DocumentNode<DefectDetailQuery, DefectDetailQueryVariables>;
export const ProductDefectDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductDefectDetail' },
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
            name: { kind: 'Name', value: 'defect' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DefectDetailFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'managedProductDefects' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefectDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Defect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DefectRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorTicketRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'resultId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualResult' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buildLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
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
} as unknown as DocumentNode<ProductDefectDetailQuery, ProductDefectDetailQueryVariables>;
