/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptanceCriteriaFieldsFragment = {
  evaluationId: string;
  mandatoryVerified: boolean;
  passRateThreshold: number;
  noOpenCriticalDefects: boolean;
  noOpenMajorDefects: boolean;
  minShouldCoverage: number | null;
  isDefault: boolean;
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
};

export type WaiverFieldsFragment = {
  id: string;
  candidateId: string;
  requirementId: string;
  requirementCode: string;
  rationale: string;
  state: Types.WaiverState;
  proposedById: string | null;
  proposedByName: string | null;
  proposedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  version: number;
};

export type SignOffFieldsFragment = {
  id: string;
  candidateId: string;
  signerId: string;
  signerName: string | null;
  role: Types.SignOffRole;
  departmentName: string | null;
  verdict: Types.AcceptanceVerdict;
  outdated: boolean;
  comment: string;
  signedAt: string;
};

export type CandidateAcceptanceFieldsFragment = {
  id: string;
  productName: string;
  versionName: string;
  vendorName: string;
  state: Types.CandidateState;
  acceptance: {
    verdict: Types.AcceptanceVerdict;
    fingerprint: string;
    reasons: Array<{
      kind: Types.AcceptanceReasonKind;
      effect: Types.AcceptanceReasonEffect;
      message: string;
      requirementIds: Array<string>;
      caseIds: Array<string>;
      defectIds: Array<string>;
      waiverIds: Array<string>;
    }>;
    passRate: { passed: number; failed: number; notRun: number; percent: number | null };
    requirements: Array<{
      requirementId: string;
      code: string;
      title: string;
      state: Types.RequirementVerificationState;
      waiverId: string | null;
      verifiedByTest: boolean;
    }>;
    cases: Array<{ caseId: string; key: string; runId: string; status: Types.TestResultStatus }>;
  };
  waivers: Array<{
    id: string;
    candidateId: string;
    requirementId: string;
    requirementCode: string;
    rationale: string;
    state: Types.WaiverState;
    proposedById: string | null;
    proposedByName: string | null;
    proposedAt: string;
    decidedByName: string | null;
    decidedAt: string | null;
    decisionComment: string | null;
    version: number;
  }>;
  verifications: Array<{
    id: string;
    requirementId: string;
    requirementCode: string;
    outcome: Types.VerificationOutcome;
    note: string;
    recordedByName: string | null;
    recordedAt: string;
    current: boolean;
  }>;
  signOffs: Array<{
    id: string;
    candidateId: string;
    signerId: string;
    signerName: string | null;
    role: Types.SignOffRole;
    departmentName: string | null;
    verdict: Types.AcceptanceVerdict;
    outdated: boolean;
    comment: string;
    signedAt: string;
  }>;
};

export type EvaluationAcceptanceQueryVariables = Exact<{
  id: string;
}>;

export type EvaluationAcceptanceQuery = {
  evaluation: {
    id: string;
    title: string;
    status: Types.EvaluationStatus;
    myRoles: Array<Types.EvaluationRole>;
    myPermissions: { isLead: boolean; canLead: boolean };
    mySignOffRoles: Array<{ role: Types.SignOffRole; departmentName: string | null }>;
    acceptanceCriteria: {
      evaluationId: string;
      mandatoryVerified: boolean;
      passRateThreshold: number;
      noOpenCriticalDefects: boolean;
      noOpenMajorDefects: boolean;
      minShouldCoverage: number | null;
      isDefault: boolean;
      version: number;
      updatedAt: string | null;
      updatedByName: string | null;
    };
    candidates: Array<{
      id: string;
      productName: string;
      versionName: string;
      vendorName: string;
      state: Types.CandidateState;
      acceptance: {
        verdict: Types.AcceptanceVerdict;
        fingerprint: string;
        reasons: Array<{
          kind: Types.AcceptanceReasonKind;
          effect: Types.AcceptanceReasonEffect;
          message: string;
          requirementIds: Array<string>;
          caseIds: Array<string>;
          defectIds: Array<string>;
          waiverIds: Array<string>;
        }>;
        passRate: { passed: number; failed: number; notRun: number; percent: number | null };
        requirements: Array<{
          requirementId: string;
          code: string;
          title: string;
          state: Types.RequirementVerificationState;
          waiverId: string | null;
          verifiedByTest: boolean;
        }>;
        cases: Array<{ caseId: string; key: string; runId: string; status: Types.TestResultStatus }>;
      };
      waivers: Array<{
        id: string;
        candidateId: string;
        requirementId: string;
        requirementCode: string;
        rationale: string;
        state: Types.WaiverState;
        proposedById: string | null;
        proposedByName: string | null;
        proposedAt: string;
        decidedByName: string | null;
        decidedAt: string | null;
        decisionComment: string | null;
        version: number;
      }>;
      verifications: Array<{
        id: string;
        requirementId: string;
        requirementCode: string;
        outcome: Types.VerificationOutcome;
        note: string;
        recordedByName: string | null;
        recordedAt: string;
        current: boolean;
      }>;
      signOffs: Array<{
        id: string;
        candidateId: string;
        signerId: string;
        signerName: string | null;
        role: Types.SignOffRole;
        departmentName: string | null;
        verdict: Types.AcceptanceVerdict;
        outdated: boolean;
        comment: string;
        signedAt: string;
      }>;
    }>;
  };
};

