/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type RequirementMergeFieldsFragment = {
  id: string;
  survivorId: string;
  survivorCode: string;
  mergedCodes: Array<string>;
  mergedByName: string | null;
  mergedAt: string;
  undoneAt: string | null;
  undoneByName: string | null;
  movedLinks: number;
  droppedLinks: number;
  version: number;
};

export type RequirementDuplicatesQueryVariables = Exact<{
  evaluationId: string;
}>;

export type RequirementDuplicatesQuery = {
  evaluation: { id: string; title: string; status: Types.EvaluationStatus; myPermissions: { isLead: boolean } };
  departments: Array<{ id: string; name: string }>;
  requirementDuplicates: Array<{
    similarity: number;
    first: {
      id: string;
      code: string;
      title: string;
      description: string;
      departmentId: string;
      status: Types.RequirementStatus;
      version: number;
    };
    second: {
      id: string;
      code: string;
      title: string;
      description: string;
      departmentId: string;
      status: Types.RequirementStatus;
      version: number;
    };
  }>;
  requirementMerges: Array<{
    id: string;
    survivorId: string;
    survivorCode: string;
    mergedCodes: Array<string>;
    mergedByName: string | null;
    mergedAt: string;
    undoneAt: string | null;
    undoneByName: string | null;
    movedLinks: number;
    droppedLinks: number;
    version: number;
  }>;
};

export type MergeRequirementsMutationVariables = Exact<{
  input: Types.MergeRequirementsInput;
}>;

export type MergeRequirementsMutation = {
  mergeRequirements: {
    id: string;
    survivorId: string;
    survivorCode: string;
    mergedCodes: Array<string>;
    mergedByName: string | null;
    mergedAt: string;
    undoneAt: string | null;
    undoneByName: string | null;
    movedLinks: number;
    droppedLinks: number;
    version: number;
  };
};

export type UndoRequirementMergeMutationVariables = Exact<{
  id: string;
  version: number;
}>;

export type UndoRequirementMergeMutation = {
  undoRequirementMerge: {
    id: string;
    survivorId: string;
    survivorCode: string;
    mergedCodes: Array<string>;
    mergedByName: string | null;
    mergedAt: string;
    undoneAt: string | null;
    undoneByName: string | null;
    movedLinks: number;
    droppedLinks: number;
    version: number;
  };
};

export const RequirementMergeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequirementMergeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequirementMerge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'undoneAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'undoneByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'movedLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'droppedLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequirementMergeFieldsFragment, unknown>;
export const RequirementDuplicatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RequirementDuplicates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myPermissions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'isLead' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirementDuplicates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'similarity' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'first' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'second' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirementMerges' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequirementMergeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequirementMergeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequirementMerge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'undoneAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'undoneByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'movedLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'droppedLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequirementDuplicatesQuery, RequirementDuplicatesQueryVariables>;
export const MergeRequirementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MergeRequirements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MergeRequirementsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeRequirements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequirementMergeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequirementMergeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequirementMerge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'undoneAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'undoneByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'movedLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'droppedLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MergeRequirementsMutation, MergeRequirementsMutationVariables>;
export const UndoRequirementMergeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UndoRequirementMerge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'undoRequirementMerge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequirementMergeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequirementMergeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequirementMerge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'undoneAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'undoneByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'movedLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'droppedLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UndoRequirementMergeMutation, UndoRequirementMergeMutationVariables>;
