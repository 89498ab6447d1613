import { GraphQLResponse, RunningServer } from './server';

/** The temporary password people made by `createPerson` start with. */
export const TEMPORARY_PASSWORD = 'first-time-pass-9';
/** The password they choose at their first sign-in, unless the test picks another. */
export const OWN_PASSWORD = 'my-own-password-77';

/** What the tests read of a test case, a run and a result. */
const TEST_CASE =
  'id key number title currentVersion version priority tags steps { action expected } requirements { id code }';
const TEST_RUN = 'id status version progress { total untested passed failed blocked skipped retest }';
const TEST_RESULT =
  'id caseKey status version tester { displayName } caseVersion { number title steps { action expected } }';
/** What the tests read of a defect. */
const DEFECT =
  'id key number evaluationId candidateId candidateName title description severity component foundInVersion vendorTicketRef resolutionNotes status wontFixReason duplicateOfId duplicateOfKey fixedInVersion retestDueAt resolvedAt reporter { displayName } version';

/**
 * One GraphQL document per operation the tests perform, so that a change to an operation is made
 * in one place. Each selects everything the tests read of its result; a test whose point is a
 * particular selection (or a refusal, or a document written a particular way) writes its own.
 */
export const GQL = {
  login:
    'mutation($input: LoginInput!) { login(input: $input) { accessToken user { email globalRole mustChangePassword } } }',
  logout: 'mutation { logout }',
  logoutEverywhere: 'mutation { logoutEverywhere }',
  me: '{ me { id email displayName globalRole } }',
  endSession: 'mutation($id: ID!) { endSession(id: $id) }',
  changePassword:
    'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken user { mustChangePassword } } }',
  resetPassword: 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id mustChangePassword } }',
  createUser:
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id email displayName globalRole version mustChangePassword memberLibrary { code } department { code } } }',
  updateUser:
    'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id displayName globalRole active version department { code } } }',
  user: 'query($id: ID!) { user(id: $id) { displayName version } }',
  users:
    'query($filter: UsersFilter, $page: PageInput) { users(filter: $filter, page: $page) { total items { id email displayName active version } } }',
  departments: '{ departments { id code } }',
  createDepartment: 'mutation($input: OrganisationUnitInput!) { createDepartment(input: $input) { id } }',
  updateDepartment:
    'mutation($input: UpdateOrganisationUnitInput!) { updateDepartment(input: $input) { name version } }',
  createMemberLibrary: 'mutation($input: OrganisationUnitInput!) { createMemberLibrary(input: $input) { id } }',
  updateMemberLibrary:
    'mutation($input: UpdateOrganisationUnitInput!) { updateMemberLibrary(input: $input) { id name version } }',
  createEvaluation: 'mutation($input: CreateEvaluationInput!) { createEvaluation(input: $input) { id status } }',
  updateEvaluation: 'mutation($input: UpdateEvaluationInput!) { updateEvaluation(input: $input) { id version } }',
  addEvaluationMember: 'mutation($input: MemberInput!) { addEvaluationMember(input: $input) { userId displayName } }',
  removeEvaluationMember:
    'mutation($input: MemberInput!) { removeEvaluationMember(input: $input) { userId displayName } }',
  createVendor: 'mutation($input: CreateVendorInput!) { createVendor(input: $input) { id name companyNotes version } }',
  updateVendor:
    'mutation($input: UpdateVendorInput!) { updateVendor(input: $input) { name headquarters status version } }',
  createProduct: 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id version } }',
  createProductVersion:
    'mutation($input: CreateProductVersionInput!) { createProductVersion(input: $input) { id version } }',
  installations:
    'query($productId: ID!) { installations(productId: $productId) { id kind installedOn productVersionName notes version appliedBy { id displayName } acceptingRun { id buildLabel progress { total passed failed } } acceptingPlanName } }',
  recordInstallation:
    'mutation($input: RecordInstallationInput!) { recordInstallation(input: $input) { id kind installedOn productVersionName version appliedBy { id displayName } acceptingRun { id } } }',
  updateInstallation:
    'mutation($input: UpdateInstallationInput!) { updateInstallation(input: $input) { id kind installedOn notes version acceptingRun { id } } }',
  removeInstallation: 'mutation($input: InstallationRef!) { removeInstallation(input: $input) }',
  createContact: 'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }',
  createResearchNote: 'mutation($input: CreateResearchNoteInput!) { createResearchNote(input: $input) { id version } }',
  saveReferenceQuestion: 'mutation($input: ReferenceQuestionInput!) { saveReferenceQuestion(input: $input) { id } }',
  createReferenceCheck:
    'mutation($input: CreateReferenceCheckInput!) { createReferenceCheck(input: $input) { id version } }',
  archiveCatalogItem:
    'mutation($input: CatalogItemRef!) { archiveCatalogItem(input: $input) { id version archivedAt } }',
  restoreCatalogItem:
    'mutation($input: CatalogItemRef!) { restoreCatalogItem(input: $input) { id version archivedAt } }',
  attachments:
    'query($kind: AttachmentOwnerKind!, $id: ID!) { attachments(ownerKind: $kind, ownerId: $id) { id fileName downloadUrl } }',
  deleteAttachment: 'mutation($id: ID!) { deleteAttachment(id: $id) }',
  shortlistCandidate: 'mutation($input: ShortlistInput!) { shortlistCandidate(input: $input) { id version } }',
  setCandidateState:
    'mutation($input: CandidateStateInput!) { setCandidateState(input: $input) { state eliminatedReason version } }',
  requirements:
    'query($id: ID!, $filter: RequirementFilter, $page: PageInput) { requirements(evaluationId: $id, filter: $filter, page: $page) { total items { id code title version } } }',
  createRequirement:
    'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id code status version departmentId } }',
  decideRequirements:
    'mutation($input: DecideRequirementsInput!) { decideRequirements(input: $input) { id code status } }',
  updateRequirement: 'mutation($input: UpdateRequirementInput!) { updateRequirement(input: $input) { id } }',
  saveTrainingNeed:
    'mutation($id: ID!, $input: TrainingNeedInput!) { saveTrainingNeed(evaluationId: $id, input: $input) { id } }',
  setCostSettings:
    'mutation($input: CostSettingsInput!) { setCostSettings(input: $input) { id costYears trainingHourlyRate } }',
  saveCostItem:
    'mutation($input: CostItemInput!) { saveCostItem(input: $input) { id candidateId kind label amount notes version } }',
  deleteCostItem: 'mutation($id: ID!) { deleteCostItem(id: $id) }',
  evaluations: '{ evaluations { total items { id } } }',
  evaluationVersion: 'query($id: ID!) { evaluation(id: $id) { version } }',
  evaluationCandidates: 'query($id: ID!) { evaluation(id: $id) { candidates { id productName } } }',
  moveEvaluation: 'mutation($input: MoveEvaluationInput!) { moveEvaluation(input: $input) { status version } }',
  draftRubric:
    'mutation($evaluationId: ID!) { draftRubric(evaluationId: $evaluationId) { id number basedOnNumber frozenAt scaleMin scaleMax descriptors { value } criteria { id key title parentId normalisedWeight globalWeight } comparisons { parentKey weights } invalidatedScores { key title reason scoreCount roundCount } } }',
  rubricCriteria: 'query($id: ID!) { rubricVersion(id: $id) { criteria { id title parentId } } }',
  generateCriteriaFromRequirements:
    'mutation($id: ID!) { generateCriteriaFromRequirements(rubricVersionId: $id) { id criteria { id title parentId } } }',
  saveCriterion:
    'mutation($input: CriterionInput!) { saveCriterion(input: $input) { id criteria { id title parentId normalisedWeight globalWeight } } }',
  deleteCriterion: 'mutation($v: ID!, $c: ID!) { deleteCriterion(rubricVersionId: $v, criterionId: $c) { id } }',
  setPairwiseComparison:
    'mutation($input: PairwiseInput!) { setPairwiseComparison(input: $input) { criteria { title normalisedWeight } comparisons { parentKey weights consistencyRatio consistent } } }',
  setRubricScale: 'mutation($input: RubricScaleInput!) { setRubricScale(input: $input) { id } }',
  openScoringRound:
    'mutation($input: OpenRoundInput!) { openScoringRound(input: $input) { id status candidateIds rubricVersionId } }',
  saveScore: 'mutation($input: ScoreInput!) { saveScore(input: $input) { id value comment evidenceUrl } }',
  revealScoringRound: 'mutation($roundId: ID!) { revealScoringRound(roundId: $roundId) { id status } }',
  closeScoringRound: 'mutation($roundId: ID!) { closeScoringRound(roundId: $roundId) { id status } }',
  conflictsOfInterest:
    'query($id: ID!) { conflictsOfInterest(evaluationId: $id) { all vendors { vendorId vendorName candidateIds } declarations { id evaluatorName vendorId vendorName conflict description excluded overriddenByName overrideReason version } } }',
  declareConflicts:
    'mutation($input: DeclareConflictsInput!) { declareConflicts(input: $input) { id vendorId conflict description excluded version } }',
  overrideConflict:
    'mutation($input: OverrideConflictInput!) { overrideConflict(input: $input) { id excluded overriddenByName overrideReason version } }',
  setConsensusScore: 'mutation($input: ConsensusInput!) { setConsensusScore(input: $input) { value note } }',
  createTestPlan: 'mutation($input: CreateTestPlanInput!) { createTestPlan(input: $input) { id version } }',
  updateTestPlan: 'mutation($input: UpdateTestPlanInput!) { updateTestPlan(input: $input) { id version } }',
  deleteTestPlan: 'mutation($input: TestPlanRef!) { deleteTestPlan(input: $input) }',
  setTestPlanMembers:
    'mutation($input: SetTestPlanMembersInput!) { setTestPlanMembers(input: $input) { id members { id } } }',
  createTestCase: `mutation($input: CreateTestCaseInput!) { createTestCase(input: $input) { ${TEST_CASE} } }`,
  updateTestCase: `mutation($input: UpdateTestCaseInput!) { updateTestCase(input: $input) { ${TEST_CASE} } }`,
  archiveTestCase: 'mutation($input: TestCaseRef!) { archiveTestCase(input: $input) { id archivedAt version } }',
  copyTestCases: `mutation($input: CopyTestCasesInput!) { copyTestCases(input: $input) { ${TEST_CASE} } }`,
  createTestRun: `mutation($input: CreateTestRunInput!) { createTestRun(input: $input) { ${TEST_RUN} } }`,
  updateTestRun: `mutation($input: UpdateTestRunInput!) { updateTestRun(input: $input) { ${TEST_RUN} } }`,
  closeTestRun: `mutation($input: TestRunRef!) { closeTestRun(input: $input) { ${TEST_RUN} } }`,
  recordTestResult: `mutation($input: RecordTestResultInput!) { recordTestResult(input: $input) { ${TEST_RESULT} } }`,
  testRunResults: `query($id: ID!, $filter: TestResultFilter, $page: TestPageInput) { testRun(id: $id) { results(filter: $filter, page: $page) { total items { ${TEST_RESULT} } } } }`,
  createDefect: `mutation($input: CreateDefectInput!) { createDefect(input: $input) { ${DEFECT} } }`,
  updateDefect: `mutation($input: UpdateDefectInput!) { updateDefect(input: $input) { ${DEFECT} } }`,
  changeDefectStatus: `mutation($input: ChangeDefectStatusInput!) { changeDefectStatus(input: $input) { ${DEFECT} } }`,
  linkDefectResult: `mutation($input: DefectResultInput!) { linkDefectResult(input: $input) { ${DEFECT} results { resultId } } }`,
  defect: `query($id: ID!) { defect(id: $id) { ${DEFECT} results { resultId caseKey caseTitle status versionName buildLabel } myAccess { canEdit canChangeStatus nextStatuses } history { action actorName changes { field before after } } } }`,
  evaluationDefects: `query($id: ID!, $filter: DefectFilter, $page: PageInput) { evaluation(id: $id) { defectComponents defects(filter: $filter, page: $page) { total items { ${DEFECT} } } } }`,
} as const;

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
    GQL.changePassword,
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
    GQL.createUser,
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
    await gqlData<{ createDepartment: { id: string } }>(server, GQL.createDepartment, { input: { code, name } }, token)
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
    await gqlData<{ createEvaluation: { id: string } }>(server, GQL.createEvaluation, { input: { title } }, token)
  ).createEvaluation.id;
  for (const [userId, role] of members) {
    await gqlData(server, GQL.addEvaluationMember, { input: { evaluationId, userId, role } }, token);
  }
  return evaluationId;
}

