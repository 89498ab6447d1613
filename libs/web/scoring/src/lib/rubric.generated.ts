/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type RubricComparisonFieldsFragment = {
  parentKey: string;
  matrix: Array<Array<number>>;
  weights: Array<number>;
  consistencyRatio: number;
  consistent: boolean;
  worstComparisons: Array<{ row: number; column: number; judgment: number; implied: number }>;
};

export type RubricEditorFieldsFragment = {
  basedOnNumber: number | null;
  id: string;
  number: number;
  frozenAt: string | null;
  scaleMin: number;
  scaleMax: number;
  version: number;
  comparisons: Array<{
    parentKey: string;
    matrix: Array<Array<number>>;
    weights: Array<number>;
    consistencyRatio: number;
    consistent: boolean;
    worstComparisons: Array<{ row: number; column: number; judgment: number; implied: number }>;
  }>;
  invalidatedScores: Array<{ key: string; title: string; reason: string; scoreCount: number; roundCount: number }>;
  descriptors: Array<{ value: number; label: string }>;
  criteria: Array<{
    id: string;
    parentId: string | null;
    key: string;
    title: string;
    description: string;
    weight: number;
    normalisedWeight: number;
    globalWeight: number;
    position: number;
    requirementIds: Array<string>;
  }>;
};

export type RubricPageQueryVariables = Exact<{
  id: string;
}>;

export type RubricPageQuery = {
  evaluation: {
    id: string;
    title: string;
    status: Types.EvaluationStatus;
    myPermissions: { isLead: boolean };
    rubric: {
      basedOnNumber: number | null;
      id: string;
      number: number;
      frozenAt: string | null;
      scaleMin: number;
      scaleMax: number;
      version: number;
      comparisons: Array<{
        parentKey: string;
        matrix: Array<Array<number>>;
        weights: Array<number>;
        consistencyRatio: number;
        consistent: boolean;
        worstComparisons: Array<{ row: number; column: number; judgment: number; implied: number }>;
      }>;
      invalidatedScores: Array<{ key: string; title: string; reason: string; scoreCount: number; roundCount: number }>;
      descriptors: Array<{ value: number; label: string }>;
      criteria: Array<{
        id: string;
        parentId: string | null;
        key: string;
        title: string;
        description: string;
        weight: number;
        normalisedWeight: number;
        globalWeight: number;
        position: number;
        requirementIds: Array<string>;
      }>;
    } | null;
    scoringRounds: Array<{ id: string; number: number; status: Types.RoundStatus; rubricVersionId: string }>;
  };
};

export type RubricRequirementsQueryVariables = Exact<{
  evaluationId: string;
  page?: Types.PageInput | null | undefined;
}>;

export type RubricRequirementsQuery = {
  requirements: {
    total: number;
    items: Array<{ id: string; code: string; title: string; category: string; status: Types.RequirementStatus }>;
  };
};

export type StartRubricDraftMutationVariables = Exact<{
  evaluationId: string;
}>;

export type StartRubricDraftMutation = {
  draftRubric: {
    basedOnNumber: number | null;
    id: string;
    number: number;
    frozenAt: string | null;
    scaleMin: number;
    scaleMax: number;
    version: number;
    comparisons: Array<{
      parentKey: string;
      matrix: Array<Array<number>>;
      weights: Array<number>;
      consistencyRatio: number;
      consistent: boolean;
      worstComparisons: Array<{ row: number; column: number; judgment: number; implied: number }>;
    }>;
    invalidatedScores: Array<{ key: string; title: string; reason: string; scoreCount: number; roundCount: number }>;
    descriptors: Array<{ value: number; label: string }>;
    criteria: Array<{
      id: string;
      parentId: string | null;
      key: string;
      title: string;
      description: string;
      weight: number;
      normalisedWeight: number;
      globalWeight: number;
      position: number;
      requirementIds: Array<string>;
    }>;
  };
};

export type SaveRubricCriterionMutationVariables = Exact<{
  input: Types.CriterionInput;
}>;

