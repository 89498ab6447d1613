/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type RecommendationVersionFieldsFragment = {
  id: string;
  number: number;
  state: Types.RecommendationState;
  submittedAt: string;
  submittedByName: string | null;
  snapshotJson: string;
  approvals: number;
  reportPdfUrl: string;
  reviews: Array<{
    id: string;
    versionId: string;
    directorId: string;
    directorName: string;
    outcome: Types.ReviewOutcome;
    comment: string;
    evidencePath: string | null;
    createdAt: string;
  }>;
};

export type RecommendationFieldsFragment = {
  id: string;
  evaluationId: string;
  state: Types.RecommendationState;
  requiredApprovals: number;
  version: number;
  candidateId: string | null;
  candidateName: string | null;
  noneReason: string;
  rationale: string;
  conditions: string;
  costNotes: string;
  updatedAt: string;
  updatedByName: string | null;
  canEdit: boolean;
  canSubmit: boolean;
  canWithdraw: boolean;
  canReview: boolean;
  risks: Array<{ id: string; risk: string; mitigation: string }>;
  currentVersion: { id: string; number: number } | null;
  versions: Array<{
    id: string;
    number: number;
    state: Types.RecommendationState;
    submittedAt: string;
    submittedByName: string | null;
    snapshotJson: string;
    approvals: number;
    reportPdfUrl: string;
    reviews: Array<{
      id: string;
      versionId: string;
      directorId: string;
      directorName: string;
      outcome: Types.ReviewOutcome;
      comment: string;
      evidencePath: string | null;
      createdAt: string;
    }>;
  }>;
};

export type DecisionFieldsFragment = {
  id: string;
  evaluationId: string;
  recommendationVersionId: string;
  candidateId: string | null;
  candidateName: string | null;
  decidedAt: string;
  snapshotJson: string;
  reportPdfUrl: string;
  reportXlsxUrl: string;
  approvals: Array<{ directorId: string; directorName: string; approvedAt: string; comment: string }>;
};

export type EvaluationRecommendationQueryVariables = Exact<{
  id: string;
}>;

export type EvaluationRecommendationQuery = {
  evaluation: {
    id: string;
    title: string;
    status: Types.EvaluationStatus;
    myRoles: Array<Types.EvaluationRole>;
    myPermissions: { canLead: boolean };
    candidates: Array<{
      id: string;
      productName: string;
      versionName: string;
      vendorName: string;
      state: Types.CandidateState;
    }>;
    recommendation: {
      id: string;
      evaluationId: string;
      state: Types.RecommendationState;
      requiredApprovals: number;
      version: number;
      candidateId: string | null;
      candidateName: string | null;
      noneReason: string;
      rationale: string;
      conditions: string;
      costNotes: string;
      updatedAt: string;
      updatedByName: string | null;
      canEdit: boolean;
      canSubmit: boolean;
      canWithdraw: boolean;
      canReview: boolean;
      risks: Array<{ id: string; risk: string; mitigation: string }>;
      currentVersion: { id: string; number: number } | null;
      versions: Array<{
        id: string;
        number: number;
        state: Types.RecommendationState;
        submittedAt: string;
        submittedByName: string | null;
        snapshotJson: string;
        approvals: number;
        reportPdfUrl: string;
        reviews: Array<{
          id: string;
          versionId: string;
          directorId: string;
          directorName: string;
          outcome: Types.ReviewOutcome;
          comment: string;
          evidencePath: string | null;
          createdAt: string;
        }>;
      }>;
    } | null;
    decision: {
      id: string;
      evaluationId: string;
      recommendationVersionId: string;
      candidateId: string | null;
      candidateName: string | null;
      decidedAt: string;
      snapshotJson: string;
      reportPdfUrl: string;
      reportXlsxUrl: string;
      approvals: Array<{ directorId: string; directorName: string; approvedAt: string; comment: string }>;
    } | null;
  };
};

export type RecommendationLiveEvidenceQueryVariables = Exact<{
  id: string;
}>;

export type RecommendationLiveEvidenceQuery = {
  evaluation: { id: string; recommendation: { id: string; evidenceJson: string } | null };
};

export type SaveRecommendationMutationVariables = Exact<{
  input: Types.SaveRecommendationInput;
}>;