export type SetAcceptanceCriteriaMutationVariables = Exact<{
  input: Types.SetAcceptanceCriteriaInput;
}>;

export type SetAcceptanceCriteriaMutation = {
  setAcceptanceCriteria: {
    evaluationId: string;
    mandatoryVerified: boolean;
    passRateThreshold: number;
    noOpenCriticalDefects: boolean;
    noOpenMajorDefects: boolean;
    minShouldCoverage: number | null;
    isDefault: boolean;
    version: number;
    updatedAt: string | null;
    updatedByName: string | null;
  };
};

export type ProposeWaiverMutationVariables = Exact<{
  input: Types.ProposeWaiverInput;
}>;

export type ProposeWaiverMutation = {
  proposeWaiver: {
    id: string;
    candidateId: string;
    requirementId: string;
    requirementCode: string;
    rationale: string;
    state: Types.WaiverState;
    proposedById: string | null;
    proposedByName: string | null;
    proposedAt: string;
    decidedByName: string | null;
    decidedAt: string | null;
    decisionComment: string | null;
    version: number;
  };
};

export type AgreeToWaiverMutationVariables = Exact<{
  input: Types.WaiverDecisionInput;
}>;

export type AgreeToWaiverMutation = {
  agreeToWaiver: {
    id: string;
    candidateId: string;
    requirementId: string;
    requirementCode: string;
    rationale: string;
    state: Types.WaiverState;
    proposedById: string | null;
    proposedByName: string | null;
    proposedAt: string;
    decidedByName: string | null;
    decidedAt: string | null;
    decisionComment: string | null;
    version: number;
  };
};

export type RejectWaiverMutationVariables = Exact<{
  input: Types.WaiverDecisionInput;
}>;

export type RejectWaiverMutation = {
  rejectWaiver: {
    id: string;
    candidateId: string;
    requirementId: string;
    requirementCode: string;
    rationale: string;
    state: Types.WaiverState;
    proposedById: string | null;
    proposedByName: string | null;
    proposedAt: string;
    decidedByName: string | null;
    decidedAt: string | null;
    decisionComment: string | null;
    version: number;
  };
};

export type WithdrawWaiverMutationVariables = Exact<{
  input: Types.WaiverDecisionInput;
}>;

export type WithdrawWaiverMutation = {
  withdrawWaiver: {
    id: string;
    candidateId: string;
    requirementId: string;
    requirementCode: string;
    rationale: string;
    state: Types.WaiverState;
    proposedById: string | null;
    proposedByName: string | null;
    proposedAt: string;
    decidedByName: string | null;
    decidedAt: string | null;
    decisionComment: string | null;
    version: number;
  };
};

export type RecordVerificationMutationVariables = Exact<{
  input: Types.RecordVerificationInput;
}>;

export type RecordVerificationMutation = { recordVerification: { id: string } };

export type SignAcceptanceMutationVariables = Exact<{
  input: Types.SignAcceptanceInput;
}>;

