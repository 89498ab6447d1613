import { GraphQLResponse, RunningServer } from './server';

/** The temporary password people made by `createPerson` start with. */
export const TEMPORARY_PASSWORD = 'first-time-pass-9';
/** The password they choose at their first sign-in, unless the test picks another. */
export const OWN_PASSWORD = 'my-own-password-77';

/**
 * A stage of a test file's story, built once by the first test that asks for it. A test that
 * starts from a stage awaits it, so any one test runs alone (`-t "<its name>"`); in the file's
 * order the test that builds a stage is the first to ask, and its checks run there.
 */
export function once<T>(work: () => Promise<T>): () => Promise<T> {
  let done: Promise<T> | undefined;
  return () => (done ??= work());
}

/** What the tests read of a test case, a run and a result. */
const TEST_CASE =
  'id key number title currentVersion version priority tags steps { action expected } requirements { id code }';
const TEST_RUN = 'id status version progress { total untested passed failed blocked skipped retest }';
const TEST_RESULT =
  'id caseKey status version tester { displayName } caseVersion { number title steps { action expected } }';
/** What the tests read of a defect. */
const DEFECT =
  'id key number evaluationId candidateId candidateName title description severity component foundInVersion vendorTicketRef resolutionNotes status wontFixReason duplicateOfId duplicateOfKey fixedInVersion retestDueAt resolvedAt reporter { displayName } version';

/** What the tests read of a waiver, a notification, a recommendation and a sign-off. */
const WAIVER = 'id state version rationale proposedByName decidedByName';
const NOTIFICATION = 'id kind title link evaluationId objectType objectId actorName readAt';
const RECOMMENDATION_VERSION =
  'id number state snapshotJson approvals reportPdfUrl reviews { directorName outcome comment evidencePath }';
const RECOMMENDATION = `id state version requiredApprovals candidateId candidateName canEdit canSubmit canWithdraw canReview currentVersion { ${RECOMMENDATION_VERSION} } versions { ${RECOMMENDATION_VERSION} }`;
const SIGN_OFF = 'id role signerName departmentName verdict fingerprint outdated comment';
const PROBLEM_NOTICE = 'id title kind productName libraries { code } recipientCount closedAt canClose version';

const VENDOR_CLAIM = 'id requirementCode claim roadmapDate comment updatedBy version';

const LIBRARY_PRIORITIES =
  'rule myLibrary { code } canMark canManage libraries { code } requirements { code priority version myMark mustCount shouldCount couldCount notNeededCount derived tied marks { memberLibraryId priority } disagreements { memberLibraryId priority } }';

const FOLLOW_UP = `dueAt overdue evaluationTitle defect { id key status fixedInVersion } cases { caseKey caseTitle planName runId runLabel }`;

const REQUIREMENT = `id evaluationId code title description category departmentId priority mandatory verificationMethod rationale status decidedAt decisionComment isDemo createdAt updatedAt version testCases { key title planId planName } origins { originalRequirementId code title description departmentId proposedByName }`;

const PROBLEM_REPORT =
  'id key title description component severity status productId productName resolutionNotes resolvedAt reporter { displayName } version';