export type SaveRecommendationMutation = {
  saveRecommendation: {
    id: string;
    evaluationId: string;
    state: Types.RecommendationState;
    requiredApprovals: number;
    version: number;
    candidateId: string | null;
    candidateName: string | null;
    noneReason: string;
    rationale: string;
    conditions: string;
    costNotes: string;
    updatedAt: string;
    updatedByName: string | null;
    canEdit: boolean;
    canSubmit: boolean;
    canWithdraw: boolean;
    canReview: boolean;
    risks: Array<{ id: string; risk: string; mitigation: string }>;
    currentVersion: { id: string; number: number } | null;
    versions: Array<{
      id: string;
      number: number;
      state: Types.RecommendationState;
      submittedAt: string;
      submittedByName: string | null;
      snapshotJson: string;
      approvals: number;
      reportPdfUrl: string;
      reviews: Array<{
        id: string;
        versionId: string;
        directorId: string;
        directorName: string;
        outcome: Types.ReviewOutcome;
        comment: string;
        evidencePath: string | null;
        createdAt: string;
      }>;
    }>;
  };
};

export type SetRequiredApprovalsMutationVariables = Exact<{
  evaluationId: string;
  requiredApprovals: number;
  version: number;
}>;

export type SetRequiredApprovalsMutation = {
  setRequiredApprovals: {
    id: string;
    evaluationId: string;
    state: Types.RecommendationState;
    requiredApprovals: number;
    version: number;
    candidateId: string | null;
    candidateName: string | null;
    noneReason: string;
    rationale: string;
    conditions: string;
    costNotes: string;
    updatedAt: string;
    updatedByName: string | null;
    canEdit: boolean;
    canSubmit: boolean;
    canWithdraw: boolean;
    canReview: boolean;
    risks: Array<{ id: string; risk: string; mitigation: string }>;
    currentVersion: { id: string; number: number } | null;
    versions: Array<{
      id: string;
      number: number;
      state: Types.RecommendationState;
      submittedAt: string;
      submittedByName: string | null;
      snapshotJson: string;
      approvals: number;
      reportPdfUrl: string;
      reviews: Array<{
        id: string;
        versionId: string;
        directorId: string;
        directorName: string;
        outcome: Types.ReviewOutcome;
        comment: string;
        evidencePath: string | null;
        createdAt: string;
      }>;
    }>;
  };
};

export type SubmitRecommendationMutationVariables = Exact<{
  evaluationId: string;
  version: number;
}>;

export type SubmitRecommendationMutation = {
  submitRecommendation: {
    id: string;
    evaluationId: string;
    state: Types.RecommendationState;
    requiredApprovals: number;
    version: number;
    candidateId: string | null;
    candidateName: string | null;
    noneReason: string;
    rationale: string;
    conditions: string;
    costNotes: string;
    updatedAt: string;
    updatedByName: string | null;
    canEdit: boolean;
    canSubmit: boolean;
    canWithdraw: boolean;
    canReview: boolean;
    risks: Array<{ id: string; risk: string; mitigation: string }>;
    currentVersion: { id: string; number: number } | null;
    versions: Array<{
      id: string;
      number: number;
      state: Types.RecommendationState;
      submittedAt: string;
      submittedByName: string | null;
      snapshotJson: string;
      approvals: number;
      reportPdfUrl: string;
      reviews: Array<{
        id: string;
        versionId: string;
        directorId: string;
        directorName: string;
        outcome: Types.ReviewOutcome;
        comment: string;
        evidencePath: string | null;
        createdAt: string;
      }>;
    }>;
  };
};

export type WithdrawRecommendationMutationVariables = Exact<{
  evaluationId: string;
  version: number;
}>;

