/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from './types.generated';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type MyWorkQueryVariables = Exact<{ [key: string]: never }>;

export type MyWorkQuery = {
  myWork: {
    personId: string;
    roles: Array<Types.EvaluationRole>;
    problemReportsInTriage: number;
    runsToTest: Array<{
      planName: string;
      evaluationId: string | null;
      evaluationTitle: string | null;
      run: {
        id: string;
        productName: string;
        productVersionName: string;
        environment: string;
        progress: { total: number; untested: number };
      };
    }>;
    followUps: { due: number; overdue: number };
    ledEvaluations: Array<{
      next: Types.EvaluationStatus | null;
      problems: Array<string>;
      candidatesWithoutVerdict: Array<string>;
      evaluation: { id: string; title: string; status: Types.EvaluationStatus };
    }>;
    waiversProposed: Array<{
      id: string;
      evaluationId: string;
      evaluationTitle: string;
      candidateName: string;
      requirementCode: string;
      proposedByName: string | null;
      proposedAt: string;
    }>;
    waiversToAgree: Array<{
      id: string;
      evaluationId: string;
      evaluationTitle: string;
      candidateName: string;
      requirementCode: string;
      proposedByName: string | null;
      proposedAt: string;
    }>;
    signOffsMissing: Array<{
      evaluationId: string;
      evaluationTitle: string;
      candidateId: string;
      candidateName: string;
      verdict: Types.AcceptanceVerdict;
      missing: Array<string>;
    }>;
    signOffsForDirector: Array<{
      evaluationId: string;
      evaluationTitle: string;
      candidateId: string;
      candidateName: string;
      verdict: Types.AcceptanceVerdict;
      missing: Array<string>;
    }>;
    defectsInTriage: Array<{ evaluationId: string; evaluationTitle: string; count: number }>;
    openNotices: Array<{
      id: string;
      kind: Types.ProblemNoticeKind;
      title: string;
      productName: string;
      startsOn: string | null;
      endsOn: string | null;
      sentAt: string;
    }>;
    scoringRounds: Array<{
      roundId: string;
      evaluationId: string;
      evaluationTitle: string;
      number: number;
      scored: number;
      expected: number;
    }>;
    requirementsToDecide: Array<{ evaluationId: string; evaluationTitle: string; proposed: number }>;
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
    feedbackSurveysToAnswer: Array<{
      id: string;
      title: string;
      subjectName: string;
      waveLabel: string;
      closesAt: string;
      myResponse: { answers: Array<{ questionId: string }> } | null;
    }>;
  };
};

export type WaitingWaiverFragment = {
  id: string;
  evaluationId: string;
  evaluationTitle: string;
  candidateName: string;
  requirementCode: string;
  proposedByName: string | null;
  proposedAt: string;
};

export type MissingSignOffsFragment = {
  evaluationId: string;
  evaluationTitle: string;
  candidateId: string;
  candidateName: string;
  verdict: Types.AcceptanceVerdict;
  missing: Array<string>;
};

export type RecommendationToReviewFragment = {
  evaluationId: string;
  evaluationTitle: string;
  versionNumber: number;
  candidateName: string | null;
  submittedAt: string;
  submittedByName: string | null;
  approvals: number;
  requiredApprovals: number;
};

export type DecisionTakenFragment = {
  evaluationId: string;
  evaluationTitle: string;
  candidateName: string | null;
  decidedAt: string;
};

export const WaitingWaiverFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WaitingWaiver' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WaitingWaiver' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WaitingWaiverFragment, unknown>;
export const MissingSignOffsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissingSignOffs' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MissingSignOffs' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MissingSignOffsFragment, unknown>;
export const RecommendationToReviewFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationToReview' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationToReview' } },
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
  ],
} as unknown as DocumentNode<RecommendationToReviewFragment, unknown>;
export const DecisionTakenFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionTaken' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionTaken' } },
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
} as unknown as DocumentNode<DecisionTakenFragment, unknown>;
export const MyWorkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyWork' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'runsToTest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'run' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'productVersionName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'progress' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'untested' } },
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
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'due' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ledEvaluations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'evaluation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'next' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'candidatesWithoutVerdict' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'waiversProposed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WaitingWaiver' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'waiversToAgree' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WaitingWaiver' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signOffsMissing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissingSignOffs' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signOffsForDirector' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissingSignOffs' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'defectsInTriage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'problemReportsInTriage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openNotices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoringRounds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'roundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scored' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requirementsToDecide' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendationsToReview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationToReview' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisionsTaken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionTaken' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'feedbackSurveysToAnswer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subjectName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'waveLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'myResponse' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'answers' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'questionId' } }],
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
      name: { kind: 'Name', value: 'WaitingWaiver' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WaitingWaiver' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissingSignOffs' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MissingSignOffs' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationToReview' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationToReview' } },
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionTaken' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionTaken' } },
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
} as unknown as DocumentNode<MyWorkQuery, MyWorkQueryVariables>;
