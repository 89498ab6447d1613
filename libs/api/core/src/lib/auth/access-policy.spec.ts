import { ErrorCode, EvaluationRole, EvaluationStatus, GlobalRole } from '@assay/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../errors/app-error';
import { RequestScope } from '../http/request-scope';
import { RequestActor } from './actor';
import { AccessPolicy } from './access-policy';

const person = (globalRole: GlobalRole, id = 'u1'): RequestActor => ({
  id,
  email: `${id}@e.test`,
  displayName: id,
  globalRole,
  mustChangePassword: false,
});
const admin = person(GlobalRole.Admin, 'admin');
const user = person(GlobalRole.User, 'user');

const E1 = '11111111-1111-4111-8111-111111111111';
const E2 = '22222222-2222-4222-8222-222222222222';
const E3 = '33333333-3333-4333-8333-333333333333';
const { Lead, DepartmentHead, Evaluator, Tester, Director, Viewer } = EvaluationRole;

interface World {
  /** user id → evaluation id → roles held there. */
  memberships?: Record<string, Record<string, EvaluationRole[]>>;
  /** Evaluations that exist, with their status (every evaluation in `memberships` exists too). */
  evaluations?: Record<string, EvaluationStatus>;
  departments?: Record<string, string>;
}

/** The edge: the database, answering the policy's two queries from `world`, and what it was asked. */
function database(world: World) {
  const statuses: Record<string, EvaluationStatus> = { ...world.evaluations };
  for (const roles of Object.values(world.memberships ?? {}))
    for (const id of Object.keys(roles)) statuses[id] ??= 'scoring';
  const query = jest.fn(async (sql: string, params: string[]) => {
    if (sql.includes('evaluation_member')) {
      const [userId] = params;
      const department = world.departments?.[userId] ?? null;
      const rows = Object.entries(world.memberships?.[userId] ?? {}).flatMap(([evaluationId, roles]) =>
        roles.map((role) => ({
          department_id: department,
          evaluation_id: evaluationId,
          role,
          status: statuses[evaluationId],
        })),
      );
      return rows.length > 0 ? rows : [{ department_id: department, evaluation_id: null, role: null, status: null }];
    }
    return statuses[params[0]] ? [{ '?column?': 1 }] : [];
  });
  return { query, dataSource: { query } as unknown as DataSource };
}

const policy = (world: World = {}) => new AccessPolicy(database(world).dataSource);

