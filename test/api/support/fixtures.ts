import { GraphQLResponse, RunningServer } from './server';

/** The temporary password people made by `createPerson` start with. */
export const TEMPORARY_PASSWORD = 'first-time-pass-9';
/** The password they choose at their first sign-in, unless the test picks another. */
export const OWN_PASSWORD = 'my-own-password-77';

/** The data of a response that must have succeeded. */
export function dataOf<T>(result: GraphQLResponse<T>): T {
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Runs a query that must succeed and returns its data; a failure names the query and the errors. */
export async function gqlData<T = Record<string, never>>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const result = await server.gql<T>(query, variables, { token });
  if (result.errors || !result.data) throw new Error(`${query}\n${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Signs in with a temporary password and chooses `newPassword`, as the app makes a new person do; returns the new session's token. */
export async function firstSignIn(
  server: RunningServer,
  email: string,
  temporaryPassword: string,
  newPassword: string,
): Promise<string> {
  const first = await server.login(email, temporaryPassword);
  const changed = await gqlData<{ changePassword: { accessToken: string } }>(
    server,
    'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }',
    { input: { currentPassword: temporaryPassword, newPassword } },
    first,
  );
  return changed.changePassword.accessToken;
}

export interface PersonInput {
  /** The e-mail address; without it, `<key>@e2e.test`. */
  email?: string;
  key?: string;
  displayName: string;
  departmentId?: string;
  globalRole?: string;
  /** The password chosen at the first sign-in (OWN_PASSWORD unless given). */
  password?: string;
}

export interface Person {
  id: string;
  token: string;
  email: string;
}

/** Creates a person (as the administrator) with a temporary password, signs them in and changes it: a token that may do anything their roles allow. */
export async function createPerson(server: RunningServer, adminToken: string, input: PersonInput): Promise<Person> {
  const email = input.email ?? `${input.key}@e2e.test`;
  const created = await gqlData<{ createUser: { id: string } }>(
    server,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        email,
        displayName: input.displayName,
        temporaryPassword: TEMPORARY_PASSWORD,
        departmentId: input.departmentId,
        globalRole: input.globalRole,
      },
    },
    adminToken,
  );
  const token = await firstSignIn(server, email, TEMPORARY_PASSWORD, input.password ?? OWN_PASSWORD);
  return { id: created.createUser.id, token, email };
}

export async function createDepartment(
  server: RunningServer,
  token: string,
  code: string,
  name: string,
): Promise<string> {
  return (
    await gqlData<{ createDepartment: { id: string } }>(
      server,
      'mutation($input: OrganisationUnitInput!) { createDepartment(input: $input) { id } }',
      { input: { code, name } },
      token,
    )
  ).createDepartment.id;
}

/** Creates an evaluation (its creator becomes its lead) and adds each member with their role; returns its id. */
export async function createEvaluation(
  server: RunningServer,
  token: string,
  title: string,
  members: [userId: string, role: string][] = [],
): Promise<string> {
  const evaluationId = (
    await gqlData<{ createEvaluation: { id: string } }>(
      server,
      'mutation($input: CreateEvaluationInput!) { createEvaluation(input: $input) { id } }',
      { input: { title } },
      token,
    )
  ).createEvaluation.id;
  for (const [userId, role] of members) {
    await gqlData(
      server,
      'mutation($input: MemberInput!) { addEvaluationMember(input: $input) { userId } }',
      { input: { evaluationId, userId, role } },
      token,
    );
  }
  return evaluationId;
}

/**
 * People in one department (made as `createPerson` makes them) and an evaluation, created by the
 * administrator (its lead), with each person who has a role as a member in that role.
 */
export async function createTeam(
  server: RunningServer,
  adminToken: string,
  title: string,
  departmentId: string,
  team: [key: string, displayName: string, role?: string][],
): Promise<{ evaluationId: string; people: Record<string, Person> }> {
  const people: Record<string, Person> = {};
  for (const [key, displayName] of team)
    people[key] = await createPerson(server, adminToken, { key, displayName, departmentId });
  const members = team.flatMap(([key, , role]): [string, string][] => (role ? [[people[key].id, role]] : []));
  return { evaluationId: await createEvaluation(server, adminToken, title, members), people };
}

export interface CatalogueInput {
  vendor: string;
  /** Each product's name and the name of its one version. */
  products: [name: string, version: string][];
  category?: string;
  licence?: string;
}

/** Creates a vendor with products, one version each; returns the versions' ids in the order given. */
export async function createProducts(
  server: RunningServer,
  token: string,
  { vendor, products, category = 'ILS', licence = 'PROPRIETARY' }: CatalogueInput,
): Promise<string[]> {
  const vendorId = (
    await gqlData<{ createVendor: { id: string } }>(
      server,
      'mutation($input: CreateVendorInput!) { createVendor(input: $input) { id } }',
      { input: { name: vendor } },
      token,
    )
  ).createVendor.id;
  const versions: string[] = [];
  for (const [name, version] of products) {
    const productId = (
      await gqlData<{ createProduct: { id: string } }>(
        server,
        'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
        { input: { vendorId, name, category, licence } },
        token,
      )
    ).createProduct.id;
    versions.push(
      (
        await gqlData<{ createProductVersion: { id: string } }>(
          server,
          'mutation($input: CreateProductVersionInput!) { createProductVersion(input: $input) { id } }',
          { input: { productId, name: version } },
          token,
        )
      ).createProductVersion.id,
    );
  }
  return versions;
}

/** Creates the products as `createProducts` does and shortlists each version in the evaluation; returns the candidates' ids in the order given. */
export async function shortlistProducts(
  server: RunningServer,
  token: string,
  evaluationId: string,
  catalogue: CatalogueInput,
): Promise<string[]> {
  const candidates: string[] = [];
  for (const productVersionId of await createProducts(server, token, catalogue)) {
    candidates.push(
      (
        await gqlData<{ shortlistCandidate: { id: string } }>(
          server,
          'mutation($input: ShortlistInput!) { shortlistCandidate(input: $input) { id } }',
          { input: { evaluationId, productVersionId } },
          token,
        )
      ).shortlistCandidate.id,
    );
  }
  return candidates;
}

/** Creates a MUST requirement and approves it; returns it as created. */
export async function approvedRequirement(
  server: RunningServer,
  token: string,
  input: { evaluationId: string; departmentId: string; title: string },
): Promise<{ id: string; version: number }> {
  const requirement = (
    await gqlData<{ createRequirement: { id: string; version: number } }>(
      server,
      'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id version } }',
      { input: { ...input, priority: 'MUST' } },
      token,
    )
  ).createRequirement;
  await gqlData(
    server,
    'mutation($input: DecideRequirementsInput!) { decideRequirements(input: $input) { id } }',
    { input: { requirements: [{ id: requirement.id, version: requirement.version }], decision: 'APPROVE' } },
    token,
  );
  return requirement;
}

/** Moves a draft evaluation on through REQUIREMENTS to SCORING (it must have what each step needs). */
export async function moveToScoring(server: RunningServer, token: string, evaluationId: string): Promise<void> {
  let version = (
    await gqlData<{ evaluation: { version: number } }>(
      server,
      'query($id: ID!) { evaluation(id: $id) { version } }',
      { id: evaluationId },
      token,
    )
  ).evaluation.version;
  for (const to of ['REQUIREMENTS', 'SCORING']) {
    version = (
      await gqlData<{ moveEvaluation: { version: number } }>(
        server,
        'mutation($input: MoveEvaluationInput!) { moveEvaluation(input: $input) { version } }',
        { input: { id: evaluationId, version, to } },
        token,
      )
    ).moveEvaluation.version;
  }
}
