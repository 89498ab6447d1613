/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type EvaluationSummaryFragment = {
  id: string;
  title: string;
  kind: Types.EvaluationKind;
  status: Types.EvaluationStatus;
  purpose: string;
  myRoles: Array<Types.EvaluationRole>;
  isDemo: boolean;
  updatedAt: string;
  version: number;
  myPermissions: {
    isLead: boolean;
    isDepartmentHead: boolean;
    canLead: boolean;
    canScore: boolean;
    canEditRequirements: boolean;
    canDecideRequirements: boolean;
  };
};

export type EvaluationDetailFragment = {
  budget: string | null;
  currency: string;
  startsOn: string | null;
  endsOn: string | null;
  cancelledReason: string | null;
  createdAt: string;
  id: string;
  title: string;
  kind: Types.EvaluationKind;
  status: Types.EvaluationStatus;
  purpose: string;
  myRoles: Array<Types.EvaluationRole>;
  isDemo: boolean;
  updatedAt: string;
  version: number;
  statusCheck: { next: Types.EvaluationStatus | null; problems: Array<string> };
  myPermissions: {
    isLead: boolean;
    isDepartmentHead: boolean;
    canLead: boolean;
    canScore: boolean;
    canEditRequirements: boolean;
    canDecideRequirements: boolean;
  };
};

export type EvaluationMemberFieldsFragment = {
  userId: string;
  displayName: string;
  email: string;
  roles: Array<Types.EvaluationRole>;
};

export type CandidateFieldsFragment = {
  id: string;
  evaluationId: string;
  productVersionId: string;
  productName: string;
  versionName: string;
  vendorName: string;
  state: Types.CandidateState;
  eliminatedReason: string | null;
  eliminatedAt: string | null;
  version: number;
};

export type CostItemFieldsFragment = {
  id: string;
  candidateId: string;
  kind: Types.CostKind;
  label: string;
  amount: number;
  notes: string;
  version: number;
};

export type TrainingNeedFieldsFragment = {
  id: string;
  evaluationId: string;
  candidateId: string;
  departmentId: string;
  topic: string;
  people: number;
  hoursPerPerson: number;
  notes: string;
  version: number;
};

export type EvaluationsQueryVariables = Exact<{
  filter?: Types.EvaluationFilter | null | undefined;
  page?: Types.PageInput | null | undefined;
}>;

export type EvaluationsQuery = {
  canEditCatalogue: boolean;
  evaluations: {
    total: number;
    items: Array<{
      id: string;
      title: string;
      kind: Types.EvaluationKind;
      status: Types.EvaluationStatus;
      purpose: string;
      myRoles: Array<Types.EvaluationRole>;
      isDemo: boolean;
      updatedAt: string;
      version: number;
      myPermissions: {
        isLead: boolean;
        isDepartmentHead: boolean;
        canLead: boolean;
        canScore: boolean;
        canEditRequirements: boolean;
        canDecideRequirements: boolean;
      };
    }>;
  };
};

export type EvaluationQueryVariables = Exact<{
  id: string;
}>;

