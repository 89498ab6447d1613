import { ErrorCode, EvaluationRole, GlobalRole } from '@assay/domain';
import { AppError } from '../errors/app-error';
import { RequestActor } from './actor';
import { AccessPolicy, EvaluationMembershipReader } from './access-policy';

const person = (globalRole: GlobalRole, id = 'u1'): RequestActor => ({ id, email: `${id}@e.test`, displayName: id, globalRole, mustChangePassword: false });
const admin = person(GlobalRole.Admin, 'admin');
const user = person(GlobalRole.User, 'user');

/** A membership reader with fixed memberships: user id → evaluation id → roles. */
function reader(memberships: Record<string, Record<string, EvaluationRole[]>>): EvaluationMembershipReader {
  return {
    rolesOf: async (userId, evaluationId) => memberships[userId]?.[evaluationId] ?? [],
    leadsAnyEvaluation: async (userId) => Object.values(memberships[userId] ?? {}).some((roles) => roles.includes(EvaluationRole.Lead)),
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
      ['a lead of another evaluation', user, 'e3', [EvaluationRole.Lead], ErrorCode.Forbidden],
      ['a lead', user, 'e2', [EvaluationRole.Lead, EvaluationRole.Director], undefined],
      ['an admin where a lead may act', admin, 'e1', [EvaluationRole.Lead], undefined],
      ['an admin where only evaluators may act (blind scoring)', admin, 'e1', [EvaluationRole.Evaluator], ErrorCode.Forbidden],
      ['nobody', undefined, 'e1', [EvaluationRole.Viewer], ErrorCode.Unauthenticated],
    ] as const)('%s', async (_case, actor, evaluationId, required, expected) => {
      expect(await codeOf(() => sut.assertEvaluationRole(actor, evaluationId, required))).toBe(expected);
    });

    it('refuses everyone but admins-as-leads when no evaluations feature provides memberships', async () => {
      const bare = new AccessPolicy();
      expect(await codeOf(() => bare.assertEvaluationRole(user, 'e1', [EvaluationRole.Viewer]))).toBe(ErrorCode.Forbidden);
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
