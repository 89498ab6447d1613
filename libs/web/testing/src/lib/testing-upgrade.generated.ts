/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@assay/web/core';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type PlanUpgradeComparisonQueryVariables = Exact<{
  id: string;
  a?: string | null | undefined;
  b?: string | null | undefined;
  categories?: Array<Types.UpgradeCategory> | Types.UpgradeCategory | null | undefined;
  page?: Types.TestPageInput | null | undefined;
}>;

export type PlanUpgradeComparisonQuery = {
  testPlan: {
    id: string;
    name: string;
    evaluationId: string | null;
    productId: string | null;
    runs: Array<{
      id: string;
      productName: string;
      productVersionName: string;
      environment: string;
      buildLabel: string;
      createdAt: string;
    }>;
    upgradeComparison: {
      casesTotal: number;
      runA: { id: string };
      runB: { id: string };
      caseCounts: {
        newlyFailing: number;
        newlyPassing: number;
        notRunInOne: number;
        unchanged: number;
        newCase: number;
        notRunInBoth: number;
      };
      requirementCounts: {
        newlyFailing: number;
        newlyPassing: number;
        notRunInOne: number;
        unchanged: number;
        newCase: number;
        notRunInBoth: number;
      };
      cases: Array<{
        caseId: string;
        key: string;
        title: string;
        category: Types.UpgradeCategory;
        statusA: Types.TestResultStatus | null;
        statusB: Types.TestResultStatus | null;
        resultIdB: string | null;
        requirementCodes: Array<string>;
        defects: Array<{ id: string; key: string; title: string; status: Types.DefectStatus }>;
      }>;
      requirements: Array<{
        requirementId: string;
        code: string;
        title: string;
        category: Types.UpgradeCategory;
        newlyFailingKeys: Array<string>;
        caseKeys: Array<string>;
      }>;
    } | null;
  };
};

export type UpgradeCountFieldsFragment = {
  newlyFailing: number;
  newlyPassing: number;
  notRunInOne: number;
  unchanged: number;
  newCase: number;
  notRunInBoth: number;
};

export const UpgradeCountFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UpgradeCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UpgradeCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'newlyFailing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newlyPassing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notRunInOne' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newCase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notRunInBoth' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpgradeCountFieldsFragment, unknown>;
export const PlanUpgradeComparisonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanUpgradeComparison' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'a' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'b' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'categories' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpgradeCategory' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TestPageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'testPlan' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'evaluationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'runs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productVersionName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'buildLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'upgradeComparison' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'runAId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'a' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'runBId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'b' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'categories' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'categories' } },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runA' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runB' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'caseCounts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UpgradeCountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'requirementCounts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UpgradeCountFields' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'casesTotal' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cases' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statusA' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statusB' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'resultIdB' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requirementCodes' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'defects' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                ],
                              },
                            },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'newlyFailingKeys' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'caseKeys' } },
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
      name: { kind: 'Name', value: 'UpgradeCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UpgradeCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'newlyFailing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newlyPassing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notRunInOne' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newCase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notRunInBoth' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanUpgradeComparisonQuery, PlanUpgradeComparisonQueryVariables>;