export type SaveRubricCriterionMutation = {
  saveCriterion: {
    basedOnNumber: number | null;
    id: string;
    number: number;
    frozenAt: string | null;
    scaleMin: number;
    scaleMax: number;
    version: number;
    comparisons: Array<{
      parentKey: string;
      matrix: Array<Array<number>>;
      weights: Array<number>;
      consistencyRatio: number;
      consistent: boolean;
      worstComparisons: Array<{ row: number; column: number; judgment: number; implied: number }>;
    }>;
    invalidatedScores: Array<{ key: string; title: string; reason: string; scoreCount: number; roundCount: number }>;
    descriptors: Array<{ value: number; label: string }>;
    criteria: Array<{
      id: string;
      parentId: string | null;
      key: string;
      title: string;
      description: string;
      weight: number;
      normalisedWeight: number;
      globalWeight: number;
      position: number;
      requirementIds: Array<string>;
    }>;
  };
};

export type DeleteRubricCriterionMutationVariables = Exact<{
  criterionId: string;
  rubricVersionId: string;
}>;

export type DeleteRubricCriterionMutation = {
  deleteCriterion: {
    basedOnNumber: number | null;
    id: string;
    number: number;
    frozenAt: string | null;
    scaleMin: number;
    scaleMax: number;
    version: number;
    comparisons: Array<{
      parentKey: string;
      matrix: Array<Array<number>>;
      weights: Array<number>;
      consistencyRatio: number;
      consistent: boolean;
      worstComparisons: Array<{ row: number; column: number; judgment: number; implied: number }>;
    }>;
    invalidatedScores: Array<{ key: string; title: string; reason: string; scoreCount: number; roundCount: number }>;
    descriptors: Array<{ value: number; label: string }>;
    criteria: Array<{
      id: string;
      parentId: string | null;
      key: string;
      title: string;
      description: string;
      weight: number;
      normalisedWeight: number;
      globalWeight: number;
      position: number;
      requirementIds: Array<string>;
    }>;
  };
};

export type GenerateRubricCriteriaMutationVariables = Exact<{
  rubricVersionId: string;
}>;

export type GenerateRubricCriteriaMutation = {
  generateCriteriaFromRequirements: {
    basedOnNumber: number | null;
    id: string;
    number: number;
    frozenAt: string | null;
    scaleMin: number;
    scaleMax: number;
    version: number;
    comparisons: Array<{
      parentKey: string;
      matrix: Array<Array<number>>;
      weights: Array<number>;
      consistencyRatio: number;
      consistent: boolean;
      worstComparisons: Array<{ row: number; column: number; judgment: number; implied: number }>;
    }>;
    invalidatedScores: Array<{ key: string; title: string; reason: string; scoreCount: number; roundCount: number }>;
    descriptors: Array<{ value: number; label: string }>;
    criteria: Array<{
      id: string;
      parentId: string | null;
      key: string;
      title: string;
      description: string;
      weight: number;
      normalisedWeight: number;
      globalWeight: number;
      position: number;
      requirementIds: Array<string>;
    }>;
  };
};

export type SetRubricScaleMutationVariables = Exact<{
  input: Types.RubricScaleInput;
}>;

export type SetRubricScaleMutation = {
  setRubricScale: {
    basedOnNumber: number | null;
    id: string;
    number: number;
    frozenAt: string | null;
    scaleMin: number;
    scaleMax: number;
    version: number;
    comparisons: Array<{
      parentKey: string;
      matrix: Array<Array<number>>;
      weights: Array<number>;
      consistencyRatio: number;
      consistent: boolean;
      worstComparisons: Array<{ row: number; column: number; judgment: number; implied: number }>;
    }>;
    invalidatedScores: Array<{ key: string; title: string; reason: string; scoreCount: number; roundCount: number }>;
    descriptors: Array<{ value: number; label: string }>;
    criteria: Array<{
      id: string;
      parentId: string | null;
      key: string;
      title: string;
      description: string;
      weight: number;
      normalisedWeight: number;
      globalWeight: number;
      position: number;
      requirementIds: Array<string>;
    }>;
  };
};

export type SetPairwiseComparisonMutationVariables = Exact<{
  input: Types.PairwiseInput;
}>;

