/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ResultsEvaluationQueryVariables = Exact<{
  id: string;
}>;

export type ResultsEvaluationQuery = {
  evaluation: {
    id: string;
    title: string;
    status: Types.EvaluationStatus;
    currency: string;
    costYears: number;
    myPermissions: { isLead: boolean };
    candidates: Array<{
      id: string;
      productName: string;
      versionName: string;
      vendorName: string;
      state: Types.CandidateState;
      tco: { total: number; oneTime: number; yearly: number; training: number };
    }>;
    scoringRounds: Array<{
      id: string;
      number: number;
      status: Types.RoundStatus;
      rubricVersionId: string;
      revealedAt: string | null;
    }>;
  };
};

export type RoundResultsQueryVariables = Exact<{
  roundId: string;
  rubricVersionId: string;
}>;

export type RoundResultsQuery = {
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
  scoringRound: {
    id: string;
    number: number;
    status: Types.RoundStatus;
    candidateIds: Array<string>;
    revealedAt: string | null;
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
    consensus: Array<{ candidateId: string; criterionId: string; value: number; note: string }>;
    ranking: {
      roundId: string;
      winnerId: string | null;
      consensusCount: number;
      leaderChangedByConsensus: boolean;
      candidates: Array<{
        candidateId: string;
        name: string;
        rank: number | null;
        score: number | null;
        scoredWeight: number;
        scoredCount: number;
        criterionCount: number;
        knockedOut: boolean;
        knockouts: Array<{ requirement: string; criterionId: string; value: number }>;
        byEvaluator: Array<{ evaluatorId: string; evaluatorName: string; score: number | null; scoredWeight: number }>;
      }>;
      tiePoints: Array<{ criterionId: string; weight: number; tieWeight: number; change: number; rawChange: number }>;
      stability: Array<{ change: number; stable: boolean }>;
      withoutConsensus: {
        winnerId: string | null;
        candidates: Array<{ candidateId: string; rank: number | null; score: number | null; knockedOut: boolean }>;
      };
      decisiveConsensus: Array<{ candidateId: string; criterionId: string }>;
      costs: Array<{ candidateId: string; total: number; scorePerTenThousand: number | null }>;
      byMemberLibrary: Array<{
        memberLibraryId: string;
        code: string;
        name: string;
        winnerId: string | null;
        winnerDiffers: boolean;
        reweightedCount: number;
        fallback: boolean;
        candidates: Array<{ candidateId: string; rank: number | null; score: number | null; knockedOut: boolean }>;
      }>;
      setAside: Array<{
        evaluatorId: string;
        evaluatorName: string;
        candidateId: string;
        vendorName: string;
        reason: string;
        scoreCount: number;
      }>;
      agreement: {
        alpha: number | null;
        kendallW: number | null;
        kendallP: number | null;
        lowAgreement: Array<{ criterionId: string; alpha: number }>;
      };
    };
  };
};

export const ResultsEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ResultsEvaluation' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'costYears' } },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tco' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'oneTime' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'yearly' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'training' } },
                          ],
                        },
                      },
                    ],
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
                      { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
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
} as unknown as DocumentNode<ResultsEvaluationQuery, ResultsEvaluationQueryVariables>;
export const RoundResultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RoundResults' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
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
            name: { kind: 'Name', value: 'rubricVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rubricVersionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RubricFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scoringRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateIds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ranking' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'roundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'winnerId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'candidates' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'scoredWeight' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'scoredCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'criterionCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'knockedOut' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'knockouts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'byEvaluator' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'scoredWeight' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tiePoints' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tieWeight' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rawChange' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stability' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'stable' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'withoutConsensus' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'winnerId' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'candidates' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'knockedOut' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'consensusCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leaderChangedByConsensus' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decisiveConsensus' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'costs' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'scorePerTenThousand' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byMemberLibrary' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'memberLibraryId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'winnerId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'winnerDiffers' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reweightedCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fallback' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'candidates' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'knockedOut' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'setAside' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'evaluatorId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'scoreCount' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agreement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'alpha' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kendallW' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kendallP' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lowAgreement' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'alpha' } },
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
} as unknown as DocumentNode<RoundResultsQuery, RoundResultsQueryVariables>;
