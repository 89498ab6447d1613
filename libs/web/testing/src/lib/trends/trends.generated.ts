/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type DefectTrendsFieldsFragment = {
  total: number;
  openBySeverity: { critical: number; major: number; minor: number; trivial: number };
  weeks: Array<{
    week: string;
    start: string;
    opened: number;
    closed: number;
    reopened: number;
    openAtEnd: { critical: number; major: number; minor: number; trivial: number };
  }>;
  components: Array<{ component: string; open: number; total: number }>;
  resolution: { resolved: number; meanDays: number | null; medianDays: number | null };
  passRates: Array<{
    runId: string;
    label: string;
    planName: string;
    createdAt: string;
    passed: number;
    failed: number;
    total: number;
    percent: number | null;
  }>;
};

export type EvaluationDefectTrendsQueryVariables = Exact<{
  id: string;
}>;

export type EvaluationDefectTrendsQuery = {
  evaluation: { id: string; title: string };
  defectTrends: {
    total: number;
    openBySeverity: { critical: number; major: number; minor: number; trivial: number };
    weeks: Array<{
      week: string;
      start: string;
      opened: number;
      closed: number;
      reopened: number;
      openAtEnd: { critical: number; major: number; minor: number; trivial: number };
    }>;
    components: Array<{ component: string; open: number; total: number }>;
    resolution: { resolved: number; meanDays: number | null; medianDays: number | null };
    passRates: Array<{
      runId: string;
      label: string;
      planName: string;
      createdAt: string;
      passed: number;
      failed: number;
      total: number;
      percent: number | null;
    }>;
  };
};

export type ProductDefectTrendsQueryVariables = Exact<{
  id: string;
}>;

export type ProductDefectTrendsQuery = {
  product: { id: string; name: string };
  defectTrends: {
    total: number;
    openBySeverity: { critical: number; major: number; minor: number; trivial: number };
    weeks: Array<{
      week: string;
      start: string;
      opened: number;
      closed: number;
      reopened: number;
      openAtEnd: { critical: number; major: number; minor: number; trivial: number };
    }>;
    components: Array<{ component: string; open: number; total: number }>;
    resolution: { resolved: number; meanDays: number | null; medianDays: number | null };
    passRates: Array<{
      runId: string;
      label: string;
      planName: string;
      createdAt: string;
      passed: number;
      failed: number;
      total: number;
      percent: number | null;
    }>;
  };
};

export const DefectTrendsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefectTrendsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DefectTrends' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openBySeverity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'major' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trivial' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weeks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'week' } },
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reopened' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openAtEnd' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'major' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trivial' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'components' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'component' } },
                { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolution' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meanDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'medianDays' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'passRates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DefectTrendsFieldsFragment, unknown>;
export const EvaluationDefectTrendsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationDefectTrends' },
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
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defectTrends' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DefectTrendsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefectTrendsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DefectTrends' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openBySeverity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'major' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trivial' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weeks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'week' } },
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reopened' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openAtEnd' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'major' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trivial' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'components' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'component' } },
                { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolution' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meanDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'medianDays' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'passRates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationDefectTrendsQuery, EvaluationDefectTrendsQueryVariables>;
export const ProductDefectTrendsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductDefectTrends' },
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
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defectTrends' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DefectTrendsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefectTrendsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DefectTrends' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openBySeverity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'major' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trivial' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weeks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'week' } },
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reopened' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openAtEnd' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'major' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trivial' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'components' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'component' } },
                { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolution' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meanDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'medianDays' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'passRates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductDefectTrendsQuery, ProductDefectTrendsQueryVariables>;