export type SetPairwiseComparisonMutation = {
  setPairwiseComparison: {
    basedOnNumber: number | null;
    id: string;
    number: number;
    frozenAt: string | null;
    scaleMin: number;
    scaleMax: number;
    version: number;
    comparisons: Array<{
      parentKey: string;
      matrix: Array<Array<number>>;
      weights: Array<number>;
      consistencyRatio: number;
      consistent: boolean;
      worstComparisons: Array<{ row: number; column: number; judgment: number; implied: number }>;
    }>;
    invalidatedScores: Array<{ key: string; title: string; reason: string; scoreCount: number; roundCount: number }>;
    descriptors: Array<{ value: number; label: string }>;
    criteria: Array<{
      id: string;
      parentId: string | null;
      key: string;
      title: string;
      description: string;
      weight: number;
      normalisedWeight: number;
      globalWeight: number;
      position: number;
      requirementIds: Array<string>;
    }>;
  };
};

export const RubricComparisonFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricComparisonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PairwiseResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parentKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matrix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistencyRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'worstComparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'judgment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implied' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RubricComparisonFieldsFragment, unknown>;
export const RubricEditorFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricEditorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricComparisonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invalidatedScores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'descriptors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normalisedWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'globalWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementIds' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricComparisonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PairwiseResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parentKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matrix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistencyRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'worstComparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'judgment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implied' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RubricEditorFieldsFragment, unknown>;
export const RubricPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RubricPage' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myPermissions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'isLead' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rubric' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricEditorFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoringRounds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rubricVersionId' } },
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
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'descriptors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normalisedWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'globalWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementIds' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricComparisonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PairwiseResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parentKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matrix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistencyRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'worstComparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'judgment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implied' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricEditorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricComparisonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invalidatedScores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RubricPageQuery, RubricPageQueryVariables>;
export const RubricRequirementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RubricRequirements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
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
            name: { kind: 'Name', value: 'requirements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<RubricRequirementsQuery, RubricRequirementsQueryVariables>;
export const StartRubricDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartRubricDraft' },
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
            name: { kind: 'Name', value: 'draftRubric' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricEditorFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'descriptors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normalisedWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'globalWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementIds' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricComparisonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PairwiseResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parentKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matrix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistencyRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'worstComparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'judgment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implied' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricEditorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricComparisonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invalidatedScores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartRubricDraftMutation, StartRubricDraftMutationVariables>;
export const SaveRubricCriterionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveRubricCriterion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CriterionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCriterion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricEditorFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'descriptors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normalisedWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'globalWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementIds' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricComparisonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PairwiseResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parentKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matrix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistencyRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'worstComparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'judgment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implied' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricEditorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricComparisonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invalidatedScores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveRubricCriterionMutation, SaveRubricCriterionMutationVariables>;
export const DeleteRubricCriterionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteRubricCriterion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'criterionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rubricVersionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteCriterion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'criterionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'criterionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rubricVersionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rubricVersionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricEditorFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'descriptors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normalisedWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'globalWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementIds' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricComparisonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PairwiseResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parentKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matrix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistencyRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'worstComparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'judgment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implied' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricEditorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricComparisonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invalidatedScores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteRubricCriterionMutation, DeleteRubricCriterionMutationVariables>;
export const GenerateRubricCriteriaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GenerateRubricCriteria' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rubricVersionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'generateCriteriaFromRequirements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rubricVersionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rubricVersionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricEditorFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'descriptors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normalisedWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'globalWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementIds' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricComparisonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PairwiseResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parentKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matrix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistencyRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'worstComparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'judgment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implied' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricEditorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricComparisonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invalidatedScores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GenerateRubricCriteriaMutation, GenerateRubricCriteriaMutationVariables>;
export const SetRubricScaleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetRubricScale' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricScaleInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setRubricScale' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricEditorFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'descriptors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normalisedWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'globalWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementIds' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricComparisonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PairwiseResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parentKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matrix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistencyRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'worstComparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'judgment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implied' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricEditorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricComparisonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invalidatedScores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetRubricScaleMutation, SetRubricScaleMutationVariables>;
export const SetPairwiseComparisonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPairwiseComparison' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PairwiseInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPairwiseComparison' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricEditorFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'descriptors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normalisedWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'globalWeight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementIds' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricComparisonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PairwiseResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parentKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matrix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistencyRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consistent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'worstComparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'judgment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implied' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricEditorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RubricVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comparisons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricComparisonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invalidatedScores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPairwiseComparisonMutation, SetPairwiseComparisonMutationVariables>;