async function codeOf(action: () => unknown): Promise<string> {
  try {
    await action();
    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('AccessPolicy', () => {
  it.each([
    ['a user', user, ErrorCode.Forbidden],
    ['an admin', admin, 'allowed'],
  ] as const)('requireAdmin: %s → %s', async (_who, actor, expected) => {
    expect(await codeOf(() => policy().requireAdmin(actor))).toBe(expected);
  });

  describe('require', () => {
    const sut = policy({ memberships: { user: { [E1]: [Evaluator], [E2]: [Lead] } }, evaluations: { [E3]: 'draft' } });
    it.each<[string, RequestActor, string, EvaluationRole[], string]>([
      ['an evaluator where evaluators may act', user, E1, [Evaluator], 'allowed'],
      ['an evaluator where only leads may act', user, E1, [Lead], ErrorCode.Forbidden],
      [
        'a lead of another evaluation (not a member of this one: as if it did not exist)',
        user,
        E3,
        [Lead],
        ErrorCode.NotFound,
      ],
      ['a non-member where any role may act', user, E3, [Viewer], ErrorCode.NotFound],
      ['a non-member reading', user, E3, [], ErrorCode.NotFound],
      ['a member reading', user, E1, [], 'allowed'],
      ['an admin who is not a member, where a lead may act', admin, E3, [Lead], 'allowed'],
      ['an admin reading an evaluation that exists', admin, E3, [], 'allowed'],
      [
        'an admin reading an evaluation that does not exist',
        admin,
        '44444444-4444-4444-8444-444444444444',
        [],
        ErrorCode.NotFound,
      ],
      ['a lead', user, E2, [Lead, Director], 'allowed'],
      ['an admin where a lead may act', admin, E1, [Lead], 'allowed'],
      ['an admin where only evaluators may act (blind scoring)', admin, E1, [Evaluator], ErrorCode.Forbidden],
    ])('%s', async (_case, actor, evaluationId, required, expected) => {
      expect(await codeOf(() => sut.require(actor, evaluationId, ...required))).toBe(expected);
    });

    it('names what was not found: the evaluation, or the object of it that was asked for', async () => {
      await expect(sut.require(user, E3, Lead)).rejects.toThrow('The evaluation was not found.');
      await expect(sut.require(user, { evaluationId: E3, hiddenAs: 'The candidate' }, Lead)).rejects.toThrow(
        'The candidate was not found.',
      );
      await expect(sut.require(user, { evaluationId: E3, hiddenAs: 'The scoring round' })).rejects.toThrow(
        'The scoring round was not found.',
      );
    });

    it('names the roles the operation needs in its refusal to a member', async () => {
      await expect(sut.require(user, E1, Lead, Director)).rejects.toThrow('lead, director');
    });

    it('refuses an id PostgreSQL would not read as a uuid as bad input, and reads any spelling it would', async () => {
      expect(await codeOf(() => sut.require(user, "1' OR 1=1 --", Lead))).toBe(ErrorCode.BadUserInput);
      expect(await codeOf(() => sut.require(user, E2.toUpperCase(), Lead))).toBe('allowed');
      expect(await codeOf(() => sut.require(user, `{${E2.replace(/-/g, '')}}`, Lead))).toBe('allowed');
    });
  });

  describe('holds', () => {
    const sut = policy({ memberships: { user: { [E1]: [Evaluator, DepartmentHead] } } });
    it.each<[string, RequestActor, string, EvaluationRole[], boolean]>([
      ['a member, any role', user, E1, [], true],
      ['a member, a role held', user, E1, [DepartmentHead], true],
      ['a member, a role not held', user, E1, [Lead], false],
      ['a non-member', user, E2, [], false],
      ['an admin, any role', admin, E2, [], true],
      ['an admin as a lead', admin, E2, [Lead], true],
      ['an admin as an evaluator', admin, E2, [Evaluator], false],
    ])('%s', async (_case, actor, evaluationId, roles, expected) => {
      expect(await sut.holds(actor, evaluationId, ...roles)).toBe(expected);
    });
  });

  describe('role by role', () => {
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
      const { query, dataSource } = database({ memberships: { p1: { [E1]: held } }, evaluations: { [E1]: 'scoring' } });
      const sut = new AccessPolicy(dataSource);
      expect(await codeOf(() => sut.require(person(globalRole, 'p1'), E1, ...required))).toBe(expected);
      // Only the acting person's memberships are read.
      expect(query.mock.calls.filter(([sql]) => sql.includes('evaluation_member')).map(([, params]) => params)).toEqual(
        [['p1']],
      );
    });
  });

  describe('catalogue editing', () => {
    it.each<[string, RequestActor, Record<string, EvaluationRole[]>, Record<string, EvaluationStatus>, boolean]>([
      ['an admin', admin, {}, {}, true],
      ['a lead of some evaluation', user, { [E2]: [Lead] }, {}, true],
      ['a lead of a cancelled evaluation only', user, { [E2]: [Lead] }, { [E2]: 'cancelled' }, false],
      ['a lead of a decided evaluation', user, { [E2]: [Lead] }, { [E2]: 'decided' }, true],
      ['an evaluator only', user, { [E1]: [Evaluator] }, {}, false],
      ['a user without memberships', user, {}, {}, false],
    ])('%s → %s', async (_who, actor, held, evaluations, allowed) => {
      const sut = policy({ memberships: { [actor.id]: held }, evaluations });
      expect(await sut.canEditCatalogue(actor)).toBe(allowed);
      expect(await codeOf(() => sut.requireCatalogueEditor(actor))).toBe(allowed ? 'allowed' : ErrorCode.Forbidden);
    });
  });

  describe('permissions', () => {
    it('works them out from the roles held, the status and whether the person has a department', async () => {
      const sut = policy({
        memberships: { user: { [E1]: [DepartmentHead] } },
        evaluations: { [E1]: 'requirements' },
        departments: { user: 'dept-1' },
      });
      expect(await sut.permissions(user, { id: E1, status: 'requirements' })).toEqual({
        isLead: false,
        isDepartmentHead: true,
        canLead: false,
        canScore: false,
        canEditRequirements: true,
        canDecideRequirements: false,
      });
      expect(await sut.departmentOf(user)).toBe('dept-1');
      expect((await sut.permissions(admin, { id: E1, status: 'scoring' })).canLead).toBe(true);
    });
  });

  describe('reading memberships once per request', () => {
    const world = { memberships: { user: { [E1]: [Lead], [E2]: [Viewer] } }, evaluations: { [E3]: 'draft' as const } };
    const membershipReads = (query: jest.Mock) =>
      query.mock.calls.filter(([sql]) => (sql as string).includes('evaluation_member')).length;

    it('reads a person’s memberships once in a request, however many checks ask', async () => {
      const { query, dataSource } = database(world);
      const sut = new AccessPolicy(dataSource);
      await RequestScope.run(async () => {
        await Promise.all([sut.require(user, E1, Lead), sut.rolesOf(user, E2), sut.holds(user, E3)]);
        await sut.require(user, E2);
        await sut.canEditCatalogue(user);
        expect(await sut.evaluationsOf(user)).toEqual([E1, E2]);
      });
      expect(membershipReads(query)).toBe(1);
    });

    it('reads them again in the next request, and for each check outside one', async () => {
      const { query, dataSource } = database(world);
      const sut = new AccessPolicy(dataSource);
      await RequestScope.run(() => sut.require(user, E1, Lead));
      await RequestScope.run(() => sut.require(user, E1, Lead));
      await sut.require(user, E1, Lead);
      await sut.require(user, E1, Lead);
      expect(membershipReads(query)).toBe(4);
    });

    it('reads them again after the request changed them', async () => {
      const memberships: Record<string, Record<string, EvaluationRole[]>> = { user: { [E1]: [Lead] } };
      const { query, dataSource } = database({ memberships });
      const sut = new AccessPolicy(dataSource);
      await RequestScope.run(async () => {
        expect(await sut.rolesOf(user, E2)).toEqual([]);
        memberships['user'][E2] = [Evaluator];
        sut.forgetMemberships();
        expect(await sut.rolesOf(user, E2)).toEqual([Evaluator]);
      });
      expect(membershipReads(query)).toBe(2);
    });

    it('keeps people apart within a request', async () => {
      const sut = policy({ memberships: { user: { [E1]: [Lead] }, other: { [E1]: [Viewer] } } });
      await RequestScope.run(async () => {
        expect(await sut.rolesOf(user, E1)).toEqual([Lead]);
        expect(await sut.rolesOf(person(GlobalRole.User, 'other'), E1)).toEqual([Viewer]);
      });
    });

    it('does not remember a failed read', async () => {
      const { query, dataSource } = database(world);
      query.mockRejectedValueOnce(new Error('connection lost'));
      const sut = new AccessPolicy(dataSource);
      await RequestScope.run(async () => {
        await expect(sut.rolesOf(user, E1)).rejects.toThrow('connection lost');
        expect(await sut.rolesOf(user, E1)).toEqual([Lead]);
      });
    });
  });
});