export type EvaluationQuery = {
  departments: Array<{ id: string; name: string; code: string }>;
  evaluation: {
    costYears: number;
    trainingHourlyRate: number;
    budget: string | null;
    currency: string;
    startsOn: string | null;
    endsOn: string | null;
    cancelledReason: string | null;
    createdAt: string;
    id: string;
    title: string;
    kind: Types.EvaluationKind;
    status: Types.EvaluationStatus;
    purpose: string;
    myRoles: Array<Types.EvaluationRole>;
    isDemo: boolean;
    updatedAt: string;
    version: number;
    members: Array<{ userId: string; displayName: string; email: string; roles: Array<Types.EvaluationRole> }>;
    candidates: Array<{
      id: string;
      evaluationId: string;
      productVersionId: string;
      productName: string;
      versionName: string;
      vendorName: string;
      state: Types.CandidateState;
      eliminatedReason: string | null;
      eliminatedAt: string | null;
      version: number;
      costItems: Array<{
        id: string;
        candidateId: string;
        kind: Types.CostKind;
        label: string;
        amount: number;
        notes: string;
        version: number;
      }>;
      tco: { years: number; oneTime: number; yearly: number; training: number; recurring: number; total: number };
    }>;
    requirementCounts: Array<{
      departmentId: string;
      priority: Types.Priority;
      status: Types.RequirementStatus;
      count: number;
    }>;
    trainingNeeds: Array<{
      id: string;
      evaluationId: string;
      candidateId: string;
      departmentId: string;
      topic: string;
      people: number;
      hoursPerPerson: number;
      notes: string;
      version: number;
    }>;
    trainingSummary: Array<{ candidateId: string; needs: number; people: number; totalHours: number }>;
    statusCheck: { next: Types.EvaluationStatus | null; problems: Array<string> };
    myPermissions: {
      isLead: boolean;
      isDepartmentHead: boolean;
      canLead: boolean;
      canScore: boolean;
      canEditRequirements: boolean;
      canDecideRequirements: boolean;
    };
  };
};

export type PeopleToAddQueryVariables = Exact<{
  evaluationId: string;
  search: string;
}>;

export type PeopleToAddQuery = {
  peopleToAdd: Array<{
    id: string;
    displayName: string;
    email: string;
    departmentName: string | null;
    libraryName: string | null;
    roles: Array<Types.EvaluationRole>;
  }>;
};

export type ProductsToShortlistQueryVariables = Exact<{
  filter?: Types.ProductFilter | null | undefined;
  page?: Types.PageInput | null | undefined;
}>;

export type ProductsToShortlistQuery = {
  products: {
    total: number;
    items: Array<{ id: string; name: string; category: Types.ProductCategory; vendor: { id: string; name: string } }>;
  };
};

export type ProductVersionsToShortlistQueryVariables = Exact<{
  id: string;
}>;

export type ProductVersionsToShortlistQuery = {
  product: { id: string; name: string; versions: Array<{ id: string; name: string; releaseDate: string | null }> };
};

export type CreateEvaluationMutationVariables = Exact<{
  input: Types.CreateEvaluationInput;
}>;

export type CreateEvaluationMutation = {
  createEvaluation: {
    budget: string | null;
    currency: string;
    startsOn: string | null;
    endsOn: string | null;
    cancelledReason: string | null;
    createdAt: string;
    id: string;
    title: string;
    kind: Types.EvaluationKind;
    status: Types.EvaluationStatus;
    purpose: string;
    myRoles: Array<Types.EvaluationRole>;
    isDemo: boolean;
    updatedAt: string;
    version: number;
    statusCheck: { next: Types.EvaluationStatus | null; problems: Array<string> };
    myPermissions: {
      isLead: boolean;
      isDepartmentHead: boolean;
      canLead: boolean;
      canScore: boolean;
      canEditRequirements: boolean;
      canDecideRequirements: boolean;
    };
  };
};

export type UpdateEvaluationMutationVariables = Exact<{
  input: Types.UpdateEvaluationInput;
}>;

export type UpdateEvaluationMutation = {
  updateEvaluation: {
    budget: string | null;
    currency: string;
    startsOn: string | null;
    endsOn: string | null;
    cancelledReason: string | null;
    createdAt: string;
    id: string;
    title: string;
    kind: Types.EvaluationKind;
    status: Types.EvaluationStatus;
    purpose: string;
    myRoles: Array<Types.EvaluationRole>;
    isDemo: boolean;
    updatedAt: string;
    version: number;
    statusCheck: { next: Types.EvaluationStatus | null; problems: Array<string> };
    myPermissions: {
      isLead: boolean;
      isDepartmentHead: boolean;
      canLead: boolean;
      canScore: boolean;
      canEditRequirements: boolean;
      canDecideRequirements: boolean;
    };
  };
};

export type MoveEvaluationMutationVariables = Exact<{
  input: Types.MoveEvaluationInput;
}>;