const REQUIREMENT_LIBRARY = 'id name latestPublished version versions { number status itemCount }';
const REQUIREMENT_MERGE =
  'id survivorId survivorCode mergedCodes mergedByName undoneAt movedLinks droppedLinks version';

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
  me: '{ me { id email displayName globalRole department { id } } }',
  endSession: 'mutation($id: ID!) { endSession(id: $id) }',
  changePassword:
    'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken user { mustChangePassword } } }',
  resetPassword: 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id mustChangePassword } }',
  createUser:
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id email displayName globalRole version mustChangePassword memberLibrary { code } department { code } } }',
  updateUser:
    'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id displayName globalRole active version department { code } } }',
  user: 'query($id: ID!) { user(id: $id) { id displayName version } }',
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
    'query($id: ID!, $filter: RequirementFilter, $page: PageInput) { requirements(evaluationId: $id, filter: $filter, page: $page) { total items { id code title category status version verificationMethod libraryItemId libraryVersion testCases { key } } } }',
  createRequirement:
    'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id code status version departmentId verificationMethod } }',
  decideRequirements:
    'mutation($input: DecideRequirementsInput!) { decideRequirements(input: $input) { id code status version } }',
  updateRequirement:
    'mutation($input: UpdateRequirementInput!) { updateRequirement(input: $input) { id code status version departmentId verificationMethod } }',
  saveTrainingNeed:
    'mutation($id: ID!, $input: TrainingNeedInput!) { saveTrainingNeed(evaluationId: $id, input: $input) { id } }',
  setCostSettings:
    'mutation($input: CostSettingsInput!) { setCostSettings(input: $input) { id costYears trainingHourlyRate } }',
  saveCostItem:
    'mutation($input: CostItemInput!) { saveCostItem(input: $input) { id candidateId kind label amount notes version } }',
  deleteCostItem: 'mutation($id: ID!) { deleteCostItem(id: $id) }',
  evaluations: '{ evaluations { total items { id title status isDemo } } }',
  evaluationVersion: 'query($id: ID!) { evaluation(id: $id) { version } }',
  evaluationCandidates: 'query($id: ID!) { evaluation(id: $id) { candidates { id productName state version } } }',
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
    'query($id: ID!) { conflictsOfInterest(evaluationId: $id) { all vendors { vendorId vendorName candidateIds } declarations { id evaluatorName vendorId vendorName conflict description excluded overriddenByName overrideReason version history { action actorName } } } }',
  /** Only what `declareNoConflicts` needs: the vendors and which of them are declared already. */
  conflictVendors:
    'query($id: ID!) { conflictsOfInterest(evaluationId: $id) { vendors { vendorId } declarations { vendorId } } }',
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
  // Acceptance: criteria, verifications and waivers.
  evaluationAcceptance:
    'query($id: ID!) { evaluation(id: $id) { candidates { id acceptance { verdict reasons { kind effect message requirementIds caseIds defectIds waiverIds } passRate { passed failed notRun percent } shouldCoverage { total verified waived percent } requirements { requirementId state waiverId } } } } }',
  evaluationAcceptanceCriteria:
    'query($id: ID!) { evaluation(id: $id) { acceptanceCriteria { mandatoryVerified passRateThreshold noOpenCriticalDefects noOpenMajorDefects minShouldCoverage isDefault version } } }',
  setAcceptanceCriteria:
    'mutation($input: SetAcceptanceCriteriaInput!) { setAcceptanceCriteria(input: $input) { mandatoryVerified passRateThreshold noOpenCriticalDefects noOpenMajorDefects minShouldCoverage isDefault version } }',
  recordVerification:
    'mutation($input: RecordVerificationInput!) { recordVerification(input: $input) { id requirementCode outcome note recordedByName current } }',
  evaluationVerifications:
    'query($id: ID!) { evaluation(id: $id) { candidates { id verifications { outcome current } } } }',
  proposeWaiver: `mutation($input: ProposeWaiverInput!) { proposeWaiver(input: $input) { ${WAIVER} } }`,
  agreeToWaiver: `mutation($input: WaiverDecisionInput!) { agreeToWaiver(input: $input) { ${WAIVER} } }`,
  rejectWaiver: `mutation($input: WaiverDecisionInput!) { rejectWaiver(input: $input) { ${WAIVER} } }`,
  withdrawWaiver: `mutation($input: WaiverDecisionInput!) { withdrawWaiver(input: $input) { ${WAIVER} } }`,
  evaluationWaivers: `query($id: ID!) { evaluation(id: $id) { candidates { id waivers { ${WAIVER} } } } }`,
  evaluationStatus: 'query($id: ID!) { evaluation(id: $id) { status version statusCheck { next problems } } }',
  // Notifications.
  notifications: `query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) { total items { ${NOTIFICATION} } } unreadNotificationCount }`,
  markNotificationRead: `mutation($id: ID!) { markNotificationRead(id: $id) { ${NOTIFICATION} } }`,
  markAllNotificationsRead: 'mutation { markAllNotificationsRead }',
  // Sessions and API tokens.
  mySessions: '{ mySessions { id current device userAgent clientAddress startedAt lastSeenAt expiresAt } }',
  createApiToken:
    'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id name prefix createdAt expiresAt lastUsedAt expired } } }',
  myApiTokens: '{ myApiTokens { id name prefix createdAt expiresAt lastUsedAt expired } }',
  revokeApiToken: 'mutation($id: ID!) { revokeApiToken(id: $id) }',
  // Recommendations and decisions.
  saveRecommendation: `mutation($input: SaveRecommendationInput!) { saveRecommendation(input: $input) { ${RECOMMENDATION} } }`,
  setRequiredApprovals: `mutation($e: ID!, $n: Int!, $v: Int!) { setRequiredApprovals(evaluationId: $e, requiredApprovals: $n, version: $v) { ${RECOMMENDATION} } }`,
  submitRecommendation: `mutation($e: ID!, $v: Int!) { submitRecommendation(evaluationId: $e, version: $v) { ${RECOMMENDATION} } }`,
  withdrawRecommendation: `mutation($e: ID!, $v: Int!) { withdrawRecommendation(evaluationId: $e, version: $v) { ${RECOMMENDATION} } }`,
  reviewRecommendation: `mutation($input: ReviewRecommendationInput!) { reviewRecommendation(input: $input) { ${RECOMMENDATION} } }`,
  evaluationRecommendation: `query($id: ID!) { evaluation(id: $id) { status version candidates { id state } recommendation { ${RECOMMENDATION} evidenceJson } decision { id candidateId candidateName recommendationVersionId snapshotJson approvals { directorName comment } reportPdfUrl reportXlsxUrl } } }`,
  evaluationRankings:
    'query($id: ID!) { evaluation(id: $id) { scoringRounds { id status ranking { winnerId candidates { candidateId rank score scoredWeight knockedOut } } } } }',
  // Acceptance sign-offs.
  signAcceptance: `mutation($input: SignAcceptanceInput!) { signAcceptance(input: $input) { ${SIGN_OFF} } }`,
  withdrawSignOff: `mutation($input: WithdrawSignOffInput!) { withdrawSignOff(input: $input) { ${SIGN_OFF} } }`,
  evaluationSignOffs: `query($id: ID!) { evaluation(id: $id) { candidates { id acceptance { verdict fingerprint } signOffs { ${SIGN_OFF} } } } }`,
  requestSignOffs: 'mutation($input: RequestSignOffsInput!) { requestSignOffs(input: $input) }',
  evaluationSignOffRoles: 'query($id: ID!) { evaluation(id: $id) { mySignOffRoles { role departmentName } } }',
  // Problem notices.
  sendProblemNotice: `mutation($input: SendProblemNoticeInput!) { sendProblemNotice(input: $input) { ${PROBLEM_NOTICE} } }`,
  closeProblemNotice: `mutation($input: ProblemNoticeRef!) { closeProblemNotice(input: $input) { ${PROBLEM_NOTICE} } }`,
  problemNotice: `query($id: ID!) { problemNotice(id: $id) { ${PROBLEM_NOTICE} } }`,
  problemNotices: `query($productId: ID!) { problemNotices(productId: $productId) { ${PROBLEM_NOTICE} } }`,
  // The home page: a person's work (the whole of it), and the parts the decisions and notices tests read.
  myWork:
    '{ myWork { personId roles runsToTest { planName evaluationId run { id } } followUps { due overdue } ledEvaluations { evaluation { id title status } next problems candidatesWithoutVerdict } waiversProposed { id evaluationId requirementCode candidateName } waiversToAgree { id evaluationId requirementCode candidateName proposedByName } signOffsMissing { evaluationId candidateName verdict missing } signOffsForDirector { evaluationId candidateName missing } defectsInTriage { evaluationId count } problemReportsInTriage scoringRounds { roundId evaluationId number scored expected } requirementsToDecide { evaluationId proposed } } myFollowUpCount { due overdue } myTestRuns { run { id } } }',
  myWorkRecommendations:
    '{ myWork { recommendationsToReview { evaluationId versionNumber candidateName approvals requiredApprovals } decisionsTaken { evaluationId candidateName } } }',
  myWorkNotices: `{ myWork { openNotices { ${PROBLEM_NOTICE} } } }`,
  // Vendor claims.
  setVendorClaim: `mutation($input: SetVendorClaimInput!) { setVendorClaim(input: $input) { ${VENDOR_CLAIM} } }`,
  evaluationVendorClaims: `query($id: ID!) { evaluation(id: $id) { candidates { id vendorClaims { ${VENDOR_CLAIM} } } } }`,
  vendorClaimDisagreements:
    'query($id: ID!, $c: ID!) { evaluation(id: $id) { vendorClaimDisagreements(candidateId: $c) { requirementCode claim kind kinds caseKeys criteriaScoredZero mandatory } } }',
  // Member libraries' priorities.
  libraryPriorities: `query($evaluationId: ID!) { libraryPriorities(evaluationId: $evaluationId) { ${LIBRARY_PRIORITIES} } }`,
  markLibraryPriorities: `mutation($input: MarkLibraryPrioritiesInput!) { markLibraryPriorities(input: $input) { ${LIBRARY_PRIORITIES} } }`,
  setConsortiumPriorityRule: `mutation($input: SetConsortiumPriorityRuleInput!) { setConsortiumPriorityRule(input: $input) { ${LIBRARY_PRIORITIES} } }`,
  applyLibraryPriorities:
    'mutation($input: ApplyLibraryPrioritiesInput!) { applyLibraryPriorities(input: $input) { code priority version } }',
  // Follow-ups.
  myFollowUps: `{ myFollowUps { ${FOLLOW_UP} } myFollowUpCount { due overdue } }`,
  evaluationFollowUps: `query($id: ID!) { evaluation(id: $id) { followUps { ${FOLLOW_UP} } } }`,
  // Defect trends.
  defectTrends: `query($e: ID, $p: ID) { defectTrends(evaluationId: $e, productId: $p) { total openBySeverity { critical major minor trivial } weeks { week opened closed reopened openAtEnd { critical major minor trivial } } components { component open total } resolution { resolved meanDays medianDays } passRates { label passed failed total percent } } }`,
  // Upgrade comparison.
  upgradeComparison: `query($id: ID!, $a: ID, $b: ID, $categories: [UpgradeCategory!]) { testPlan(id: $id) { upgradeComparison(runAId: $a, runBId: $b, categories: $categories) { runA { id buildLabel productVersionName } runB { id buildLabel productVersionName } caseCounts { newlyFailing newlyPassing notRunInOne unchanged newCase notRunInBoth } requirementCounts { newlyFailing newlyPassing notRunInOne unchanged newCase notRunInBoth } casesTotal cases { key category statusA statusB requirementCodes defects { key } } requirements { code category newlyFailingKeys caseKeys } } } }`,
  // Installations' history.
  installationHistory: `query($productId: ID!) { installations(productId: $productId) { id history { actorName action changes { field before after } } } }`,
  // Search.
  catalogSearch: `query($input: CatalogSearchInput!, $page: PageInput) { catalogSearch(input: $input, page: $page) { total items { kind id title vendorId evaluationId planId rank snippet { text match } } } }`,
  // Results with the failures a JUnit import records.
  testRunResultsImported: `query($id: ID!) { testRun(id: $id) { status results(page: { limit: 100, offset: 0 }) { total items { caseKey status version failureKind failureMessage actualResult } } } }`,
  // A plan's test cases.
  testPlanCases: `query($planId: ID!) { testPlan(id: $planId) { cases(page: { limit: 500, offset: 0 }) { total items { id key title currentVersion version priority tags section preconditions automationName steps { action expected } requirements { code } } } } }`,
  // Requirements: one, its merges and what links to it.
  requirement: `query($id: ID!) { requirement(id: $id) { ${REQUIREMENT} } }`,
  evaluationRequirementLinks: `query($id: ID!) { evaluation(id: $id) { rubric { criteria { id title requirementIds } } candidates { id vendorClaims { id requirementCode claim comment version } waivers { id requirementId requirementCode state rationale version } verifications { id requirementId requirementCode outcome note recordedAt } } } }`,
  requirementPriorityAndStatus: 'query($id: ID!) { requirement(id: $id) { priority status } }',
  requirementHistory:
    'query($id: ID!) { requirement(id: $id) { code history { action actorName changes { field before after } } } }',
  evaluationRequirementCounts:
    'query($id: ID!) { evaluation(id: $id) { requirementCounts { departmentId priority status count } } }',
  evaluationTrainingSummary:
    'query($id: ID!) { evaluation(id: $id) { trainingSummary { candidateId needs people totalHours } } }',
  requirementDuplicates: `query($id: ID!) { requirementDuplicates(evaluationId: $id) { similarity first { id code } second { id code } } }`,
  mergeRequirements: `mutation($input: MergeRequirementsInput!) { mergeRequirements(input: $input) { ${REQUIREMENT_MERGE} } }`,
  undoRequirementMerge: `mutation($id: ID!, $version: Int!) { undoRequirementMerge(id: $id, version: $version) { ${REQUIREMENT_MERGE} } }`,
  requirementMerges: `query($id: ID!) { requirementMerges(evaluationId: $id) { ${REQUIREMENT_MERGE} } }`,
  // Requirement libraries.
  requirementLibraries: `{ requirementLibraries { ${REQUIREMENT_LIBRARY} } }`,
  requirementLibrary: `query($id: ID!) { requirementLibrary(id: $id) { ${REQUIREMENT_LIBRARY} } }`,
  requirementLibraryItems:
    'query($id: ID!, $v: Int!) { requirementLibraryItems(libraryId: $id, version: $v) { id code title priority mandatory verificationMethod proposedFrom } }',
  createRequirementLibrary: `mutation($input: CreateRequirementLibraryInput!) { createRequirementLibrary(input: $input) { ${REQUIREMENT_LIBRARY} } }`,
  publishRequirementLibraryVersion: `mutation($id: ID!, $v: Int!) { publishRequirementLibraryVersion(libraryId: $id, version: $v) { ${REQUIREMENT_LIBRARY} } }`,
  startRequirementsFromLibrary:
    'mutation($input: StartFromLibraryInput!) { startRequirementsFromLibrary(input: $input) { copied libraryVersion } }',
  proposeRequirementsToLibrary: `mutation($input: ProposeToLibraryInput!) { proposeRequirementsToLibrary(input: $input) { ${REQUIREMENT_LIBRARY} } }`,
  // Traceability.
  evaluationTraceability: `query($id: ID!, $filter: TraceabilityFilter, $page: PageInput) { evaluation(id: $id) { traceability(filter: $filter, page: $page) { candidates { id name } total totals { status count } rows { requirementId code departmentName priority verificationMethod cells { candidateId status cases passed failed blocked notRun verification { outcome note recordedByName recordedAt } } cases { caseId key title results { candidateId status } } } } } }`,
  evaluationAcceptancePassRates: `query($id: ID!) { evaluation(id: $id) { candidates { id acceptance { passRate { passed failed } requirements { requirementId state } } } } }`,
  // Costs.
  evaluationCosts: `query($id: ID!) { evaluation(id: $id) { costYears trainingHourlyRate candidates { id costItems { label kind amount version } tco { years oneTime training yearly recurring total byYear } } } }`,
  // Evaluations: one, the people who may join it, and whether one may edit the catalogue.
  evaluation: `query($id: ID!) { evaluation(id: $id) { status version myRoles statusCheck { next problems } members { displayName roles } candidates { id productName versionName vendorName state eliminatedReason version } } }`,
  peopleToAdd:
    'query($id: ID!, $search: String!) { peopleToAdd(evaluationId: $id, search: $search) { id displayName email roles } }',
  canEditCatalogue: '{ canEditCatalogue }',
  // Testing: plans, cases and runs as the testing pages read them.
  evaluationTestPlans:
    'query($id: ID!) { evaluation(id: $id) { testPlans { id name keyPrefix owner { displayName } myAccess { canWrite canExecute } } } }',
  evaluationCanCreateTestPlan: 'query($id: ID!) { evaluation(id: $id) { canCreateTestPlan } }',
  productTestPlans: '{ productTestPlans { id name } }',
  testPlan: 'query($id: ID!) { testPlan(id: $id) { id version } }',
  testPlanAccess:
    'query($id: ID!) { testPlan(id: $id) { myAccess { canWrite canExecute canNamePeople } members { displayName } } }',
  testPlanCaseKeys: 'query($id: ID!) { testPlan(id: $id) { cases { total items { key } } } }',
  testPlanComparison:
    'query($id: ID!, $page: TestPageInput) { testPlan(id: $id) { comparison(page: $page) { total runs { id } rows { key cells { runId status } } } } }',
  testCaseVersions: 'query($id: ID!) { testCase(id: $id) { versions { number title } } }',
  testRun: `query($id: ID!) { testRun(id: $id) { ${TEST_RUN} } }`,
  testRunDetails:
    'query($id: ID!) { testRun(id: $id) { productName productVersionName environment buildLabel status testers { displayName } } }',
  myTestRuns:
    '{ myTestRuns { planName evaluationId evaluationTitle run { id environment productName productVersionName progress { total untested } } } }',
  testRunEvidence:
    'query($id: ID!) { testRun(id: $id) { results(page: { offset: 0, limit: 10 }) { items { id attachments { id resultId fileName contentType sizeBytes uploadedAt uploadedByName downloadUrl } } } } }',
  deleteTestResultAttachment: 'mutation($id: ID!) { deleteTestResultAttachment(id: $id) }',
  testRunAcceptedInstallations: 'query($id: ID!) { testRun(id: $id) { acceptedInstallations { kind } } }',
  testRunResultDefects: 'query($id: ID!) { testRun(id: $id) { results { items { id defects { key } } } } }',
  // Problem reports from library staff.
  products: 'query($filter: ProductFilter) { products(filter: $filter) { items { id name } } }',
  problemReportProducts: '{ problemReportProducts { id name } }',
  reportProblem: `mutation($input: ReportProblemInput!) { reportProblem(input: $input) { ${PROBLEM_REPORT} } }`,
  myProblemReports: `{ myProblemReports { ${PROBLEM_REPORT} screenshots { id fileName contentType } } }`,
  managedProductDefects: '{ managedProductDefects { id status reporter { displayName } } }',
  // The vendor catalogue.
  vendors:
    'query($filter: VendorFilter, $page: PageInput) { vendors(filter: $filter, page: $page) { total items { name isDemo products { name category licence isDemo } } } }',
  researchNotes:
    'query($filter: ResearchNoteFilter, $page: PageInput) { researchNotes(filter: $filter, page: $page) { total items { title body isDemo sourceUrl } } }',
  referenceQuestions: '{ referenceQuestions { text } }',
  catalogHistory:
    'query($kind: CatalogKind!, $id: ID!) { catalogHistory(kind: $kind, id: $id) { action actorName changes { field before after } } }',
  researchNoteAttachments:
    'query($id: ID!) { researchNote(id: $id) { attachments { id ownerKind ownerId fileName contentType sizeBytes downloadUrl uploadedByName } } }',
  vendorAttachments:
    '{ vendors { items { attachments { fileName } products { attachments { fileName } referenceChecks { attachments { fileName contentType } } } } } }',
  // Scoring rounds as an evaluation lists them.
  evaluationScoringRounds: `query($id: ID!) { evaluation(id: $id) { scoringRounds { id status scores { evaluatorName candidateId criterionId value comment } progress { evaluatorName scored expected } consensus { value } } } }`,
  scoringRound: 'query($id: ID!) { scoringRound(id: $id) { id status rubricVersionId scores { evaluatorName } } }',
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
  }>(server, GQL.conflictVendors, { id: evaluationId }, token);
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
