import { buildSchema, GraphQLError, isObjectType, parse, specifiedRules, validate } from 'graphql';
import { expensiveWorkRule } from './expensive-work.rule';

const schema = buildSchema(`
  type Query { search(text: String): Hits, round(id: ID): Round, rounds: [Round!]!, name: String }
  type Hits { total: Int }
  type Round { id: ID, ranking: Ranking, rounds: [Round!]! }
  type Ranking { leader: String, costs: [Int!]! }
`);
// What ExpensiveField declares in the code-first schema.
for (const [type, field, cost] of [
  ['Query', 'search', 100],
  ['Round', 'ranking', 100],
  ['Ranking', 'costs', 50],
] as const) {
  const object = schema.getType(type);
  if (!isObjectType(object)) throw new Error(`${type} is not an object type`);
  object.getFields()[field].extensions = { cost };
}

const searches = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `s${i}: search(text: "${i}") { total }`).join(' ')} }`;

function costErrors(query: string): string[] {
  const errors: string[] = [];
  const rule = expensiveWorkRule({
    maxCost: 1000,
    onReject: (_context, error: GraphQLError) => errors.push(error.message),
  });
  const found = validate(schema, parse(query), [...specifiedRules, rule]);
  expect(found.map((e) => e.message)).toEqual([]);
  return errors;
}

describe('expensiveWorkRule', () => {
  it.each([
    ['no expensive field', '{ name }', null],
    ['one search', '{ search { total } }', null],
    ['ten searches (the budget)', searches(10), null],
    ['eleven aliased searches', searches(11), 1100],
    ['a ranking with its costs', '{ round(id: "1") { ranking { leader costs } } }', null],
    ['rankings with costs under a list count five times', '{ rounds { ranking { leader costs } } }', null],
    ['rankings under a list inside a list', '{ rounds { rounds { ranking { leader } } } }', 2500],
    ['a list inside a list without expensive fields', '{ rounds { rounds { id } } }', null],
    [
      'fragments, one spread twice',
      'fragment F on Query { a: search { total } b: search { total } } { ...F x: round { ...R } y: round { ...R } } fragment R on Round { rounds { ranking { leader costs } } }',
      1700,
    ],
    ['an inline fragment', `{ ... on Query ${searches(11)} }`, 1100],
  ])('%s', (_label, query, refusedAt) => {
    const errors = costErrors(query);
    expect(errors).toEqual(
      refusedAt === null
        ? []
        : [
            `Expensive work limit of 1000 exceeded, found ${refusedAt}: ask for fewer searches, rankings or summaries in one request.`,
          ],
    );
  });
});