export type MoveEvaluationMutation = {
  moveEvaluation: {
    budget: string | null;
    currency: string;
    startsOn: string | null;
    endsOn: string | null;
    cancelledReason: string | null;
    createdAt: string;
    id: string;
    title: string;
    kind: Types.EvaluationKind;
    status: Types.EvaluationStatus;
    purpose: string;
    myRoles: Array<Types.EvaluationRole>;
    isDemo: boolean;
    updatedAt: string;
    version: number;
    statusCheck: { next: Types.EvaluationStatus | null; problems: Array<string> };
    myPermissions: {
      isLead: boolean;
      isDepartmentHead: boolean;
      canLead: boolean;
      canScore: boolean;
      canEditRequirements: boolean;
      canDecideRequirements: boolean;
    };
  };
};

export type AddEvaluationMemberMutationVariables = Exact<{
  input: Types.MemberInput;
}>;

export type AddEvaluationMemberMutation = {
  addEvaluationMember: Array<{
    userId: string;
    displayName: string;
    email: string;
    roles: Array<Types.EvaluationRole>;
  }>;
};

export type RemoveEvaluationMemberMutationVariables = Exact<{
  input: Types.MemberInput;
}>;

export type RemoveEvaluationMemberMutation = {
  removeEvaluationMember: Array<{
    userId: string;
    displayName: string;
    email: string;
    roles: Array<Types.EvaluationRole>;
  }>;
};

export type ShortlistCandidateMutationVariables = Exact<{
  input: Types.ShortlistInput;
}>;

export type ShortlistCandidateMutation = {
  shortlistCandidate: {
    id: string;
    evaluationId: string;
    productVersionId: string;
    productName: string;
    versionName: string;
    vendorName: string;
    state: Types.CandidateState;
    eliminatedReason: string | null;
    eliminatedAt: string | null;
    version: number;
  };
};

export type SetCandidateStateMutationVariables = Exact<{
  input: Types.CandidateStateInput;
}>;

export type SetCandidateStateMutation = {
  setCandidateState: {
    id: string;
    evaluationId: string;
    productVersionId: string;
    productName: string;
    versionName: string;
    vendorName: string;
    state: Types.CandidateState;
    eliminatedReason: string | null;
    eliminatedAt: string | null;
    version: number;
  };
};

export type SaveTrainingNeedMutationVariables = Exact<{
  evaluationId: string;
  input: Types.TrainingNeedInput;
}>;

export type SaveTrainingNeedMutation = {
  saveTrainingNeed: {
    id: string;
    evaluationId: string;
    candidateId: string;
    departmentId: string;
    topic: string;
    people: number;
    hoursPerPerson: number;
    notes: string;
    version: number;
  };
};

export type SaveCostItemMutationVariables = Exact<{
  input: Types.CostItemInput;
}>;

export type SaveCostItemMutation = {
  saveCostItem: {
    id: string;
    candidateId: string;
    kind: Types.CostKind;
    label: string;
    amount: number;
    notes: string;
    version: number;
  };
};

export type DeleteCostItemMutationVariables = Exact<{
  id: string;
}>;

export type DeleteCostItemMutation = { deleteCostItem: boolean };

export type SetCostSettingsMutationVariables = Exact<{
  input: Types.CostSettingsInput;
}>;

export type SetCostSettingsMutation = {
  setCostSettings: { id: string; costYears: number; trainingHourlyRate: number; version: number };
};