export type SignAcceptanceMutation = {
  signAcceptance: {
    id: string;
    candidateId: string;
    signerId: string;
    signerName: string | null;
    role: Types.SignOffRole;
    departmentName: string | null;
    verdict: Types.AcceptanceVerdict;
    outdated: boolean;
    comment: string;
    signedAt: string;
  };
};

export type WithdrawSignOffMutationVariables = Exact<{
  input: Types.WithdrawSignOffInput;
}>;

export type WithdrawSignOffMutation = { withdrawSignOff: { id: string } };

export type RequestSignOffsMutationVariables = Exact<{
  input: Types.RequestSignOffsInput;
}>;

export type RequestSignOffsMutation = { requestSignOffs: number };

export const AcceptanceCriteriaFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AcceptanceCriteriaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptanceCriteria' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mandatoryVerified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passRateThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noOpenCriticalDefects' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noOpenMajorDefects' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minShouldCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedByName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptanceCriteriaFieldsFragment, unknown>;
export const WaiverFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WaiverFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Waiver' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WaiverFieldsFragment, unknown>;
export const SignOffFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignOffFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SignOff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outdated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignOffFieldsFragment, unknown>;
export const CandidateAcceptanceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateAcceptanceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Candidate' } },
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
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fingerprint' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'caseIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'defectIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'waiverIds' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'passRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notRun' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'waiverId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verifiedByTest' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waivers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WaiverFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signOffs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignOffFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WaiverFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Waiver' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignOffFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SignOff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outdated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CandidateAcceptanceFieldsFragment, unknown>;
export const EvaluationAcceptanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationAcceptance' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'canLead' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mySignOffRoles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'departmentName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acceptanceCriteria' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AcceptanceCriteriaFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CandidateAcceptanceFields' } },
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
      name: { kind: 'Name', value: 'WaiverFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Waiver' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignOffFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SignOff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outdated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AcceptanceCriteriaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptanceCriteria' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mandatoryVerified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passRateThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noOpenCriticalDefects' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noOpenMajorDefects' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minShouldCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedByName' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateAcceptanceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Candidate' } },
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
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fingerprint' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'caseIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'defectIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'waiverIds' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'passRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notRun' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'waiverId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verifiedByTest' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waivers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WaiverFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signOffs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignOffFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationAcceptanceQuery, EvaluationAcceptanceQueryVariables>;
export const SetAcceptanceCriteriaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAcceptanceCriteria' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetAcceptanceCriteriaInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAcceptanceCriteria' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AcceptanceCriteriaFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AcceptanceCriteriaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptanceCriteria' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mandatoryVerified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passRateThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noOpenCriticalDefects' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noOpenMajorDefects' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minShouldCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedByName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAcceptanceCriteriaMutation, SetAcceptanceCriteriaMutationVariables>;
export const ProposeWaiverDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeWaiver' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeWaiverInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeWaiver' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WaiverFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WaiverFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Waiver' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeWaiverMutation, ProposeWaiverMutationVariables>;
export const AgreeToWaiverDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AgreeToWaiver' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WaiverDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreeToWaiver' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WaiverFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WaiverFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Waiver' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgreeToWaiverMutation, AgreeToWaiverMutationVariables>;
export const RejectWaiverDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectWaiver' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WaiverDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectWaiver' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WaiverFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WaiverFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Waiver' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectWaiverMutation, RejectWaiverMutationVariables>;
export const WithdrawWaiverDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawWaiver' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WaiverDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawWaiver' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WaiverFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WaiverFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Waiver' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawWaiverMutation, WithdrawWaiverMutationVariables>;
export const RecordVerificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordVerification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordVerificationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordVerification' },
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
} as unknown as DocumentNode<RecordVerificationMutation, RecordVerificationMutationVariables>;
export const SignAcceptanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignAcceptance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignAcceptanceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signAcceptance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignOffFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignOffFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SignOff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outdated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignAcceptanceMutation, SignAcceptanceMutationVariables>;
export const WithdrawSignOffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawSignOff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WithdrawSignOffInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawSignOff' },
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
} as unknown as DocumentNode<WithdrawSignOffMutation, WithdrawSignOffMutationVariables>;
export const RequestSignOffsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestSignOffs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSignOffsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestSignOffs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestSignOffsMutation, RequestSignOffsMutationVariables>;
