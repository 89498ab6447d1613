import { buildSchema, GraphQLObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  approvedRequirement,
  createDepartment,
  createEvaluation,
  createPerson,
  draftRubric,
  firstSignIn,
  GQL,
  gqlData,
  moveToScoring,
  openScoringRound,
  saveCriterion,
  TEMPORARY_PASSWORD,
} from './support/fixtures';
import { codeOf, GraphQLResponse, ROOT, RunningServer, startServer } from './support/server';

/** `editor`: administrators and evaluation leads (the catalogue); `member`: only people with the right role in that evaluation (and administrators). */
type Access = 'public' | 'signed-in' | 'admin' | 'editor' | 'member';

/**
 * Every query and mutation of the API with who may call it and an example call. The test below
 * checks this list against the published schema, so a new operation cannot ship unclassified.
 * The calls are probes, not fixtures' GQL: each is one document with its arguments written in,
 * so the same text can be sent with real ids and with ids that do not exist.
 */
const OPERATIONS: Record<string, { access: Access; call: string }> = {
  'Query.me': { access: 'signed-in', call: '{ me { id } }' },
  'Query.organisationName': { access: 'signed-in', call: '{ organisationName }' },
  'Query.departments': { access: 'signed-in', call: '{ departments { id } }' },
  'Query.memberLibraries': { access: 'signed-in', call: '{ memberLibraries { id } }' },
  'Query.users': { access: 'admin', call: '{ users { total items { id email } } }' },
  'Query.user': { access: 'admin', call: '{ user(id: "$ADMIN_ID") { id email } }' },
  'Mutation.login': {
    access: 'public',
    call: 'mutation { login(input: { email: "x@e2e.test", password: "y" }) { accessToken } }',
  },
  'Mutation.logout': { access: 'public', call: 'mutation { logout }' },
  'Mutation.logoutEverywhere': { access: 'signed-in', call: 'mutation { logoutEverywhere }' },
  'Query.mySessions': { access: 'signed-in', call: '{ mySessions { id device } }' },
  'Mutation.endSession': {
    access: 'signed-in',
    call: 'mutation { endSession(id: "00000000-0000-4000-8000-000000000000") }',
  },
  'Query.myApiTokens': { access: 'signed-in', call: '{ myApiTokens { id name prefix } }' },
  'Mutation.createApiToken': {
    access: 'signed-in',
    call: 'mutation { createApiToken(input: { name: "Intruder", expiresInDays: 366 }) { secret } }',
  },
  'Mutation.revokeApiToken': {
    access: 'signed-in',
    call: 'mutation { revokeApiToken(id: "00000000-0000-4000-8000-000000000000") }',
  },
  'Mutation.changePassword': {
    access: 'signed-in',
    call: 'mutation { changePassword(input: { currentPassword: "wrong-password-1", newPassword: "another-password-1" }) { accessToken } }',
  },
  'Mutation.createUser': {
    access: 'admin',
    call: 'mutation { createUser(input: { email: "intruder@e2e.test", displayName: "Intruder", temporaryPassword: "intruder-pass-123", globalRole: ADMIN }) { id } }',
  },
  'Mutation.updateUser': {
    access: 'admin',
    call: 'mutation { updateUser(input: { id: "$USER_ID", version: $USER_VERSION, globalRole: ADMIN }) { id globalRole } }',
  },
  'Mutation.resetPassword': {
    access: 'admin',
    call: 'mutation { resetPassword(input: { id: "$ADMIN_ID", temporaryPassword: "taken-over-123" }) { id } }',
  },
  'Mutation.createDepartment': {
    access: 'admin',
    call: 'mutation { createDepartment(input: { code: "HACK", name: "Hackers" }) { id } }',
  },
  'Mutation.updateDepartment': {
    access: 'admin',
    call: 'mutation { updateDepartment(input: { id: "$DEPARTMENT_ID", version: 1, code: "HACK", name: "Hackers" }) { id } }',
  },
  'Mutation.createMemberLibrary': {
    access: 'admin',
    call: 'mutation { createMemberLibrary(input: { code: "HACK", name: "Hackers" }) { id } }',
  },
  'Mutation.updateMemberLibrary': {
    access: 'admin',
    call: 'mutation { updateMemberLibrary(input: { id: "$LIBRARY_ID", version: 1, code: "HACK", name: "Hackers" }) { id } }',
  },
  'Query.evaluations': { access: 'signed-in', call: '{ evaluations { total } }' },
  'Query.evaluation': { access: 'member', call: '{ evaluation(id: "$EVALUATION_ID") { id } }' },
  'Mutation.createEvaluation': {
    access: 'editor',
    call: 'mutation { createEvaluation(input: { title: "Shadow" }) { id } }',
  },
  'Mutation.updateEvaluation': {
    access: 'member',
    call: 'mutation { updateEvaluation(input: { id: "$EVALUATION_ID", version: 1, title: "Hijacked" }) { id } }',
  },
  'Mutation.moveEvaluation': {
    access: 'member',
    call: 'mutation { moveEvaluation(input: { id: "$EVALUATION_ID", version: 1, to: CANCELLED, reason: "Sabotage" }) { id } }',
  },
  'Query.peopleToAdd': {
    access: 'member',
    call: '{ peopleToAdd(evaluationId: "$EVALUATION_ID", search: "ad") { id } }',
  },
  'Mutation.addEvaluationMember': {
    access: 'member',
    call: 'mutation { addEvaluationMember(input: { evaluationId: "$EVALUATION_ID", userId: "$USER_ID", role: LEAD }) { userId } }',
  },
  'Mutation.removeEvaluationMember': {
    access: 'member',
    call: 'mutation { removeEvaluationMember(input: { evaluationId: "$EVALUATION_ID", userId: "$ADMIN_ID", role: LEAD }) { userId } }',
  },
  'Mutation.shortlistCandidate': {
    access: 'member',
    call: 'mutation { shortlistCandidate(input: { evaluationId: "$EVALUATION_ID", productVersionId: "$VERSION_ID" }) { id } }',
  },
  'Mutation.setCandidateState': {
    access: 'member',
    call: 'mutation { setCandidateState(input: { id: "$CANDIDATE_ID", version: 1, state: ELIMINATED, reason: "Sabotage" }) { id } }',
  },
  'Query.requirements': { access: 'member', call: '{ requirements(evaluationId: "$EVALUATION_ID") { total } }' },
  'Query.requirement': { access: 'member', call: '{ requirement(id: "$REQUIREMENT_ID") { id } }' },
  'Mutation.createRequirement': {
    access: 'member',
    call: 'mutation { createRequirement(input: { evaluationId: "$EVALUATION_ID", title: "Injected", departmentId: "$DEPARTMENT_ID", priority: MUST }) { id } }',
  },
  'Mutation.updateRequirement': {
    access: 'member',
    call: 'mutation { updateRequirement(input: { id: "$REQUIREMENT_ID", version: 1, title: "Defaced" }) { id } }',
  },
  'Mutation.decideRequirements': {
    access: 'member',
    call: 'mutation { decideRequirements(input: { requirements: [{ id: "$REQUIREMENT_ID", version: 1 }], decision: APPROVE }) { id } }',
  },
  'Query.requirementDuplicates': {
    access: 'member',
    call: '{ requirementDuplicates(evaluationId: "$EVALUATION_ID") { similarity } }',
  },
  'Query.requirementMerges': {
    access: 'member',
    call: '{ requirementMerges(evaluationId: "$EVALUATION_ID") { id } }',
  },
  'Mutation.mergeRequirements': {
    access: 'member',
    call: 'mutation { mergeRequirements(input: { evaluationId: "$EVALUATION_ID", survivor: { id: "$REQUIREMENT_ID", version: 1 }, merged: [{ id: "$DUPLICATE_ID", version: 1 }] }) { id } }',
  },
  'Mutation.undoRequirementMerge': {
    access: 'member',
    call: 'mutation { undoRequirementMerge(id: "$MERGE_ID", version: 1) { id } }',
  },
  'Mutation.setRequirementPriority': {
    access: 'member',
    call: 'mutation { setRequirementPriority(input: { requirements: [{ id: "$REQUIREMENT_ID", version: 1 }], priority: WONT }) { id } }',
  },
  'Query.libraryPriorities': {
    access: 'member',
    call: '{ libraryPriorities(evaluationId: "$EVALUATION_ID") { rule requirements { code marks { priority } } } }',
  },
  'Mutation.markLibraryPriorities': {
    access: 'member',
    call: 'mutation { markLibraryPriorities(input: { evaluationId: "$EVALUATION_ID", memberLibraryId: "$LIBRARY_ID", marks: [{ requirementId: "$REQUIREMENT_ID", priority: NOT_NEEDED }] }) { rule } }',
  },
  'Mutation.setConsortiumPriorityRule': {
    access: 'member',
    call: 'mutation { setConsortiumPriorityRule(input: { evaluationId: "$EVALUATION_ID", rule: MAJORITY }) { rule } }',
  },
  'Mutation.applyLibraryPriorities': {
    access: 'member',
    call: 'mutation { applyLibraryPriorities(input: { requirements: [{ id: "$REQUIREMENT_ID", version: 1 }] }) { id } }',
  },
  // Requirement libraries: kept by administrators and leads; copying in and proposing back are the
  // evaluation lead's (requirement-libraries.e2e-spec).
  'Query.requirementLibraries': { access: 'editor', call: '{ requirementLibraries { id name } }' },
  'Query.requirementLibrary': {
    access: 'editor',
    call: '{ requirementLibrary(id: "$REQ_LIBRARY_ID") { id name versions { number } } }',
  },
  'Query.requirementLibraryItems': {
    access: 'editor',
    call: '{ requirementLibraryItems(libraryId: "$REQ_LIBRARY_ID", version: 1) { id code title } }',
  },
  'Mutation.createRequirementLibrary': {
    access: 'editor',
    call: 'mutation { createRequirementLibrary(input: { name: "Injected library" }) { id } }',
  },
  'Mutation.publishRequirementLibraryVersion': {
    access: 'editor',
    call: 'mutation { publishRequirementLibraryVersion(libraryId: "$REQ_LIBRARY_ID", version: 2) { id } }',
  },
  'Mutation.startRequirementsFromLibrary': {
    access: 'member',
    call: 'mutation { startRequirementsFromLibrary(input: { evaluationId: "$EVALUATION_ID", libraryId: "$REQ_LIBRARY_ID", version: 1 }) { copied } }',
  },
  'Mutation.proposeRequirementsToLibrary': {
    access: 'member',
    call: 'mutation { proposeRequirementsToLibrary(input: { libraryId: "$REQ_LIBRARY_ID", requirementIds: ["$REQUIREMENT_ID"] }) { id } }',
  },
  'Mutation.saveTrainingNeed': {
    access: 'member',
    call: 'mutation { saveTrainingNeed(evaluationId: "$EVALUATION_ID", input: { candidateId: "$CANDIDATE_ID", departmentId: "$DEPARTMENT_ID", topic: "x", people: 1, hoursPerPerson: 1 }) { id } }',
  },
  'Mutation.saveCostItem': {
    access: 'member',
    call: 'mutation { saveCostItem(input: { candidateId: "$CANDIDATE_ID", kind: YEARLY, label: "Injected", amount: 1 }) { id } }',
  },
  'Mutation.deleteCostItem': { access: 'member', call: 'mutation { deleteCostItem(id: "$COST_ITEM_ID") }' },
  'Mutation.setCostSettings': {
    access: 'member',
    call: 'mutation { setCostSettings(input: { evaluationId: "$EVALUATION_ID", years: 30, trainingHourlyRate: 999 }) { id } }',
  },
  'Query.scoringRound': { access: 'member', call: '{ scoringRound(id: "$ROUND_ID") { id } }' },
  'Query.rubricVersion': { access: 'member', call: '{ rubricVersion(id: "$RUBRIC_ID") { id } }' },
  'Mutation.draftRubric': { access: 'member', call: 'mutation { draftRubric(evaluationId: "$EVALUATION_ID") { id } }' },
  'Mutation.setRubricScale': {
    access: 'member',
    call: 'mutation { setRubricScale(input: { rubricVersionId: "$RUBRIC_ID", scaleMin: 0, scaleMax: 9, descriptors: [] }) { id } }',
  },
  'Mutation.saveCriterion': {
    access: 'member',
    call: 'mutation { saveCriterion(input: { rubricVersionId: "$RUBRIC_ID", title: "Injected" }) { id } }',
  },
  'Mutation.setPairwiseComparison': {
    access: 'member',
    call: 'mutation { setPairwiseComparison(input: { rubricVersionId: "$RUBRIC_ID", matrix: [[1, 9], [0.1111111, 1]] }) { id } }',
  },
  'Mutation.deleteCriterion': {
    access: 'member',
    call: 'mutation { deleteCriterion(rubricVersionId: "$RUBRIC_ID", criterionId: "$CRITERION_ID") { id } }',
  },
  'Mutation.generateCriteriaFromRequirements': {
    access: 'member',
    call: 'mutation { generateCriteriaFromRequirements(rubricVersionId: "$RUBRIC_ID") { id } }',
  },
  'Mutation.openScoringRound': {
    access: 'member',
    call: 'mutation { openScoringRound(input: { evaluationId: "$EVALUATION_ID" }) { id } }',
  },
  'Mutation.revealScoringRound': {
    access: 'member',
    call: 'mutation { revealScoringRound(roundId: "$ROUND_ID") { id } }',
  },
  'Mutation.closeScoringRound': {
    access: 'member',
    call: 'mutation { closeScoringRound(roundId: "$ROUND_ID") { id } }',
  },
  'Mutation.saveScore': {
    access: 'member',
    call: 'mutation { saveScore(input: { roundId: "$ROUND_ID", candidateId: "$CANDIDATE_ID", criterionId: "$CRITERION_ID", value: 3 }) { id } }',
  },
  'Query.conflictsOfInterest': {
    access: 'member',
    call: '{ conflictsOfInterest(evaluationId: "$EVALUATION_ID") { declarations { id description } } }',
  },
  'Mutation.declareConflicts': {
    access: 'member',
    call: 'mutation { declareConflicts(input: { evaluationId: "$EVALUATION_ID", declarations: [{ vendorId: "$VENDOR_ID", conflict: false }] }) { id } }',
  },
  'Mutation.overrideConflict': {
    access: 'member',
    call: 'mutation { overrideConflict(input: { declarationId: "$DECLARATION_ID", reason: "x", version: 1 }) { id } }',
  },
  'Mutation.setConsensusScore': {
    access: 'member',
    call: 'mutation { setConsensusScore(input: { roundId: "$ROUND_ID", candidateId: "$CANDIDATE_ID", criterionId: "$CRITERION_ID", value: 3, note: "x" }) { value } }',
  },
  'Query.testPlan': { access: 'member', call: '{ testPlan(id: "$TEST_PLAN_ID") { id } }' },
  'Query.testCase': { access: 'member', call: '{ testCase(id: "$TEST_CASE_ID") { id } }' },
  'Query.testRun': { access: 'member', call: '{ testRun(id: "$TEST_RUN_ID") { id } }' },
  'Query.productTestPlans': { access: 'signed-in', call: '{ productTestPlans { id } }' },
  'Query.myTestRuns': { access: 'signed-in', call: '{ myTestRuns { planName } }' },
  'Mutation.createTestPlan': {
    access: 'member',
    call: 'mutation { createTestPlan(input: { evaluationId: "$EVALUATION_ID", name: "Injected" }) { id } }',
  },
  'Mutation.updateTestPlan': {
    access: 'member',
    call: 'mutation { updateTestPlan(input: { id: "$TEST_PLAN_ID", version: 1, name: "Defaced" }) { id } }',
  },
  'Mutation.deleteTestPlan': {
    access: 'member',
    call: 'mutation { deleteTestPlan(input: { id: "$TEST_PLAN_ID", version: 1 }) }',
  },
  'Mutation.setTestPlanMembers': {
    access: 'member',
    call: 'mutation { setTestPlanMembers(input: { planId: "$TEST_PLAN_ID", userIds: ["$USER_ID"] }) { id } }',
  },
  'Mutation.createTestCase': {
    access: 'member',
    call: 'mutation { createTestCase(input: { planId: "$TEST_PLAN_ID", title: "Injected" }) { id } }',
  },
  'Mutation.updateTestCase': {
    access: 'member',
    call: 'mutation { updateTestCase(input: { id: "$TEST_CASE_ID", version: 1, title: "Defaced" }) { id } }',
  },
  'Mutation.archiveTestCase': {
    access: 'member',
    call: 'mutation { archiveTestCase(input: { id: "$TEST_CASE_ID", version: 1 }) { id } }',
  },
  'Mutation.copyTestCases': {
    access: 'member',
    call: 'mutation { copyTestCases(input: { fromPlanId: "$TEST_PLAN_ID", caseIds: ["$TEST_CASE_ID"], toPlanId: "$TEST_PLAN_ID" }) { id } }',
  },
  'Mutation.createTestRun': {
    access: 'member',
    call: 'mutation { createTestRun(input: { planId: "$TEST_PLAN_ID", candidateId: "$CANDIDATE_ID", environment: "Injected" }) { id } }',
  },
  'Mutation.updateTestRun': {
    access: 'member',
    call: 'mutation { updateTestRun(input: { id: "$TEST_RUN_ID", version: 1, environment: "Defaced" }) { id } }',
  },
  'Mutation.closeTestRun': {
    access: 'member',
    call: 'mutation { closeTestRun(input: { id: "$TEST_RUN_ID", version: 1 }) { id } }',
  },
  'Mutation.recordTestResult': {
    access: 'member',
    call: 'mutation { recordTestResult(input: { id: "$TEST_RESULT_ID", version: 1, status: FAILED }) { id } }',
  },
  'Mutation.setVendorClaim': {
    access: 'member',
    call: 'mutation { setVendorClaim(input: { candidateId: "$CANDIDATE_ID", requirementId: "$REQUIREMENT_ID", claim: OUT_OF_THE_BOX }) { id } }',
  },
  'Mutation.setAcceptanceCriteria': {
    access: 'member',
    call: 'mutation { setAcceptanceCriteria(input: { evaluationId: "$EVALUATION_ID", version: 0, passRateThreshold: 1 }) { version } }',
  },
  'Mutation.recordVerification': {
    access: 'member',
    call: 'mutation { recordVerification(input: { candidateId: "$CANDIDATE_ID", requirementId: "$REQUIREMENT_ID", outcome: ACCEPTED }) { id } }',
  },
  'Mutation.proposeWaiver': {
    access: 'member',
    call: 'mutation { proposeWaiver(input: { candidateId: "$CANDIDATE_ID", requirementId: "$REQUIREMENT_ID", rationale: "Injected" }) { id } }',
  },
  'Mutation.agreeToWaiver': {
    access: 'member',
    call: 'mutation { agreeToWaiver(input: { id: "$WAIVER_ID", version: 1 }) { id } }',
  },
  'Mutation.rejectWaiver': {
    access: 'member',
    call: 'mutation { rejectWaiver(input: { id: "$WAIVER_ID", version: 1 }) { id } }',
  },
  'Mutation.withdrawWaiver': {
    access: 'member',
    call: 'mutation { withdrawWaiver(input: { id: "$WAIVER_ID", version: 1 }) { id } }',
  },
  'Mutation.signAcceptance': {
    access: 'member',
    call: 'mutation { signAcceptance(input: { candidateId: "$CANDIDATE_ID", role: DIRECTOR, comment: "Injected" }) { id } }',
  },
  'Mutation.requestSignOffs': {
    access: 'member',
    call: 'mutation { requestSignOffs(input: { candidateId: "$CANDIDATE_ID" }) }',
  },
  'Mutation.withdrawSignOff': {
    access: 'member',
    call: 'mutation { withdrawSignOff(input: { id: "$SIGN_OFF_ID" }) { id } }',
  },
  'Mutation.saveRecommendation': {
    access: 'member',
    call: 'mutation { saveRecommendation(input: { evaluationId: "$EVALUATION_ID", candidateId: "$CANDIDATE_ID", noneReason: "", rationale: "Best fit", risks: [], conditions: "", costNotes: "" }) { id } }',
  },
  'Mutation.setRequiredApprovals': {
    access: 'member',
    call: 'mutation { setRequiredApprovals(evaluationId: "$EVALUATION_ID", requiredApprovals: 1, version: 1) { id } }',
  },
  'Mutation.submitRecommendation': {
    access: 'member',
    call: 'mutation { submitRecommendation(evaluationId: "$EVALUATION_ID", version: 1) { id } }',
  },
  'Mutation.withdrawRecommendation': {
    access: 'member',
    call: 'mutation { withdrawRecommendation(evaluationId: "$EVALUATION_ID", version: 1) { id } }',
  },
  // No version is under review here: an outsider learns nothing either way.
  'Mutation.reviewRecommendation': {
    access: 'member',
    call: 'mutation { reviewRecommendation(input: { versionId: "00000000-0000-4000-8000-0000000000ff", outcome: APPROVE, comment: "" }) { id } }',
  },
  'Mutation.deleteTestResultAttachment': {
    access: 'member',
    call: 'mutation { deleteTestResultAttachment(id: "00000000-0000-4000-8000-000000000000") }',
  },
  'Query.defect': { access: 'member', call: '{ defect(id: "$DEFECT_ID") { id title } }' },
  'Query.defectTrends': {
    access: 'member',
    call: '{ defectTrends(evaluationId: "$EVALUATION_ID") { total weeks { week opened } } }',
  },
  // Only the caller's own follow-ups; Evaluation.followUps is asked through the evaluation (member).
  'Query.myFollowUps': { access: 'signed-in', call: '{ myFollowUps { dueAt defect { id } } }' },
  'Query.myFollowUpCount': { access: 'signed-in', call: '{ myFollowUpCount { due overdue } }' },
  // The home page: every section is the caller's own work, from their own memberships.
  'Query.myWork': {
    access: 'signed-in',
    call: '{ myWork { personId runsToTest { planName } ledEvaluations { next } } }',
  },
  // Only the caller's own notifications; another's reads as missing (notifications.e2e-spec).
  'Query.notifications': { access: 'signed-in', call: '{ notifications { total items { id title } } }' },
  'Query.unreadNotificationCount': { access: 'signed-in', call: '{ unreadNotificationCount }' },
  'Mutation.markNotificationRead': {
    access: 'signed-in',
    call: 'mutation { markNotificationRead(id: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Mutation.markAllNotificationsRead': { access: 'signed-in', call: 'mutation { markAllNotificationsRead }' },
  'Mutation.createDefect': {
    access: 'member',
    call: 'mutation { createDefect(input: { evaluationId: "$EVALUATION_ID", candidateId: "$CANDIDATE_ID", title: "Injected", severity: CRITICAL }) { id } }',
  },
  'Mutation.updateDefect': {
    access: 'member',
    call: 'mutation { updateDefect(input: { id: "$DEFECT_ID", version: 1, title: "Defaced" }) { id } }',
  },
  'Mutation.changeDefectStatus': {
    access: 'member',
    call: 'mutation { changeDefectStatus(input: { id: "$DEFECT_ID", version: 1, status: WONT_FIX, reason: "Sabotage" }) { id } }',
  },
  'Mutation.linkDefectResult': {
    access: 'member',
    call: 'mutation { linkDefectResult(input: { defectId: "$DEFECT_ID", resultId: "$TEST_RESULT_ID" }) { id } }',
  },
  'Mutation.reportProblem': {
    access: 'signed-in',
    call: 'mutation { reportProblem(input: { productId: "$PRODUCT_ID", whatHappened: "Injected", where: "Nowhere", severity: MINOR }) { id } }',
  },
  'Query.installations': { access: 'member', call: '{ installations(productId: "$PRODUCT_ID") { id } }' },
  'Query.feedbackSurveys': { access: 'signed-in', call: '{ feedbackSurveys { id } }' },
  'Query.feedbackSurvey': { access: 'member', call: '{ feedbackSurvey(id: "$FEEDBACK_ID") { id title } }' },
  'Query.feedbackResults': {
    access: 'member',
    call: '{ feedbackResults(surveyId: "$FEEDBACK_ID") { questions { overall { responses } } } }',
  },
  'Query.feedbackComments': {
    access: 'member',
    call: '{ feedbackComments(surveyId: "$FEEDBACK_ID") { total items { comment } } }',
  },
  'Mutation.createFeedbackSurvey': {
    access: 'member',
    call: 'mutation { createFeedbackSurvey(input: { productId: "$PRODUCT_ID", title: "Injected", opensAt: "2026-01-01T00:00:00Z", closesAt: "2099-01-01T00:00:00Z", questions: [{ kind: TEXT, text: "Why?" }] }) { id } }',
  },
  'Mutation.updateFeedbackSurvey': {
    access: 'member',
    call: 'mutation { updateFeedbackSurvey(input: { id: "$FEEDBACK_ID", version: 1, title: "Defaced" }) { id } }',
  },
  'Mutation.closeFeedbackSurvey': {
    access: 'member',
    call: 'mutation { closeFeedbackSurvey(id: "$FEEDBACK_ID", version: 1) { id } }',
  },
  'Mutation.repeatFeedbackSurvey': {
    access: 'member',
    call: 'mutation { repeatFeedbackSurvey(input: { id: "$FEEDBACK_ID", waveLabel: "Again", opensAt: "2098-01-01T00:00:00Z", closesAt: "2099-01-01T00:00:00Z" }) { id } }',
  },
  'Mutation.answerFeedbackSurvey': {
    access: 'member',
    call: 'mutation { answerFeedbackSurvey(input: { surveyId: "$FEEDBACK_ID", answers: [] }) { id } }',
  },
  'Mutation.recordInstallation': {
    access: 'member',
    call: 'mutation { recordInstallation(input: { productId: "$PRODUCT_ID", productVersionId: "$VERSION_ID", kind: PATCH, installedOn: "2026-01-02" }) { id } }',
  },
  'Mutation.updateInstallation': {
    access: 'member',
    call: 'mutation { updateInstallation(input: { id: "$INSTALLATION_ID", version: 1, notes: "Defaced" }) { id } }',
  },
  'Mutation.removeInstallation': {
    access: 'member',
    call: 'mutation { removeInstallation(input: { id: "$INSTALLATION_ID", version: 1 }) }',
  },
  // Problem notices: sent and listed by administrators and leads; one notice reads as missing to
  // anyone it was not sent to (problem-notices.e2e-spec).
  'Mutation.sendProblemNotice': {
    access: 'editor',
    call: 'mutation { sendProblemNotice(input: { productId: "$PRODUCT_ID", kind: OUTAGE, title: "Injected", libraryIds: ["$LIBRARY_ID"] }) { id } }',
  },
  'Query.problemNotices': { access: 'editor', call: '{ problemNotices(productId: "$PRODUCT_ID") { id title } }' },
  'Query.problemNotice': { access: 'member', call: '{ problemNotice(id: "$NOTICE_ID") { id title details } }' },
  'Mutation.closeProblemNotice': {
    access: 'member',
    call: 'mutation { closeProblemNotice(input: { id: "$NOTICE_ID", version: 1 }) { id closedAt } }',
  },
  'Query.myProblemReports': { access: 'signed-in', call: '{ myProblemReports { id status resolutionNotes } }' },
  'Query.problemReportProducts': { access: 'signed-in', call: '{ problemReportProducts { id name } }' },
  'Query.managedProductDefects': { access: 'signed-in', call: '{ managedProductDefects { id title } }' },
  'Mutation.unlinkDefectResult': {
    access: 'member',
    call: 'mutation { unlinkDefectResult(input: { defectId: "$DEFECT_ID", resultId: "$TEST_RESULT_ID" }) { id } }',
  },
  'Query.vendors': { access: 'signed-in', call: '{ vendors { total } }' },
  'Query.vendor': { access: 'signed-in', call: '{ vendor(id: "$VENDOR_ID") { id } }' },
  'Query.canEditCatalogue': { access: 'signed-in', call: '{ canEditCatalogue }' },
  'Query.catalogSearch': { access: 'signed-in', call: '{ catalogSearch(input: { text: "koha" }) { total } }' },
  'Query.catalogHistory': { access: 'signed-in', call: '{ catalogHistory(kind: VENDOR, id: "$VENDOR_ID") { id } }' },
  'Query.products': { access: 'signed-in', call: '{ products { total } }' },
  'Query.product': { access: 'signed-in', call: '{ product(id: "$PRODUCT_ID") { id } }' },
  'Query.researchNotes': { access: 'signed-in', call: '{ researchNotes { total } }' },
  'Query.researchNote': { access: 'signed-in', call: '{ researchNote(id: "$NOTE_ID") { id } }' },
  'Query.referenceQuestions': { access: 'signed-in', call: '{ referenceQuestions { id } }' },
  'Mutation.createVendor': {
    access: 'editor',
    call: 'mutation { createVendor(input: { name: "Intruder Inc" }) { id } }',
  },
  'Mutation.updateVendor': {
    access: 'editor',
    call: 'mutation { updateVendor(input: { id: "$VENDOR_ID", version: 1, name: "Defaced" }) { id } }',
  },
  'Mutation.createContact': {
    access: 'editor',
    call: 'mutation { createContact(input: { vendorId: "$VENDOR_ID", name: "Intruder" }) { id } }',
  },
  'Mutation.updateContact': {
    access: 'editor',
    call: 'mutation { updateContact(input: { id: "$CONTACT_ID", version: 1, name: "Defaced" }) { id } }',
  },
  'Mutation.createProduct': {
    access: 'editor',
    call: 'mutation { createProduct(input: { vendorId: "$VENDOR_ID", name: "Intruder", category: ILS, licence: PROPRIETARY }) { id } }',
  },
  'Mutation.updateProduct': {
    access: 'editor',
    call: 'mutation { updateProduct(input: { id: "$PRODUCT_ID", version: 1, name: "Defaced" }) { id } }',
  },
  'Mutation.createProductVersion': {
    access: 'editor',
    call: 'mutation { createProductVersion(input: { productId: "$PRODUCT_ID", name: "6.6.6" }) { id } }',
  },
  'Mutation.updateProductVersion': {
    access: 'editor',
    call: 'mutation { updateProductVersion(input: { id: "$VERSION_ID", version: 1, name: "6.6.6" }) { id } }',
  },
  'Mutation.createResearchNote': {
    access: 'editor',
    call: 'mutation { createResearchNote(input: { vendorId: "$VENDOR_ID", title: "Rumour", observedOn: "2026-01-01", sourceType: OTHER }) { id } }',
  },
  'Mutation.updateResearchNote': {
    access: 'editor',
    call: 'mutation { updateResearchNote(input: { id: "$NOTE_ID", version: 1, title: "Defaced" }) { id } }',
  },
  'Mutation.saveReferenceQuestion': {
    access: 'editor',
    call: 'mutation { saveReferenceQuestion(input: { text: "Injected?" }) { id } }',
  },
  'Mutation.createReferenceCheck': {
    access: 'editor',
    call: 'mutation { createReferenceCheck(input: { productId: "$PRODUCT_ID", libraryName: "Fake", checkedOn: "2026-01-01", rating: 1 }) { id } }',
  },
  'Mutation.updateReferenceCheck': {
    access: 'editor',
    call: 'mutation { updateReferenceCheck(input: { id: "$CHECK_ID", version: 1, rating: 1 }) { id } }',
  },
  'Mutation.archiveCatalogItem': {
    access: 'editor',
    call: 'mutation { archiveCatalogItem(input: { kind: VENDOR, id: "$VENDOR_ID", version: 1 }) { id } }',
  },
  'Mutation.restoreCatalogItem': {
    access: 'editor',
    call: 'mutation { restoreCatalogItem(input: { kind: VENDOR, id: "$VENDOR_ID", version: 1 }) { id } }',
  },
  'Query.attachments': {
    access: 'signed-in',
    call: '{ attachments(ownerKind: VENDOR, ownerId: "$VENDOR_ID") { id } }',
  },
  'Mutation.deleteAttachment': {
    access: 'editor',
    call: 'mutation { deleteAttachment(id: "00000000-0000-4000-8000-000000000000") }',
  },
};

function schemaOperations(): string[] {
  const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.graphql'), 'utf8'));
  const names: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (root instanceof GraphQLObjectType)
      names.push(...Object.keys(root.getFields()).map((field) => `${root.name}.${field}`));
  }
  return names.sort();
}

