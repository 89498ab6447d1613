/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type VendorClaimFieldsFragment = {
  id: string;
  candidateId: string;
  requirementId: string;
  requirementCode: string;
  requirementTitle: string;
  claim: Types.VendorClaimLevel;
  roadmapDate: string | null;
  comment: string;
  updatedBy: string | null;
  updatedAt: string;
  version: number;
};

export type EvaluationVendorClaimsQueryVariables = Exact<{
  id: string;
}>;

export type EvaluationVendorClaimsQuery = {
  evaluation: {
    id: string;
    title: string;
    myPermissions: { canLead: boolean };
    candidates: Array<{
      id: string;
      productName: string;
      versionName: string;
      vendorName: string;
      state: Types.CandidateState;
      vendorClaims: Array<{
        id: string;
        candidateId: string;
        requirementId: string;
        requirementCode: string;
        requirementTitle: string;
        claim: Types.VendorClaimLevel;
        roadmapDate: string | null;
        comment: string;
        updatedBy: string | null;
        updatedAt: string;
        version: number;
      }>;
    }>;
  };
};

export type VendorClaimDisagreementsQueryVariables = Exact<{
  id: string;
  candidateId: string;
}>;

export type VendorClaimDisagreementsQuery = {
  evaluation: {
    id: string;
    vendorClaimDisagreements: Array<{
      requirementId: string;
      requirementCode: string;
      requirementTitle: string;
      mandatory: boolean;
      claim: Types.VendorClaimLevel;
      comment: string;
      kind: Types.VendorClaimDisagreementKind;
      kinds: Array<Types.VendorClaimDisagreementKind>;
      caseKeys: Array<string>;
      criteriaScoredZero: Array<string>;
    }>;
  };
};

export type SetVendorClaimMutationVariables = Exact<{
  input: Types.SetVendorClaimInput;
}>;

export type SetVendorClaimMutation = {
  setVendorClaim: {
    id: string;
    candidateId: string;
    requirementId: string;
    requirementCode: string;
    requirementTitle: string;
    claim: Types.VendorClaimLevel;
    roadmapDate: string | null;
    comment: string;
    updatedBy: string | null;
    updatedAt: string;
    version: number;
  };
};

export const VendorClaimFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VendorClaimFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VendorClaim' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claim' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roadmapDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VendorClaimFieldsFragment, unknown>;
export const EvaluationVendorClaimsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationVendorClaims' },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'vendorClaims' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VendorClaimFields' } }],
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
      name: { kind: 'Name', value: 'VendorClaimFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VendorClaim' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claim' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roadmapDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationVendorClaimsQuery, EvaluationVendorClaimsQueryVariables>;
export const VendorClaimDisagreementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VendorClaimDisagreements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'candidateId' } },
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
                  name: { kind: 'Name', value: 'vendorClaimDisagreements' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'candidateId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'candidateId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mandatory' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'claim' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kinds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'caseKeys' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'criteriaScoredZero' } },
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
} as unknown as DocumentNode<VendorClaimDisagreementsQuery, VendorClaimDisagreementsQueryVariables>;
export const SetVendorClaimDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetVendorClaim' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetVendorClaimInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setVendorClaim' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VendorClaimFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VendorClaimFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VendorClaim' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirementTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claim' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roadmapDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetVendorClaimMutation, SetVendorClaimMutationVariables>;
