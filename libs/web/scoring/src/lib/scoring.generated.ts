/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type RubricFieldsFragment = {
  id: string;
  number: number;
  frozenAt: string | null;
  scaleMin: number;
  scaleMax: number;
  version: number;
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

export type ScoreFieldsFragment = {
  id: string;
  evaluatorId: string;
  evaluatorName: string;
  candidateId: string;
  criterionId: string;
  value: number | null;
  comment: string;
  evidenceUrl: string | null;
};

export type RoundFieldsFragment = {
  id: string;
  number: number;
  status: Types.RoundStatus;
  rubricVersionId: string;
  openedAt: string;
  revealedAt: string | null;
  candidateIds: Array<string>;
  version: number;
  scores: Array<{
    id: string;
    evaluatorId: string;
    evaluatorName: string;
    candidateId: string;
    criterionId: string;
    value: number | null;
    comment: string;
    evidenceUrl: string | null;
  }>;
  progress: Array<{ evaluatorId: string; evaluatorName: string; scored: number; expected: number }>;
  consensus: Array<{ candidateId: string; criterionId: string; value: number; note: string }>;
};

export type DeclarationFieldsFragment = {
  id: string;
  evaluatorId: string;
  evaluatorName: string;
  vendorId: string;
  vendorName: string;
  conflict: boolean;
  description: string;
  declaredAt: string;
  excluded: boolean;
  overriddenByName: string | null;
  overrideReason: string | null;
  overriddenAt: string | null;
  version: number;
};

export type ConflictsFieldsFragment = {
  evaluationId: string;
  all: boolean;
  vendors: Array<{ vendorId: string; vendorName: string; candidateIds: Array<string> }>;
  declarations: Array<{
    id: string;
    evaluatorId: string;
    evaluatorName: string;
    vendorId: string;
    vendorName: string;
    conflict: boolean;
    description: string;
    declaredAt: string;
    excluded: boolean;
    overriddenByName: string | null;
    overrideReason: string | null;
    overriddenAt: string | null;
    version: number;
  }>;
};

export type ScoringQueryVariables = Exact<{
  id: string;
}>;

export type ScoringQuery = {
  evaluation: {
    id: string;
    title: string;
    status: Types.EvaluationStatus;
    myRoles: Array<Types.EvaluationRole>;
    myPermissions: { isLead: boolean; canScore: boolean };
    candidates: Array<{
      id: string;
      productName: string;
      versionName: string;
      vendorName: string;
      state: Types.CandidateState;
    }>;
    rubric: {
      id: string;
      number: number;
      frozenAt: string | null;
      scaleMin: number;
      scaleMax: number;
      version: number;
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
    scoringRounds: Array<{
      id: string;
      number: number;
      status: Types.RoundStatus;
      rubricVersionId: string;
      openedAt: string;
      revealedAt: string | null;
      candidateIds: Array<string>;
      version: number;
      scores: Array<{
        id: string;
        evaluatorId: string;
        evaluatorName: string;
        candidateId: string;
        criterionId: string;
        value: number | null;
        comment: string;
        evidenceUrl: string | null;
      }>;
      progress: Array<{ evaluatorId: string; evaluatorName: string; scored: number; expected: number }>;
      consensus: Array<{ candidateId: string; criterionId: string; value: number; note: string }>;
    }>;
  };
  conflictsOfInterest: {
    evaluationId: string;
    all: boolean;
    vendors: Array<{ vendorId: string; vendorName: string; candidateIds: Array<string> }>;
    declarations: Array<{
      id: string;
      evaluatorId: string;
      evaluatorName: string;
      vendorId: string;
      vendorName: string;
      conflict: boolean;
      description: string;
      declaredAt: string;
      excluded: boolean;
      overriddenByName: string | null;
      overrideReason: string | null;
      overriddenAt: string | null;
      version: number;
    }>;
  };
};

export type ScoringRubricVersionQueryVariables = Exact<{
  id: string;
}>;

export type ScoringRubricVersionQuery = {
  rubricVersion: {
    id: string;
    number: number;
    frozenAt: string | null;
    scaleMin: number;
    scaleMax: number;
    version: number;
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

export type SaveScoreMutationVariables = Exact<{
  input: Types.ScoreInput;
}>;

export type SaveScoreMutation = {
  saveScore: {
    id: string;
    evaluatorId: string;
    evaluatorName: string;
    candidateId: string;
    criterionId: string;
    value: number | null;
    comment: string;
    evidenceUrl: string | null;
  };
};

export type OpenScoringRoundMutationVariables = Exact<{
  input: Types.OpenRoundInput;
}>;

export type OpenScoringRoundMutation = { openScoringRound: { id: string } };

export type RevealScoringRoundMutationVariables = Exact<{
  roundId: string;
}>;

export type RevealScoringRoundMutation = { revealScoringRound: { id: string; status: Types.RoundStatus } };

export type CloseScoringRoundMutationVariables = Exact<{
  roundId: string;
}>;

export type CloseScoringRoundMutation = { closeScoringRound: { id: string; status: Types.RoundStatus } };

export type SetConsensusScoreMutationVariables = Exact<{
  input: Types.ConsensusInput;
}>;

export type SetConsensusScoreMutation = {
  setConsensusScore: { candidateId: string; criterionId: string; value: number; note: string };
};

export type DeclareConflictsMutationVariables = Exact<{
  input: Types.DeclareConflictsInput;
}>;

export type DeclareConflictsMutation = {
  declareConflicts: Array<{
    id: string;
    evaluatorId: string;
    evaluatorName: string;
    vendorId: string;
    vendorName: string;
    conflict: boolean;
    description: string;
    declaredAt: string;
    excluded: boolean;
    overriddenByName: string | null;
    overrideReason: string | null;
    overriddenAt: string | null;
    version: number;
  }>;
};

export type OverrideConflictMutationVariables = Exact<{
  input: Types.OverrideConflictInput;
}>;

export type OverrideConflictMutation = {
  overrideConflict: {
    id: string;
    evaluatorId: string;
    evaluatorName: string;
    vendorId: string;
    vendorName: string;
    conflict: boolean;
    description: string;
    declaredAt: string;
    excluded: boolean;
    overriddenByName: string | null;
    overrideReason: string | null;
    overriddenAt: string | null;
    version: number;
  };
};

export const RubricFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
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
  ],
} as unknown as DocumentNode<RubricFieldsFragment, unknown>;
export const ScoreFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Score' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScoreFieldsFragment, unknown>;
export const RoundFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ScoringRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ScoreFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scored' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consensus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Score' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundFieldsFragment, unknown>;
export const DeclarationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConflictDeclaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excluded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overriddenByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overriddenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclarationFieldsFragment, unknown>;
export const ConflictsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConflictsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConflictsOfInterest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'all' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vendors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'vendorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateIds' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declarations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConflictDeclaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excluded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overriddenByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overriddenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConflictsFieldsFragment, unknown>;
export const ScoringDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Scoring' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myPermissions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'isLead' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'canScore' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'versionName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rubric' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoringRounds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoundFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conflictsOfInterest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConflictsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Score' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceUrl' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConflictDeclaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excluded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overriddenByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overriddenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
      name: { kind: 'Name', value: 'RoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ScoringRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ScoreFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scored' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consensus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConflictsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConflictsOfInterest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'all' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vendors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'vendorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateIds' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declarations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScoringQuery, ScoringQueryVariables>;
export const ScoringRubricVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ScoringRubricVersion' },
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
            name: { kind: 'Name', value: 'rubricVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } }],
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
  ],
} as unknown as DocumentNode<ScoringRubricVersionQuery, ScoringRubricVersionQueryVariables>;
export const SaveScoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveScore' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScoreInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveScore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ScoreFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Score' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveScoreMutation, SaveScoreMutationVariables>;
export const OpenScoringRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenScoringRound' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenRoundInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openScoringRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenScoringRoundMutation, OpenScoringRoundMutationVariables>;
export const RevealScoringRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevealScoringRound' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revealScoringRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'roundId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevealScoringRoundMutation, RevealScoringRoundMutationVariables>;
export const CloseScoringRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseScoringRound' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeScoringRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'roundId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseScoringRoundMutation, CloseScoringRoundMutationVariables>;
export const SetConsensusScoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetConsensusScore' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsensusInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setConsensusScore' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetConsensusScoreMutation, SetConsensusScoreMutationVariables>;
export const DeclareConflictsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclareConflicts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeclareConflictsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declareConflicts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConflictDeclaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excluded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overriddenByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overriddenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclareConflictsMutation, DeclareConflictsMutationVariables>;
export const OverrideConflictDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OverrideConflict' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OverrideConflictInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrideConflict' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConflictDeclaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excluded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overriddenByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overriddenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverrideConflictMutation, OverrideConflictMutationVariables>;
