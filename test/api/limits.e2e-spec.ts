import { parse, print, visit, Kind, OperationDefinitionNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  approvedRequirement,
  cast,
  createDepartment,
  declareNoConflicts,
  createTeamWithCandidates,
  draftRubric,
  moveToScoring,
  openScoringRound,
  revealScoringRound,
  saveCriterion,
  saveScore,
} from './support/fixtures';
import { GraphQLResponse, ROOT, RunningServer, startServer } from './support/server';

/** Every `.graphql` file of the web app. */
function webDocuments(dir = join(ROOT, 'libs/web')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : webDocuments(path);
    return entry.name.endsWith('.graphql') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** Each operation of the web app as the app sends it: with the fragments it uses and __typename in every selection set. */
function webOperations(): { name: string; document: string; hasVariables: boolean; kind: string }[] {
  const definitions = parse(webDocuments().join('\n')).definitions;
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const fragment = (name: string): FragmentDefinitionNode => {
    const found = fragments.get(name);
    if (!found) throw new Error(`The web app uses an unknown fragment ${name}`);
    return found;
  };
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Set<string>();
      const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
      for (let next = pending.pop(); next; next = pending.pop()) {
        visit(next, {
          FragmentSpread(spread) {
            if (!used.has(spread.name.value)) {
              used.add(spread.name.value);
              pending.push(fragment(spread.name.value));
            }
          },
        });
      }
      const withTypename = [operation, ...[...used].map(fragment)].map((definition) =>
        visit(definition, {
          SelectionSet: {
            leave(node: SelectionSetNode, _key, parent) {
              if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return node;
              return {
                ...node,
                selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
              };
            },
          },
        }),
      );
      return {
        name: operation.name?.value ?? '(anonymous)',
        document: withTypename.map((d) => print(d)).join('\n'),
        hasVariables: (operation.variableDefinitions?.length ?? 0) > 0,
        kind: operation.operation,
      };
    });
}

const LIMIT_MESSAGE = /limit of \d+ exceeded/i;