export type WithdrawRecommendationMutation = {
  withdrawRecommendation: {
    id: string;
    evaluationId: string;
    state: Types.RecommendationState;
    requiredApprovals: number;
    version: number;
    candidateId: string | null;
    candidateName: string | null;
    noneReason: string;
    rationale: string;
    conditions: string;
    costNotes: string;
    updatedAt: string;
    updatedByName: string | null;
    canEdit: boolean;
    canSubmit: boolean;
    canWithdraw: boolean;
    canReview: boolean;
    risks: Array<{ id: string; risk: string; mitigation: string }>;
    currentVersion: { id: string; number: number } | null;
    versions: Array<{
      id: string;
      number: number;
      state: Types.RecommendationState;
      submittedAt: string;
      submittedByName: string | null;
      snapshotJson: string;
      approvals: number;
      reportPdfUrl: string;
      reviews: Array<{
        id: string;
        versionId: string;
        directorId: string;
        directorName: string;
        outcome: Types.ReviewOutcome;
        comment: string;
        evidencePath: string | null;
        createdAt: string;
      }>;
    }>;
  };
};

export type ReviewRecommendationMutationVariables = Exact<{
  input: Types.ReviewRecommendationInput;
}>;

export type ReviewRecommendationMutation = {
  reviewRecommendation: {
    id: string;
    evaluationId: string;
    state: Types.RecommendationState;
    requiredApprovals: number;
    version: number;
    candidateId: string | null;
    candidateName: string | null;
    noneReason: string;
    rationale: string;
    conditions: string;
    costNotes: string;
    updatedAt: string;
    updatedByName: string | null;
    canEdit: boolean;
    canSubmit: boolean;
    canWithdraw: boolean;
    canReview: boolean;
    risks: Array<{ id: string; risk: string; mitigation: string }>;
    currentVersion: { id: string; number: number } | null;
    versions: Array<{
      id: string;
      number: number;
      state: Types.RecommendationState;
      submittedAt: string;
      submittedByName: string | null;
      snapshotJson: string;
      approvals: number;
      reportPdfUrl: string;
      reviews: Array<{
        id: string;
        versionId: string;
        directorId: string;
        directorName: string;
        outcome: Types.ReviewOutcome;
        comment: string;
        evidencePath: string | null;
        createdAt: string;
      }>;
    }>;
  };
};

export const RecommendationVersionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'snapshotJson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidencePath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationVersionFieldsFragment, unknown>;
export const RecommendationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredApprovals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noneReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationVersionFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'snapshotJson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidencePath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendationVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'directorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'snapshotJson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportXlsxUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionFieldsFragment, unknown>;
export const EvaluationRecommendationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationRecommendation' },
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
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'canLead' } }],
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
                  name: { kind: 'Name', value: 'recommendation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decision' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionFields' } }],
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
      name: { kind: 'Name', value: 'RecommendationVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'snapshotJson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidencePath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredApprovals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noneReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationVersionFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendationVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'directorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'snapshotJson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportXlsxUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationRecommendationQuery, EvaluationRecommendationQueryVariables>;
export const RecommendationLiveEvidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecommendationLiveEvidence' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceJson' } },
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
} as unknown as DocumentNode<RecommendationLiveEvidenceQuery, RecommendationLiveEvidenceQueryVariables>;
export const SaveRecommendationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveRecommendation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveRecommendationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveRecommendation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'snapshotJson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidencePath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredApprovals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noneReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationVersionFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveRecommendationMutation, SaveRecommendationMutationVariables>;
export const SetRequiredApprovalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetRequiredApprovals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requiredApprovals' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
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
            name: { kind: 'Name', value: 'setRequiredApprovals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'requiredApprovals' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'requiredApprovals' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'snapshotJson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidencePath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredApprovals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noneReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationVersionFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetRequiredApprovalsMutation, SetRequiredApprovalsMutationVariables>;
export const SubmitRecommendationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitRecommendation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
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
            name: { kind: 'Name', value: 'submitRecommendation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'snapshotJson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidencePath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredApprovals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noneReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationVersionFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitRecommendationMutation, SubmitRecommendationMutationVariables>;
export const WithdrawRecommendationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawRecommendation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
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
            name: { kind: 'Name', value: 'withdrawRecommendation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'snapshotJson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidencePath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredApprovals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noneReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationVersionFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawRecommendationMutation, WithdrawRecommendationMutationVariables>;
export const ReviewRecommendationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewRecommendation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewRecommendationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewRecommendation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'snapshotJson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'directorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidencePath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredApprovals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noneReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mitigation' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationVersionFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewRecommendationMutation, ReviewRecommendationMutationVariables>;
