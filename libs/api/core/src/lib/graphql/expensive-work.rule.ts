import {
  ASTVisitor,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLNamedType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

/** A field under a list is assumed to be asked for this many times per list level (an evaluation has a few rounds, a page many rows). */
export const LIST_FACTOR = 5;

export interface ExpensiveWorkOptions {
  maxCost: number;
  onReject: (context: ValidationContext, error: GraphQLError) => void;
}

/** The cost an expensive field declares (ExpensiveField), else 0. */
function declaredCost(extensions: Readonly<Record<string, unknown>> | null | undefined): number {
  const cost = extensions?.['cost'];
  return typeof cost === 'number' && cost > 0 ? cost : 0;
}

/**
 * Adds up the declared costs of the expensive fields an operation asks for — each alias counts,
 * fragments are counted where they are spread, and a field below a list counts LIST_FACTOR times
 * per list level — and refuses the operation when the sum is over `maxCost`. The structural cost
 * rule cannot see that one full-text search costs far more than one name.
 */
export function expensiveWorkRule(options: ExpensiveWorkOptions) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    /** Cost of each fragment at multiplier 1, computed once (a fragment spread many times costs no extra work here). */
    const fragmentCosts = new Map<string, number>();
    const visiting = new Set<string>();

    const selectionCost = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | null | undefined): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
          const field = parentType.getFields()[selection.name.value];
          if (!field) continue;
          total += declaredCost(field.extensions);
          if (selection.selectionSet) {
            const factor = isListType(getNullableType(field.type)) ? LIST_FACTOR : 1;
            total += factor * selectionCost(selection.selectionSet, getNamedType(field.type));
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
          total += selectionCost(selection.selectionSet, type);
        } else {
          total += fragmentCost(selection.name.value);
        }
      }
      return total;
    };

    const fragmentCost = (name: string): number => {
      const known = fragmentCosts.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      // Unknown fragments and cycles are reported by GraphQL's own rules.
      if (!fragment || visiting.has(name)) return 0;
      visiting.add(name);
      const cost = selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      visiting.delete(name);
      fragmentCosts.set(name, cost);
      return cost;
    };

    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const cost = selectionCost(operation.selectionSet, schema.getRootType(operation.operation));
        if (cost > options.maxCost) {
          options.onReject(
            context,
            new GraphQLError(
              `Expensive work limit of ${options.maxCost} exceeded, found ${cost}: ask for fewer searches, rankings or summaries in one request.`,
            ),
          );
        }
      },
    };
  };
}