describe('limits on what one GraphQL document may ask for', () => {
  let server: RunningServer;
  let admin: string;
  let viewer: string;
  let evaluator: string;
  let evaluationId: string;
  let roundId: string;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeamWithCandidates(server, admin, 'ILS 2027', department, cast('vic', 'eve', 'hal'), {
      vendor: 'Koha Vendor',
      products: [
        ['Koha', '24.05'],
        ['Folio', '1.0'],
      ],
    });
    evaluationId = team.evaluationId;
    viewer = team.people['vic'].token;
    evaluator = team.people['eve'].token;
    const { candidates } = team;
    for (const title of ['Holds', 'Loans', 'Renewals', 'Fines', 'Reports', 'Search', 'Acquisitions', 'Serials']) {
      await approvedRequirement(server, admin, { evaluationId, departmentId: department, title });
    }
    await moveToScoring(server, admin, evaluationId);
    const rubric = (await draftRubric(server, admin, evaluationId)).id;
    const save = (input: { title: string; parentId?: string }) =>
      saveCriterion(server, admin, { rubricVersionId: rubric, ...input });
    const category = (await save({ title: 'Functional' }))[0].id;
    const criterion = (await save({ title: 'Holds', parentId: category }))[1].id;
    roundId = await openScoringRound(server, admin, evaluationId);
    for (const [candidateId, value] of [
      [candidates[0], 3],
      [candidates[1], 1],
    ] as const) {
      await saveScore(server, evaluator, { roundId, candidateId, criterionId: criterion, value });
    }
    await declareNoConflicts(server, evaluator, evaluationId);
    await revealScoringRound(server, admin, roundId);
  });
  afterAll(() => server?.stop());

  const aliased = (count: number, field: (i: number) => string) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;
  // As small as each can be, so that the structural cost stays under its limit (as it did for 1,300 searches).
  const searches = (count: number) => aliased(count, (i) => `catalogSearch(input: { text: "koha ${i}" }) { total }`);
  const rankings = (count: number) => aliased(count, () => `scoringRound(id: "${roundId}") { ranking { winnerId } }`);

  async function timed(query: string, token = viewer): Promise<{ result: GraphQLResponse; ms: number }> {
    const started = performance.now();
    const result = await server.gql(query, {}, { token });
    return { result, ms: performance.now() - started };
  }

  const refusedFor = (result: GraphQLResponse, message: RegExp) => {
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(result.errors?.map(() => 'BAD_USER_INPUT'));
    expect(result.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(message));
  };

  it('answers a document of a few searches and a ranking as usual', async () => {
    const result = await server.gql<{ a0: { total: number } }>(searches(3), {}, { token: viewer });
    expect(result.errors).toBeUndefined();
    expect(result.data?.a0.total).toBe(2);
    const ranking = await server.gql<{ a0: { ranking: { winnerId: string } } }>(rankings(1), {}, { token: viewer });
    expect(ranking.errors).toBeUndefined();
    expect(ranking.data?.a0.ranking.winnerId).toEqual(expect.any(String));
  });

  it('refuses 1,300 aliased searches in well under a second', async () => {
    const { result, ms } = await timed(searches(1300));
    refusedFor(result, LIMIT_MESSAGE);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses 400 aliased rankings in well under a second', async () => {
    const { result, ms } = await timed(rankings(400));
    refusedFor(result, LIMIT_MESSAGE);
    expect(ms).toBeLessThan(1000);
  });

  it('keeps /health fast while several such documents arrive at once', async () => {
    const burst = [searches(1300), searches(1300), searches(1300), rankings(400), rankings(400), rankings(400)].map(
      (query) => timed(query),
    );
    const health: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const response = await fetch(`${server.url}/health`);
      expect(response.ok).toBe(true);
      health.push(performance.now() - started);
    }
    for (const { result } of await Promise.all(burst)) refusedFor(result, LIMIT_MESSAGE);
    expect(Math.max(...health)).toBeLessThan(1000);
  });

  it.each([
    [
      'too many tokens',
      () => `{ me { ${Array.from({ length: 2100 }, () => 'id').join(' ')} } }`,
      /token limit of 2000 exceeded/i,
    ],
    ['too many aliases', () => aliased(31, () => 'me { id }'), /aliases limit of 30 exceeded/i],
    [
      'too many directives',
      () => `{ me { ${Array.from({ length: 11 }, () => 'id @include(if: true)').join(' ')} } }`,
      /directives limit of 10 exceeded/i,
    ],
    [
      'eleven searches: more expensive work than one request may ask for',
      () => searches(11),
      /expensive work limit of 1000 exceeded, found 1100/i,
    ],
    [
      'rankings of every round of every evaluation',
      () => '{ evaluations { items { scoringRounds { ranking { winnerId } } } } }',
      /expensive work limit of 1000 exceeded, found 2500/i,
    ],
  ])('refuses a document with %s, saying which limit', async (_label, query, message) => {
    refusedFor(await server.gql(query(), {}, { token: viewer }), message);
  });

  it('stays well within the limits with every operation of the web app', () => {
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(50);
    return Promise.all(
      operations
        // Without variables a mutation would run; every other operation stops at its missing variables, after validation.
        .filter((operation) => operation.kind === 'query' || operation.hasVariables)
        .map(async (operation) => {
          const result = await server.gql(operation.document, {}, { token: admin });
          expect({
            name: operation.name,
            limits: (result.errors ?? []).map((e) => e.message).filter((m) => LIMIT_MESSAGE.test(m)),
          }).toEqual({ name: operation.name, limits: [] });
        }),
    );
  });

  it('lets one person have only a few expensive fields resolving at once; the rest are refused with RATE_LIMITED', async () => {
    // The history of eight requirements, resolved side by side: two run, four wait their turn, two are refused at once.
    const result = await server.gql(
      `{ requirements(evaluationId: "${evaluationId}") { items { code history { action } } } }`,
      {},
      { token: viewer },
    );
    // (The first refusal empties the whole list, as the fields cannot be null, so GraphQL reports that one.)
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(result.errors?.[0].message).toMatch(/wait for them to finish, then try again/i);
    // The fields that were let through still finish in the background; once they have, six at once fit again.
    const six = `{ requirements(evaluationId: "${evaluationId}", page: { limit: 6 }) { items { code history { action } } } }`;
    let again = await server.gql<{ requirements: { items: { history: unknown[] }[] } }>(six, {}, { token: viewer });
    for (let attempt = 0; attempt < 50 && again.errors; attempt++) {
      expect(again.errors.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
      await new Promise((resolve) => setTimeout(resolve, 100));
      again = await server.gql(six, {}, { token: viewer });
    }
    expect(again.errors).toBeUndefined();
    expect(again.data?.requirements.items).toHaveLength(6);
  });

  it('keeps others served while one person sends a burst of searches', async () => {
    const burst = Array.from({ length: 8 }, () => server.gql(searches(5), {}, { token: viewer }));
    const other = await server.gql<{ a0: { total: number } }>(searches(1), {}, { token: evaluator });
    expect(other.errors).toBeUndefined();
    expect(other.data?.a0.total).toBe(2);
    for (const result of await Promise.all(burst)) {
      // Each answer is either the searches or a refusal that says to wait.
      for (const error of result.errors ?? []) expect(error.extensions?.code).toBe('RATE_LIMITED');
    }
  });
});