/** Someone `createTeam` makes: a key (their e-mail address is `<key>@e2e.test`), their name, and their role in the evaluation (none for an outsider). */
export type TeamMember = [key: string, displayName: string, role?: string];

/** The people the scoring, cost and results tests share, by key: display name and role in the evaluation (an outsider has none). */
const CAST = {
  lia: ['Lia Lead', 'LEAD'],
  ada: ['Ada Evaluator', 'EVALUATOR'],
  ben: ['Ben Evaluator', 'EVALUATOR'],
  eve: ['Eve Evaluator', 'EVALUATOR'],
  hal: ['Hal Head', 'DEPARTMENT_HEAD'],
  vic: ['Vic Viewer', 'VIEWER'],
  out: ['Otto Outsider'],
} satisfies Record<string, [displayName: string, role?: string]>;

/** Members of CAST as a team for `createTeam`, in the order given. */
export function cast(...keys: (keyof typeof CAST)[]): TeamMember[] {
  return keys.map((key) => [key, ...(CAST[key] as [string, string?])]);
}

/** Two products of one vendor, for tests that need candidates but do not care which. */
export const ALPHA_AND_BETA: CatalogueInput = {
  vendor: 'Vendor',
  products: [
    ['Alpha', '1.0'],
    ['Beta', '1.0'],
  ],
};