export const EvaluationSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPermissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'isLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDepartmentHead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEditRequirements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecideRequirements' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationSummaryFragment, unknown>;
export const EvaluationDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'next' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPermissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'isLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDepartmentHead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEditRequirements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecideRequirements' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationDetailFragment, unknown>;
export const EvaluationMemberFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationMemberFieldsFragment, unknown>;
export const CandidateFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Candidate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eliminatedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eliminatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CandidateFieldsFragment, unknown>;
export const CostItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CostItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CostItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CostItemFieldsFragment, unknown>;
export const TrainingNeedFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingNeedFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingNeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'people' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursPerPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingNeedFieldsFragment, unknown>;
export const EvaluationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Evaluations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationFilter' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'canEditCatalogue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluations' },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationSummary' } }],
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
      name: { kind: 'Name', value: 'EvaluationSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPermissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'isLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDepartmentHead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEditRequirements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecideRequirements' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationsQuery, EvaluationsQueryVariables>;
export const EvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Evaluation' },
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
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'costYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainingHourlyRate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationMemberFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CandidateFields' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'costItems' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CostItemFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tco' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'years' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'oneTime' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'yearly' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'training' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recurring' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requirementCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trainingNeeds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingNeedFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trainingSummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'people' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
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
      name: { kind: 'Name', value: 'EvaluationSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPermissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'isLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDepartmentHead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEditRequirements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecideRequirements' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'next' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Candidate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eliminatedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eliminatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CostItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CostItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingNeedFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingNeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'people' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursPerPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationQuery, EvaluationQueryVariables>;
export const PeopleToAddDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PeopleToAdd' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peopleToAdd' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'libraryName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeopleToAddQuery, PeopleToAddQueryVariables>;
export const ProductsToShortlistDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductsToShortlist' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductFilter' } },
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
            name: { kind: 'Name', value: 'products' },
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'vendor' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<ProductsToShortlistQuery, ProductsToShortlistQueryVariables>;
export const ProductVersionsToShortlistDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductVersionsToShortlist' },
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
            name: { kind: 'Name', value: 'product' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'releaseDate' } },
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
} as unknown as DocumentNode<ProductVersionsToShortlistQuery, ProductVersionsToShortlistQueryVariables>;
export const CreateEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateEvaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateEvaluationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createEvaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPermissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'isLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDepartmentHead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEditRequirements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecideRequirements' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'next' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateEvaluationMutation, CreateEvaluationMutationVariables>;
export const UpdateEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEvaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateEvaluationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEvaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPermissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'isLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDepartmentHead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEditRequirements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecideRequirements' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'next' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateEvaluationMutation, UpdateEvaluationMutationVariables>;
export const MoveEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveEvaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveEvaluationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveEvaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPermissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'isLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDepartmentHead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canLead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEditRequirements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecideRequirements' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'next' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveEvaluationMutation, MoveEvaluationMutationVariables>;
export const AddEvaluationMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddEvaluationMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addEvaluationMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationMemberFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddEvaluationMemberMutation, AddEvaluationMemberMutationVariables>;
export const RemoveEvaluationMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveEvaluationMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeEvaluationMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationMemberFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveEvaluationMemberMutation, RemoveEvaluationMemberMutationVariables>;
export const ShortlistCandidateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShortlistCandidate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShortlistInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shortlistCandidate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CandidateFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Candidate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eliminatedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eliminatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShortlistCandidateMutation, ShortlistCandidateMutationVariables>;
export const SetCandidateStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCandidateState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CandidateStateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCandidateState' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CandidateFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Candidate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vendorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eliminatedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eliminatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCandidateStateMutation, SetCandidateStateMutationVariables>;
export const SaveTrainingNeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveTrainingNeed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingNeedInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveTrainingNeed' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingNeedFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingNeedFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingNeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'people' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursPerPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveTrainingNeedMutation, SaveTrainingNeedMutationVariables>;
export const SaveCostItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveCostItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CostItemInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCostItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CostItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CostItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CostItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveCostItemMutation, SaveCostItemMutationVariables>;
export const DeleteCostItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteCostItem' },
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
            name: { kind: 'Name', value: 'deleteCostItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteCostItemMutation, DeleteCostItemMutationVariables>;
export const SetCostSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCostSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CostSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCostSettings' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'costYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainingHourlyRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCostSettingsMutation, SetCostSettingsMutationVariables>;
