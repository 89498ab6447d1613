import { ErrorCode, EvaluationRole, GlobalRole } from '@assay/domain';
import { AppError } from '../errors/app-error';
import { RequestActor } from './actor';
import { AccessPolicy, EvaluationMembershipReader } from './access-policy';

const person = (globalRole: GlobalRole, id = 'u1'): RequestActor => ({
  id,
  email: `${id}@e.test`,
  displayName: id,
  globalRole,
  mustChangePassword: false,
});
const admin = person(GlobalRole.Admin, 'admin');
const user = person(GlobalRole.User, 'user');

/** A membership reader with fixed memberships: user id → evaluation id → roles. */
function reader(memberships: Record<string, Record<string, EvaluationRole[]>>): EvaluationMembershipReader {
  return {
    rolesOf: async (userId, evaluationId) => memberships[userId]?.[evaluationId] ?? [],
    leadsAnyEvaluation: async (userId) =>
      Object.values(memberships[userId] ?? {}).some((roles) => roles.includes(EvaluationRole.Lead)),
  };
}

async function codeOf(action: () => unknown): Promise<string | undefined> {
  try {
    await action();
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('AccessPolicy', () => {
  it.each([
    ['nobody', undefined, 'assertSignedIn', ErrorCode.Unauthenticated],
    ['a user', user, 'assertSignedIn', undefined],
    ['nobody', undefined, 'assertAdmin', ErrorCode.Unauthenticated],
    ['a user', user, 'assertAdmin', ErrorCode.Forbidden],
    ['an admin', admin, 'assertAdmin', undefined],
  ] as const)('%s → %s: %s', async (_who, actor, method, expected) => {
    const sut = new AccessPolicy();
    expect(await codeOf(() => sut[method](actor))).toBe(expected);
  });

  describe('assertEvaluationRole', () => {
    const sut = new AccessPolicy(reader({ user: { e1: [EvaluationRole.Evaluator], e2: [EvaluationRole.Lead] } }));
    it.each([
      ['an evaluator where evaluators may act', user, 'e1', [EvaluationRole.Evaluator], undefined],
      ['an evaluator where only leads may act', user, 'e1', [EvaluationRole.Lead], ErrorCode.Forbidden],
      [
        'a lead of another evaluation (not a member of this one: as if it did not exist)',
        user,
        'e3',
        [EvaluationRole.Lead],
        ErrorCode.NotFound,
      ],
      ['a non-member where any role may act', user, 'e3', [EvaluationRole.Viewer], ErrorCode.NotFound],
      ['an admin who is not a member, where a lead may act', admin, 'e3', [EvaluationRole.Lead], undefined],
      ['a lead', user, 'e2', [EvaluationRole.Lead, EvaluationRole.Director], undefined],
      ['an admin where a lead may act', admin, 'e1', [EvaluationRole.Lead], undefined],
      [
        'an admin where only evaluators may act (blind scoring)',
        admin,
        'e1',
        [EvaluationRole.Evaluator],
        ErrorCode.Forbidden,
      ],
      ['nobody', undefined, 'e1', [EvaluationRole.Viewer], ErrorCode.Unauthenticated],
    ] as const)('%s', async (_case, actor, evaluationId, required, expected) => {
      expect(await codeOf(() => sut.assertEvaluationRole(actor, evaluationId, required))).toBe(expected);
    });

    it('names what was not found: the evaluation, or the object of it that was asked for', async () => {
      await expect(sut.assertEvaluationRole(user, 'e3', [EvaluationRole.Lead])).rejects.toThrow(
        'The evaluation was not found.',
      );
      await expect(sut.assertEvaluationRole(user, 'e3', [EvaluationRole.Lead], 'The candidate')).rejects.toThrow(
        'The candidate was not found.',
      );
    });

    it('refuses everyone but admins-as-leads when no evaluations feature provides memberships', async () => {
      const bare = new AccessPolicy();
      expect(await codeOf(() => bare.assertEvaluationRole(user, 'e1', [EvaluationRole.Viewer]))).toBe(
        ErrorCode.NotFound,
      );
      expect(await codeOf(() => bare.assertEvaluationRole(admin, 'e1', [EvaluationRole.Lead]))).toBeUndefined();
    });
  });

  describe('catalogue editing', () => {
    it.each([
      ['an admin', admin, {}, true],
      ['a lead of some evaluation', user, { user: { e2: [EvaluationRole.Lead] } }, true],
      ['an evaluator only', user, { user: { e1: [EvaluationRole.Evaluator] } }, false],
      ['a user without memberships', user, {}, false],
    ] as const)('%s → %s', async (_who, actor, memberships, allowed) => {
      const sut = new AccessPolicy(reader(memberships as Record<string, Record<string, EvaluationRole[]>>));
      expect(await sut.canEditCatalogue(actor)).toBe(allowed);
      expect(await codeOf(() => sut.assertCatalogueEditor(actor))).toBe(allowed ? undefined : ErrorCode.Forbidden);
    });

    it('asks who is signed in first', async () => {
      expect(await codeOf(() => new AccessPolicy().assertCatalogueEditor(undefined))).toBe(ErrorCode.Unauthenticated);
    });
  });
});

describe('AccessPolicy.assertEvaluationRole, role by role', () => {
  const { Lead, DepartmentHead, Evaluator, Tester, Director, Viewer } = EvaluationRole;
  type Row = [GlobalRole, EvaluationRole[], EvaluationRole[], string];

  // (global role, roles held in the evaluation, roles the operation accepts) → refusal code.
  // An admin may do what a lead may do; scoring, testing and approving stay personal.
  it.each<Row>([
    [GlobalRole.User, [Lead], [Lead], 'allowed'],
    [GlobalRole.User, [Evaluator], [Evaluator, Tester], 'allowed'],
    [GlobalRole.User, [Viewer, DepartmentHead], [DepartmentHead], 'allowed'],
    [GlobalRole.User, [Director], [Director], 'allowed'],
    [GlobalRole.User, [Viewer], [Lead], ErrorCode.Forbidden],
    [GlobalRole.User, [Evaluator], [Director], ErrorCode.Forbidden],
    [GlobalRole.User, [Lead], [Evaluator], ErrorCode.Forbidden],
    // Not a member at all: the evaluation is "not found", as one that does not exist would be.
    [GlobalRole.User, [], [Viewer], ErrorCode.NotFound],
    [GlobalRole.User, [], [Lead, DepartmentHead, Evaluator, Tester, Director, Viewer], ErrorCode.NotFound],
    [GlobalRole.Admin, [], [Lead], 'allowed'],
    [GlobalRole.Admin, [], [Lead, Viewer], 'allowed'],
    [GlobalRole.Admin, [], [Evaluator], ErrorCode.Forbidden],
    [GlobalRole.Admin, [], [Tester], ErrorCode.Forbidden],
    [GlobalRole.Admin, [], [Director], ErrorCode.Forbidden],
    [GlobalRole.Admin, [], [Viewer], ErrorCode.Forbidden],
    [GlobalRole.Admin, [Evaluator], [Evaluator], 'allowed'],
    [GlobalRole.Admin, [Director], [Director], 'allowed'],
  ])('%s holding %j where %j may act → %s', async (globalRole, held, required, expected) => {
    const asked: [string, string][] = [];
    // The edge: the evaluations feature's membership table.
    const memberships: EvaluationMembershipReader = {
      rolesOf: async (userId, evaluationId) => {
        asked.push([userId, evaluationId]);
        return held;
      },
      leadsAnyEvaluation: async () => held.includes(Lead),
    };
    const sut = new AccessPolicy(memberships);
    expect(
      (await codeOf(() => sut.assertEvaluationRole(person(globalRole, 'p1'), 'eval-9', required))) ?? 'allowed',
    ).toBe(expected);
    expect(asked.every(([userId, evaluationId]) => userId === 'p1' && evaluationId === 'eval-9')).toBe(true);
  });

  it('names the roles the operation needs in its refusal to a member', async () => {
    const sut = new AccessPolicy(reader({ user: { e1: [EvaluationRole.Viewer] } }));
    await expect(sut.assertEvaluationRole(user, 'e1', [EvaluationRole.Lead, EvaluationRole.Director])).rejects.toThrow(
      'lead, director',
    );
  });

  it('asks who is signed in before reading memberships', async () => {
    const rolesOf = jest.fn(async () => [EvaluationRole.Lead]);
    const sut = new AccessPolicy({ rolesOf, leadsAnyEvaluation: async () => true });
    expect(await codeOf(() => sut.assertEvaluationRole(null, 'e1', [EvaluationRole.Lead]))).toBe(
      ErrorCode.Unauthenticated,
    );
    expect(rolesOf).not.toHaveBeenCalled();
  });

  it.each([
    ['nobody', ErrorCode.Unauthenticated, undefined],
    ['a user', ErrorCode.Forbidden, user],
    ['an admin', 'allowed', admin],
  ] as const)('assertGlobalRole(admin): %s → %s', async (_who, expected, actor) => {
    expect((await codeOf(() => new AccessPolicy().assertGlobalRole(actor, GlobalRole.Admin))) ?? 'allowed').toBe(
      expected,
    );
  });
});