describe('security of the GraphQL endpoint', () => {
  let server: RunningServer;
  let admin: string;
  let user: string;
  /** A member of the evaluation (department head and evaluator) who is not its lead. */
  let member: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const library = (
      await gqlData<{ createMemberLibrary: { id: string } }>(
        server,
        GQL.createMemberLibrary,
        { input: { code: 'MAIN', name: 'Main Library' } },
        admin,
      )
    ).createMemberLibrary.id;
    const reader = await createPerson(server, admin, {
      email: 'reader@e2e.test',
      displayName: 'Reader',
      password: 'chosen-password-77',
    });
    user = reader.token;
    const me = await gqlData<{ me: { id: string } }>(server, GQL.me, {}, admin);
    /** Runs a creating mutation as the administrator; returns the id of what it made. */
    const create = async (query: string, variables: Record<string, unknown>) =>
      Object.values(await gqlData<Record<string, { id: string }>>(server, query, variables, admin))[0].id;
    ids['VENDOR_ID'] = await create(GQL.createVendor, { input: { name: 'Equinox Open Library Initiative' } });
    ids['CONTACT_ID'] = await create(GQL.createContact, { input: { vendorId: ids['VENDOR_ID'], name: 'Sales' } });
    ids['PRODUCT_ID'] = await create(GQL.createProduct, {
      input: { vendorId: ids['VENDOR_ID'], name: 'Evergreen', category: 'ILS', licence: 'OPEN_SOURCE' },
    });
    ids['VERSION_ID'] = await create(GQL.createProductVersion, {
      input: { productId: ids['PRODUCT_ID'], name: '3.15' },
    });
    ids['INSTALLATION_ID'] = await create(GQL.recordInstallation, {
      input: {
        productId: ids['PRODUCT_ID'],
        productVersionId: ids['VERSION_ID'],
        kind: 'INITIAL',
        installedOn: '2026-01-01',
      },
    });
    ids['NOTE_ID'] = await create(GQL.createResearchNote, {
      input: { vendorId: ids['VENDOR_ID'], title: 'Release notes', observedOn: '2026-01-01', sourceType: 'URL' },
    });
    // A round in progress: the evaluation needs a department head, an approved requirement and an evaluator to reach scoring.
    const helper = await create(GQL.createUser, {
      input: { email: 'helper@e2e.test', displayName: 'Helper', temporaryPassword: TEMPORARY_PASSWORD },
    });
    ids['EVALUATION_ID'] = await createEvaluation(server, admin, 'Secret evaluation', [
      [helper, 'DEPARTMENT_HEAD'],
      [helper, 'EVALUATOR'],
    ]);
    ids['CANDIDATE_ID'] = await create(GQL.shortlistCandidate, {
      input: { evaluationId: ids['EVALUATION_ID'], productVersionId: ids['VERSION_ID'] },
    });
    ids['COST_ITEM_ID'] = await create(GQL.saveCostItem, {
      input: { candidateId: ids['CANDIDATE_ID'], kind: 'ONE_TIME', label: 'Licence', amount: 1000 },
    });
    member = await firstSignIn(server, 'helper@e2e.test', TEMPORARY_PASSWORD, 'chosen-password-88');
    ids['REQUIREMENT_ID'] = (
      await approvedRequirement(server, admin, {
        evaluationId: ids['EVALUATION_ID'],
        departmentId: department,
        title: 'Holds',
      })
    ).id;
    // A merge undone before scoring opened: its record stays in the evaluation.
    const duplicate = async (title: string) =>
      gqlData<{ createRequirement: { id: string; version: number } }>(
        server,
        GQL.createRequirement,
        { input: { evaluationId: ids['EVALUATION_ID'], departmentId: department, title, priority: 'COULD' } },
        admin,
      );
    const kept = (await duplicate('Renewals online')).createRequirement;
    const gone = (await duplicate('Renew loans online')).createRequirement;
    ids['DUPLICATE_ID'] = gone.id;
    ids['MERGE_ID'] = await create(
      'mutation($input: MergeRequirementsInput!) { mergeRequirements(input: $input) { id } }',
      {
        input: {
          evaluationId: ids['EVALUATION_ID'],
          survivor: { id: kept.id, version: kept.version },
          merged: [{ id: gone.id, version: gone.version }],
        },
      },
    );
    await gqlData(
      server,
      'mutation($id: ID!) { undoRequirementMerge(id: $id, version: 1) { id } }',
      { id: ids['MERGE_ID'] },
      admin,
    );
    for (const { id, version } of [kept, gone])
      await gqlData(
        server,
        GQL.decideRequirements,
        { input: { requirements: [{ id, version }], decision: 'REJECT', comment: 'Duplicate' } },
        admin,
      );
    await moveToScoring(server, admin, ids['EVALUATION_ID']);
    ids['RUBRIC_ID'] = (await draftRubric(server, admin, ids['EVALUATION_ID'])).id;
    const category = (
      await saveCriterion(server, admin, { rubricVersionId: ids['RUBRIC_ID'], title: 'Functional' })
    )[0];
    ids['CRITERION_ID'] = (
      await saveCriterion(server, admin, { rubricVersionId: ids['RUBRIC_ID'], parentId: category.id, title: 'Holds' })
    )[1].id;
    ids['ROUND_ID'] = await openScoringRound(server, admin, ids['EVALUATION_ID']);
    ids['DECLARATION_ID'] = (
      await gqlData<{ declareConflicts: { id: string }[] }>(
        server,
        'mutation($input: DeclareConflictsInput!) { declareConflicts(input: $input) { id } }',
        {
          input: {
            evaluationId: ids['EVALUATION_ID'],
            declarations: [{ vendorId: ids['VENDOR_ID'], conflict: true, description: 'Former employee' }],
          },
        },
        member,
      )
    ).declareConflicts[0].id;
    // The frozen version is the one used by the round; later edits go to a new draft.
    ids['RUBRIC_ID'] = (await draftRubric(server, admin, ids['EVALUATION_ID'])).id;
    ids['TEST_PLAN_ID'] = await create(GQL.createTestPlan, {
      input: { evaluationId: ids['EVALUATION_ID'], name: 'Acceptance' },
    });
    ids['TEST_CASE_ID'] = await create(GQL.createTestCase, {
      input: { planId: ids['TEST_PLAN_ID'], title: 'Place a hold' },
    });
    ids['TEST_RUN_ID'] = await create(GQL.createTestRun, {
      input: { planId: ids['TEST_PLAN_ID'], candidateId: ids['CANDIDATE_ID'], environment: 'Sandbox' },
    });
    const run = await gqlData<{ testRun: { results: { items: { id: string }[] } } }>(
      server,
      'query($id: ID!) { testRun(id: $id) { results { items { id } } } }',
      { id: ids['TEST_RUN_ID'] },
      admin,
    );
    ids['TEST_RESULT_ID'] = run.testRun.results.items[0].id;
    ids['DEFECT_ID'] = await create('mutation($input: CreateDefectInput!) { createDefect(input: $input) { id } }', {
      input: {
        evaluationId: ids['EVALUATION_ID'],
        candidateId: ids['CANDIDATE_ID'],
        title: 'Hold fails',
        severity: 'MAJOR',
      },
    });
    ids['WAIVER_ID'] = await create('mutation($input: ProposeWaiverInput!) { proposeWaiver(input: $input) { id } }', {
      input: { candidateId: ids['CANDIDATE_ID'], requirementId: ids['REQUIREMENT_ID'], rationale: 'Later release' },
    });
    ids['SIGN_OFF_ID'] = await create(
      'mutation($input: SignAcceptanceInput!) { signAcceptance(input: $input) { id } }',
      { input: { candidateId: ids['CANDIDATE_ID'], role: 'LEAD' } },
    );
    ids['CHECK_ID'] = await create(GQL.createReferenceCheck, {
      input: { productId: ids['PRODUCT_ID'], libraryName: 'Somewhere PL', checkedOn: '2026-01-01', rating: 4 },
    });
    ids['NOTICE_ID'] = await create(
      'mutation($input: SendProblemNoticeInput!) { sendProblemNotice(input: $input) { id } }',
      { input: { productId: ids['PRODUCT_ID'], kind: 'OUTAGE', title: 'Down tonight', libraryIds: [library] } },
    );
    ids['REQ_LIBRARY_ID'] = await create(
      'mutation($input: CreateRequirementLibraryInput!) { createRequirementLibrary(input: $input) { id } }',
      { input: { name: 'Core' } },
    );
    // A survey open to one department the reader does not belong to.
    ids['FEEDBACK_ID'] = await create(
      'mutation($input: CreateFeedbackSurveyInput!) { createFeedbackSurvey(input: $input) { id } }',
      {
        input: {
          productId: ids['PRODUCT_ID'],
          title: 'After go-live',
          opensAt: new Date(Date.now() - 3_600_000).toISOString(),
          closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          departmentIds: [department],
          questions: [{ kind: 'RATING', text: 'Is it fast?' }],
        },
      },
    );
    const version = await gqlData<{ user: { version: number } }>(server, GQL.user, { id: reader.id }, admin);
    Object.assign(ids, {
      ADMIN_ID: me.me.id,
      USER_ID: reader.id,
      USER_VERSION: String(version.user.version),
      DEPARTMENT_ID: department,
      LIBRARY_ID: library,
    });
  });
  afterAll(() => server?.stop());

  const call = (name: string) => OPERATIONS[name].call.replace(/\$([A-Z_]+)/g, (_, key: string) => ids[key]);
  const named = (access: Access) => Object.keys(OPERATIONS).filter((name) => OPERATIONS[name].access === access);

  it('classifies every operation in the schema', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(schemaOperations());
  });

  it.each([...named('admin'), ...named('editor')])(
    'refuses %s to a signed-in person who is not an admin, and changes nothing',
    async (name) => {
      const result = await server.gql(call(name), {}, { token: user });
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    },
  );

  /** Ids of the evaluation and what belongs to it, each swapped for one that does not exist. */
  const EVALUATION_OWNED = [
    'EVALUATION_ID',
    'CANDIDATE_ID',
    'COST_ITEM_ID',
    'REQUIREMENT_ID',
    'DUPLICATE_ID',
    'MERGE_ID',
    'ROUND_ID',
    'RUBRIC_ID',
    'CRITERION_ID',
    'TEST_PLAN_ID',
    'TEST_CASE_ID',
    'TEST_RUN_ID',
    'TEST_RESULT_ID',
    'DEFECT_ID',
    'WAIVER_ID',
    'SIGN_OFF_ID',
    'INSTALLATION_ID',
    'NOTICE_ID',
    'DECLARATION_ID',
    'FEEDBACK_ID',
  ];
  const missing = Object.fromEntries(
    EVALUATION_OWNED.map((key, i) => [key, `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`]),
  );
  const callWithMissingIds = (name: string) =>
    OPERATIONS[name].call.replace(/\$([A-Z_]+)/g, (_, key: string) => missing[key] ?? ids[key]);
  const answer = (result: GraphQLResponse) => ({
    code: codeOf(result),
    messages: (result.errors ?? []).map((e) => e.message),
    data: result.data ?? null,
  });

  it.each(named('member'))(
    'answers %s to someone outside the evaluation exactly as for ids that do not exist: NOT_FOUND, and changes nothing',
    async (name) => {
      const existing = answer(await server.gql(call(name), {}, { token: user }));
      const madeUp = answer(await server.gql(callWithMissingIds(name), {}, { token: user }));
      expect(existing.code).toBe('NOT_FOUND');
      expect(existing.data).toBeNull();
      expect(existing).toEqual(madeUp);
    },
  );

  it.each([
    [
      'the requirements as CSV',
      (id: (key: string) => string) => `/api/evaluations/${id('EVALUATION_ID')}/requirements/export.csv`,
    ],
    [
      'the requirements as XLSX',
      (id: (key: string) => string) => `/api/evaluations/${id('EVALUATION_ID')}/requirements/export.xlsx`,
    ],
    ['the results workbook', (id: (key: string) => string) => `/api/rounds/${id('ROUND_ID')}/results.xlsx`],
    [
      'the defects as CSV',
      (id: (key: string) => string) => `/api/evaluations/${id('EVALUATION_ID')}/defects/export.csv`,
    ],
    [
      'the defects as XLSX',
      (id: (key: string) => string) => `/api/evaluations/${id('EVALUATION_ID')}/defects/export.xlsx`,
    ],
    [
      'the traceability matrix',
      (id: (key: string) => string) => `/api/evaluations/${id('EVALUATION_ID')}/traceability.xlsx`,
    ],
  ])(
    'answers a download of %s to someone outside the evaluation as for an id that does not exist',
    async (_label, path) => {
      const get = async (url: string) => {
        const response = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${user}` } });
        return { status: response.status, body: (await response.json()) as unknown };
      };
      const existing = await get(path((key) => ids[key]));
      expect(existing.status).toBe(404);
      expect(existing).toEqual(await get(path((key) => missing[key])));
    },
  );

  it.each([
    ['approve a requirement', 'Mutation.decideRequirements'],
    ['merge requirements', 'Mutation.mergeRequirements'],
    ['undo a requirement merge', 'Mutation.undoRequirementMerge'],
    ['change the evaluation', 'Mutation.updateEvaluation'],
    ['change the rubric', 'Mutation.saveCriterion'],
    ['reveal the round', 'Mutation.revealScoringRound'],
    ['let an evaluator score despite a declared conflict', 'Mutation.overrideConflict'],
    ['set a cost', 'Mutation.saveCostItem'],
    ['write a test case', 'Mutation.createTestCase'],
    ['record a test result', 'Mutation.recordTestResult'],
    ['edit a defect', 'Mutation.updateDefect'],
    ['change a defect’s status', 'Mutation.changeDefectStatus'],
    ['set a vendor claim', 'Mutation.setVendorClaim'],
    ['change the acceptance criteria', 'Mutation.setAcceptanceCriteria'],
    ['propose a waiver', 'Mutation.proposeWaiver'],
    ['agree to a waiver', 'Mutation.agreeToWaiver'],
    ['sign a verdict as a director', 'Mutation.signAcceptance'],
    ['withdraw someone else’s sign-off', 'Mutation.withdrawSignOff'],
    ['write the recommendation', 'Mutation.saveRecommendation'],
    ['submit the recommendation', 'Mutation.submitRecommendation'],
    ['mark a library’s priorities without belonging to that library', 'Mutation.markLibraryPriorities'],
    ['choose the rule for the consortium priority', 'Mutation.setConsortiumPriorityRule'],
    ['apply the libraries’ derived priorities', 'Mutation.applyLibraryPriorities'],
    ['start the requirements from a library', 'Mutation.startRequirementsFromLibrary'],
    ['propose requirements to a library', 'Mutation.proposeRequirementsToLibrary'],
  ])('still tells a member without the role that they may not %s (FORBIDDEN)', async (_label, name) => {
    const result = await server.gql(call(name), {}, { token: member });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.data ?? null).toBeNull();
  });

  it('keeps the server’s input and enum type names out of the messages about variables that do not fit', async () => {
    const wrongShape = await server.gql(
      'mutation($input: CreateVendorInput!) { createVendor(input: $input) { id } }',
      { input: 5 },
      { token: admin },
    );
    const wrongField = await server.gql(
      'mutation($input: CreateVendorInput!) { createVendor(input: $input) { id } }',
      { input: { name: 'x', nme: 'y' } },
      { token: admin },
    );
    const wrongEnum = await server.gql(
      'query($filter: EvaluationFilter) { evaluations(filter: $filter) { total } }',
      { filter: { status: ['NOPE'] } },
      { token: admin },
    );
    for (const result of [wrongShape, wrongField, wrongEnum]) {
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/^Variable "\$\w+" got invalid value/);
      expect(JSON.stringify(result.errors)).not.toMatch(
        /CreateVendorInput|EvaluationStatus|EvaluationFilter|Did you mean/,
      );
    }
    expect(wrongShape.errors?.[0].message).toBe('Variable "$input" got invalid value 5; Expected an object.');
  });

  it.each([...named('admin'), ...named('editor'), ...named('member'), ...named('signed-in')])(
    'refuses %s to an anonymous caller',
    async (name) => {
      const result = await server.gql(call(name));
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    },
  );

  it('left everything as it was after the refused calls', async () => {
    const users = await server.gql<{ users: { total: number; items: { email: string; globalRole: string }[] } }>(
      '{ users { total items { email globalRole } } }',
      {},
      { token: admin },
    );
    expect(users.data?.users.items.map((u) => `${u.email}:${u.globalRole}`).sort()).toEqual([
      'admin@e2e.test:ADMIN',
      'helper@e2e.test:USER',
      'reader@e2e.test:USER',
    ]);
    const units = await server.gql<{ departments: { code: string }[]; memberLibraries: { code: string }[] }>(
      '{ departments { code } memberLibraries { code } }',
      {},
      { token: admin },
    );
    expect(units.data?.departments.map((d) => d.code)).toEqual(['CIRC']);
    expect(units.data?.memberLibraries.map((l) => l.code)).toEqual(['MAIN']);
    const catalogue = await server.gql<{
      vendors: {
        items: { name: string; version: number; products: { name: string; versions: { name: string }[] }[] }[];
      };
      researchNotes: { total: number };
      referenceQuestions: unknown[];
    }>(
      '{ vendors { items { name version products { name versions { name } } } } researchNotes { total } referenceQuestions { id } }',
      {},
      { token: admin },
    );
    expect(catalogue.data).toEqual({
      vendors: {
        items: [
          {
            name: 'Equinox Open Library Initiative',
            version: 1,
            products: [{ name: 'Evergreen', versions: [{ name: '3.15' }] }],
          },
        ],
      },
      researchNotes: { total: 1 },
      referenceQuestions: [],
    });
    const defect = await server.gql<{
      defect: { title: string; status: string; version: number; results: unknown[] };
      evaluation: { defects: { total: number } };
    }>(
      'query($id: ID!, $e: ID!) { defect(id: $id) { title status version results { resultId } } evaluation(id: $e) { defects { total } } }',
      { id: ids['DEFECT_ID'], e: ids['EVALUATION_ID'] },
      { token: admin },
    );
    expect(defect.data).toEqual({
      defect: { title: 'Hold fails', status: 'OPEN', version: 1, results: [] },
      evaluation: { defects: { total: 1 } },
    });
    // The admin's password was not reset: signing in still works.
    await expect(server.login()).resolves.toEqual(expect.any(String));
  });

  it('refuses a query nested deeper than the limit', async () => {
    const deep =
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }';
    const result = await server.gql(deep, {}, { token: admin });
    expect(result.data ?? null).toBeNull();
    expect(
      result.errors?.some(
        (e) => /depth limit of 10 exceeded/i.test(e.message) && e.extensions?.code === 'BAD_USER_INPUT',
      ),
    ).toBe(true);
  });

  it('refuses a batch of aliased mutations over the document limits, and writes none of them', async () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `d${i}: createDepartment(input: { code: "B${i}", name: "Batch ${i}" }) { id code name version }`,
    );
    const result = await server.gql(`mutation { ${aliases.join(' ')} }`, {}, { token: admin });
    expect(result.data ?? null).toBeNull();
    expect(
      result.errors?.some(
        (e) => /token limit of 2000 exceeded/i.test(e.message) && e.extensions?.code === 'BAD_USER_INPUT',
      ),
    ).toBe(true);
    const fewer = Array.from(
      { length: 40 },
      (_, i) => `d${i}: createDepartment(input: { code: "B${i}", name: "Batch ${i}" }) { id }`,
    );
    const refused = await server.gql(`mutation { ${fewer.join(' ')} }`, {}, { token: admin });
    expect(refused.data ?? null).toBeNull();
    expect(
      refused.errors?.some(
        (e) => /aliases limit of 30 exceeded/i.test(e.message) && e.extensions?.code === 'BAD_USER_INPUT',
      ),
    ).toBe(true);
    const units = await server.gql<{ departments: { code: string }[] }>(
      '{ departments { code } }',
      {},
      { token: admin },
    );
    expect(units.data?.departments).toHaveLength(1);
  });

  it('refuses a cross-site "simple" request (CSRF) and writes nothing', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: `assay_session=${admin}` },
      body: JSON.stringify({ query: 'mutation { createDepartment(input: { code: "CSRF", name: "Forged" }) { id } }' }),
    });
    expect(response.status).toBe(400);
    const viaGet = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('mutation { createDepartment(input: { code: "CSRF", name: "Forged" }) { id } }')}`,
      {
        headers: { cookie: `assay_session=${admin}`, 'apollo-require-preflight': 'true' },
      },
    );
    expect(viaGet.status).toBeGreaterThanOrEqual(400);
    const units = await server.gql<{ departments: { code: string }[] }>(
      '{ departments { code } }',
      {},
      { token: admin },
    );
    expect(units.data?.departments.map((d) => d.code)).toEqual(['CIRC']);
  });

  it('keeps introspection, suggestions and stack traces out of production responses', async () => {
    const introspection = await server.gql('{ __schema { queryType { name } } }', {}, { token: admin });
    expect(introspection.data ?? null).toBeNull();
    expect(codeOf(introspection)).toBe('BAD_USER_INPUT');

    const typo = await server.gql('{ mee { id } }', {}, { token: admin });
    expect(codeOf(typo)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    expect(JSON.stringify(typo.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('sends security headers with every page', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('tells browsers and proxies to keep no copy of a GraphQL answer, with or without errors', async () => {
    for (const query of ['{ me { id } }', '{ mee { id } }']) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query }),
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });
});
