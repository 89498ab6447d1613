/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type LibraryPrioritiesFieldsFragment = {
  evaluationId: string;
  rule: Types.ConsortiumPriorityRule;
  canMark: boolean;
  canManage: boolean;
  myLibrary: { id: string; code: string; name: string } | null;
  libraries: Array<{ id: string; code: string; name: string }>;
  requirements: Array<{
    requirementId: string;
    code: string;
    title: string;
    priority: Types.Priority;
    status: Types.RequirementStatus;
    version: number;
    myMark: Types.LibraryPriority | null;
    mustCount: number;
    shouldCount: number;
    couldCount: number;
    notNeededCount: number;
    derived: Types.LibraryPriority | null;
    tied: boolean;
    disagreements: Array<{ memberLibraryId: string; priority: Types.LibraryPriority }>;
  }>;
};

export type LibraryPrioritiesQueryVariables = Exact<{
  evaluationId: string;
}>;

export type LibraryPrioritiesQuery = {
  evaluation: { id: string; title: string };
  libraryPriorities: {
    evaluationId: string;
    rule: Types.ConsortiumPriorityRule;
    canMark: boolean;
    canManage: boolean;
    myLibrary: { id: string; code: string; name: string } | null;
    libraries: Array<{ id: string; code: string; name: string }>;
    requirements: Array<{
      requirementId: string;
      code: string;
      title: string;
      priority: Types.Priority;
      status: Types.RequirementStatus;
      version: number;
      myMark: Types.LibraryPriority | null;
      mustCount: number;
      shouldCount: number;
      couldCount: number;
      notNeededCount: number;
      derived: Types.LibraryPriority | null;
      tied: boolean;
      disagreements: Array<{ memberLibraryId: string; priority: Types.LibraryPriority }>;
    }>;
  };
};

export type MarkLibraryPrioritiesMutationVariables = Exact<{
  input: Types.MarkLibraryPrioritiesInput;
}>;

export type MarkLibraryPrioritiesMutation = {
  markLibraryPriorities: {
    evaluationId: string;
    rule: Types.ConsortiumPriorityRule;
    canMark: boolean;
    canManage: boolean;
    myLibrary: { id: string; code: string; name: string } | null;
    libraries: Array<{ id: string; code: string; name: string }>;
    requirements: Array<{
      requirementId: string;
      code: string;
      title: string;
      priority: Types.Priority;
      status: Types.RequirementStatus;
      version: number;
      myMark: Types.LibraryPriority | null;
      mustCount: number;
      shouldCount: number;
      couldCount: number;
      notNeededCount: number;
      derived: Types.LibraryPriority | null;
      tied: boolean;
      disagreements: Array<{ memberLibraryId: string; priority: Types.LibraryPriority }>;
    }>;
  };
};

export type SetConsortiumPriorityRuleMutationVariables = Exact<{
  input: Types.SetConsortiumPriorityRuleInput;
}>;

export type SetConsortiumPriorityRuleMutation = {
  setConsortiumPriorityRule: {
    evaluationId: string;
    rule: Types.ConsortiumPriorityRule;
    canMark: boolean;
    canManage: boolean;
    myLibrary: { id: string; code: string; name: string } | null;
    libraries: Array<{ id: string; code: string; name: string }>;
    requirements: Array<{
      requirementId: string;
      code: string;
      title: string;
      priority: Types.Priority;
      status: Types.RequirementStatus;
      version: number;
      myMark: Types.LibraryPriority | null;
      mustCount: number;
      shouldCount: number;
      couldCount: number;
      notNeededCount: number;
      derived: Types.LibraryPriority | null;
      tied: boolean;
      disagreements: Array<{ memberLibraryId: string; priority: Types.LibraryPriority }>;
    }>;
  };
};

export type ApplyLibraryPrioritiesMutationVariables = Exact<{
  input: Types.ApplyLibraryPrioritiesInput;
}>;

export type ApplyLibraryPrioritiesMutation = {
  applyLibraryPriorities: Array<{ id: string; priority: Types.Priority; version: number }>;
};

export const LibraryPrioritiesFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LibraryPrioritiesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LibraryPriorities' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canMark' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myLibrary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'libraries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myMark' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mustCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shouldCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'couldCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notNeededCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'disagreements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberLibraryId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
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
} as unknown as DocumentNode<LibraryPrioritiesFieldsFragment, unknown>;
export const LibraryPrioritiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LibraryPriorities' },
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
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'libraryPriorities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LibraryPrioritiesFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LibraryPrioritiesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LibraryPriorities' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canMark' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myLibrary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'libraries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myMark' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mustCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shouldCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'couldCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notNeededCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'disagreements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberLibraryId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
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
} as unknown as DocumentNode<LibraryPrioritiesQuery, LibraryPrioritiesQueryVariables>;
export const MarkLibraryPrioritiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkLibraryPriorities' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MarkLibraryPrioritiesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markLibraryPriorities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LibraryPrioritiesFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LibraryPrioritiesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LibraryPriorities' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canMark' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myLibrary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'libraries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myMark' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mustCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shouldCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'couldCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notNeededCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'disagreements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberLibraryId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
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
} as unknown as DocumentNode<MarkLibraryPrioritiesMutation, MarkLibraryPrioritiesMutationVariables>;
export const SetConsortiumPriorityRuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetConsortiumPriorityRule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetConsortiumPriorityRuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setConsortiumPriorityRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LibraryPrioritiesFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LibraryPrioritiesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LibraryPriorities' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canMark' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myLibrary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'libraries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myMark' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mustCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shouldCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'couldCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notNeededCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'disagreements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberLibraryId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
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
} as unknown as DocumentNode<SetConsortiumPriorityRuleMutation, SetConsortiumPriorityRuleMutationVariables>;
export const ApplyLibraryPrioritiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyLibraryPriorities' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplyLibraryPrioritiesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyLibraryPriorities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyLibraryPrioritiesMutation, ApplyLibraryPrioritiesMutationVariables>;