/**
 * People in one department (made as `createPerson` makes them) and an evaluation, created by the
 * administrator (its lead), with each person who has a role as a member in that role.
 */
export async function createTeam(
  server: RunningServer,
  adminToken: string,
  title: string,
  departmentId: string,
  team: TeamMember[],
  options: {
    /** Added to each e-mail address (`<key>.<tag>@e2e.test`), so that one file can make the same team once per test. */
    tag?: string;
    /** The password each person chooses at their first sign-in (OWN_PASSWORD unless given), for a test that signs in as them. */
    password?: string;
  } = {},
): Promise<{ evaluationId: string; people: Record<string, Person> }> {
  const { tag, password } = options;
  const people: Record<string, Person> = {};
  for (const [key, displayName] of team)
    people[key] = await createPerson(server, adminToken, {
      key: tag ? `${key}.${tag}` : key,
      displayName,
      departmentId,
      password,
    });
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
    await gqlData<{ createVendor: { id: string } }>(server, GQL.createVendor, { input: { name: vendor } }, token)
  ).createVendor.id;
  const versions: string[] = [];
  for (const [name, version] of products) {
    const productId = (
      await gqlData<{ createProduct: { id: string } }>(
        server,
        GQL.createProduct,
        { input: { vendorId, name, category, licence } },
        token,
      )
    ).createProduct.id;
    versions.push(
      (
        await gqlData<{ createProductVersion: { id: string } }>(
          server,
          GQL.createProductVersion,
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
          GQL.shortlistCandidate,
          { input: { evaluationId, productVersionId } },
          token,
        )
      ).shortlistCandidate.id,
    );
  }
  return candidates;
}

/** A team as `createTeam` makes it, with the catalogue's products shortlisted in its evaluation (candidates in the order given). */
export async function createTeamWithCandidates(
  server: RunningServer,
  adminToken: string,
  title: string,
  departmentId: string,
  team: TeamMember[],
  catalogue: CatalogueInput,
  options: { tag?: string; password?: string } = {},
): Promise<{ evaluationId: string; people: Record<string, Person>; candidates: string[] }> {
  const { evaluationId, people } = await createTeam(server, adminToken, title, departmentId, team, options);
  return { evaluationId, people, candidates: await shortlistProducts(server, adminToken, evaluationId, catalogue) };
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
      GQL.createRequirement,
      { input: { ...input, priority: 'MUST' } },
      token,
    )
  ).createRequirement;
  await gqlData(
    server,
    GQL.decideRequirements,
    { input: { requirements: [{ id: requirement.id, version: requirement.version }], decision: 'APPROVE' } },
    token,
  );
  return requirement;
}

/** Moves a draft evaluation on through REQUIREMENTS to SCORING (it must have what each step needs). */
export async function moveToScoring(server: RunningServer, token: string, evaluationId: string): Promise<void> {
  let version = (
    await gqlData<{ evaluation: { version: number } }>(server, GQL.evaluationVersion, { id: evaluationId }, token)
  ).evaluation.version;
  for (const to of ['REQUIREMENTS', 'SCORING']) {
    version = (
      await gqlData<{ moveEvaluation: { version: number } }>(
        server,
        GQL.moveEvaluation,
        { input: { id: evaluationId, version, to } },
        token,
      )
    ).moveEvaluation.version;
  }
}

/** Starts the evaluation's next rubric version (a copy of the last, or an empty one); returns it. */
export async function draftRubric(
  server: RunningServer,
  token: string,
  evaluationId: string,
): Promise<{
  id: string;
  number: number;
  criteria: { id: string; key: string; title: string; parentId: string | null }[];
}> {
  return (
    await gqlData<{
      draftRubric: {
        id: string;
        number: number;
        criteria: { id: string; key: string; title: string; parentId: string | null }[];
      };
    }>(server, GQL.draftRubric, { evaluationId }, token)
  ).draftRubric;
}

export interface CriterionInput {
  rubricVersionId: string;
  title: string;
  id?: string;
  parentId?: string;
  weight?: number;
  description?: string;
  requirementIds?: string[];
}

/** A criterion as GQL.saveCriterion returns it. */
export interface CriterionView {
  id: string;
  title: string;
  parentId: string | null;
  normalisedWeight: number;
  globalWeight: number;
}

/** Adds (or, with `id`, edits) a criterion of a draft rubric version; returns the version's criteria after it. */
export async function saveCriterion(
  server: RunningServer,
  token: string,
  input: CriterionInput,
): Promise<CriterionView[]> {
  return (await gqlData<{ saveCriterion: { criteria: CriterionView[] } }>(server, GQL.saveCriterion, { input }, token))
    .saveCriterion.criteria;
}

/** Opens the evaluation's next scoring round on its current rubric version (which freezes it); returns the round's id. */
export async function openScoringRound(server: RunningServer, token: string, evaluationId: string): Promise<string> {
  return (
    await gqlData<{ openScoringRound: { id: string } }>(
      server,
      GQL.openScoringRound,
      { input: { evaluationId } },
      token,
    )
  ).openScoringRound.id;
}

/** Saves an evaluator's score, which must be accepted. */
export async function saveScore(
  server: RunningServer,
  token: string,
  input: { roundId: string; candidateId: string; criterionId: string; value: number | null; comment?: string },
): Promise<void> {
  await gqlData(server, GQL.saveScore, { input }, token);
}

/**
 * The evaluator declares "no conflict of interest" for every vendor with candidates in the
 * evaluation not yet declared, as they must before the round they score in can be revealed.
 */
export async function declareNoConflicts(server: RunningServer, token: string, evaluationId: string): Promise<void> {
  const { conflictsOfInterest } = await gqlData<{
    conflictsOfInterest: { vendors: { vendorId: string }[]; declarations: { vendorId: string }[] };
  }>(server, GQL.conflictsOfInterest, { id: evaluationId }, token);
  const declared = new Set(conflictsOfInterest.declarations.map((d) => d.vendorId));
  const declarations = conflictsOfInterest.vendors
    .filter((v) => !declared.has(v.vendorId))
    .map((v) => ({ vendorId: v.vendorId, conflict: false }));
  if (declarations.length > 0)
    await gqlData(server, GQL.declareConflicts, { input: { evaluationId, declarations } }, token);
}

export async function revealScoringRound(server: RunningServer, token: string, roundId: string): Promise<void> {
  await gqlData(server, GQL.revealScoringRound, { roundId }, token);
}

export async function setConsensusScore(
  server: RunningServer,
  token: string,
  input: { roundId: string; candidateId: string; criterionId: string; value: number; note: string },
): Promise<void> {
  await gqlData(server, GQL.setConsensusScore, { input }, token);
}
