/** FAILS makes the verdict NOT_ACCEPTED, WAIVED makes it ACCEPTED_WITH_WAIVERS, MET says why a criterion holds. */
export type AcceptanceReasonEffect = 'FAILS' | 'MET' | 'WAIVED';

export type AcceptanceReasonKind =
  | 'MANDATORY_FAILED'
  | 'MANDATORY_NOT_VERIFIED'
  | 'MANDATORY_VERIFIED'
  | 'MANDATORY_WAIVED'
  | 'NO_EXECUTED_RESULTS'
  | 'NO_OPEN_CRITICAL_DEFECTS'
  | 'NO_OPEN_MAJOR_DEFECTS'
  | 'OPEN_CRITICAL_DEFECTS'
  | 'OPEN_MAJOR_DEFECTS'
  | 'PASS_RATE_BELOW_THRESHOLD'
  | 'PASS_RATE_MET'
  | 'SHOULD_COVERAGE_BELOW_MINIMUM'
  | 'SHOULD_COVERAGE_MET'
  | 'SHOULD_COVERAGE_MET_WITH_WAIVERS';

export type AcceptanceVerdict = 'ACCEPTED' | 'ACCEPTED_WITH_WAIVERS' | 'NOT_ACCEPTED';

/** The signed-in person’s answers; saving again replaces them while the survey is open. */
export type AnswerFeedbackSurveyInput = {
  answers: Array<FeedbackAnswerInput>;
  surveyId: string;
};

export type ApplyLibraryPrioritiesInput = {
  /** Requirements of one evaluation, each with the version loaded. */
  requirements: Array<RequirementRef>;
};

export type AttachmentOwnerKind = 'PRODUCT' | 'REFERENCE_CHECK' | 'RESEARCH_NOTE' | 'VENDOR';

export type CandidateState = 'ELIMINATED' | 'RECOMMENDED' | 'SELECTED' | 'SHORTLISTED';

export type CandidateStateInput = {
  id: string;
  /** Required when eliminating. */
  reason?: string | null | undefined;
  state: CandidateState;
  version: number;
};

export type CatalogItemRef = {
  id: string;
  kind: CatalogKind;
  /** The version you saw. */
  version: number;
};

export type CatalogKind = 'CONTACT' | 'PRODUCT' | 'PRODUCT_VERSION' | 'REFERENCE_CHECK' | 'RESEARCH_NOTE' | 'VENDOR';

export type CatalogSearchInput = {
  /** Limit to these kinds; all when omitted. */
  kinds?: Array<SearchKind> | null | undefined;
  /** Words to find; "quoted phrases" and -excluded words work as in a web search. */
  text: string;
};

/** Moves a defect to another status; what each status needs is given with it. */
export type ChangeDefectStatusInput = {
  /** DUPLICATE: the other defect, of the same evaluation or product. */
  duplicateOfId?: string | null | undefined;
  /** FIXED: the version or build that fixes it (required). */
  fixedInVersion?: string | null | undefined;
  id: string;
  /** WONT_FIX: why (required). */
  reason?: string | null | undefined;
  /** Replaces the resolution notes, which the reporter reads. */
  resolutionNotes?: string | null | undefined;
  status: DefectStatus;
  version: number;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** How far the finding can be relied on. */
export type Confidence = 'HIGH' | 'LOW' | 'MEDIUM';

export type ConsensusInput = {
  candidateId: string;
  criterionId: string;
  note: string;
  roundId: string;
  value: number;
};

/** HIGHEST: the highest priority any library gave. MAJORITY: the priority most libraries gave; a tie goes to the highest of the tied priorities. */
export type ConsortiumPriorityRule = 'HIGHEST' | 'MAJORITY';

export type CopyTestCasesInput = {
  caseIds: Array<string>;
  fromPlanId: string;
  toPlanId: string;
};

/** Adds (without id) or edits (with id and version) a cost item. */
export type CostItemInput = {
  amount: number;
  candidateId: string;
  /** Omit to add an item. */
  id?: string | null | undefined;
  kind: CostKind;
  label: string;
  notes?: string | null | undefined;
  /** Required when editing. */
  version?: number | null | undefined;
};

/** ONE_TIME: paid once, in year 1 (licence, migration, hardware); YEARLY: paid every year (subscription, hosting, support, staff time). */
export type CostKind = 'ONE_TIME' | 'YEARLY';

export type CostSettingsInput = {
  evaluationId: string;
  /** What an hour of staff training costs. */
  trainingHourlyRate: number;
  /** The period of the total cost of ownership, 1–30 years. */
  years: number;
};

export type CreateApiTokenInput = {
  /** How many days it works, 1 to 366 (default 90). */
  expiresInDays?: number | null | undefined;
  /** What the token is for (e.g. "CI upload of test results"); unique among your live tokens. */
  name: string;
};

export type CreateContactInput = {
  email?: string | null | undefined;
  name: string;
  notes?: string | null | undefined;
  phone?: string | null | undefined;
  role?: string | null | undefined;
  vendorId: string;
};

/** A defect of an evaluation (evaluationId, with the candidate it was found on) or of a product in use (productId), or raised from a failed result (fromResultId), which gives both and prefills the title and description. */
export type CreateDefectInput = {
  /** Evaluation defects: the candidate (required without a result). */
  candidateId?: string | null | undefined;
  component?: string | null | undefined;
  /** Left out with a result: the case’s steps and what actually happened. */
  description?: string | null | undefined;
  evaluationId?: string | null | undefined;
  /** Left out: the candidate’s or result’s version (and build). */
  foundInVersion?: string | null | undefined;
  /** A failed result: the defect is linked to it, found on its candidate and version. */
  fromResultId?: string | null | undefined;
  productId?: string | null | undefined;
  /** Product defects: the version it was found on. */
  productVersionId?: string | null | undefined;
  /** Left out with a result: from the case’s priority (critical, high → major, medium → minor, low → trivial). */
  severity?: DefectSeverity | null | undefined;
  /** Left out with a result: the case’s title. */
  title?: string | null | undefined;
  vendorTicketRef?: string | null | undefined;
};

export type CreateEvaluationInput = {
  /** Decimal amount, e.g. "250000" or "250000.50". */
  budget?: string | null | undefined;
  currency?: string | null | undefined;
  endsOn?: string | null | undefined;
  kind?: EvaluationKind | null | undefined;
  purpose?: string | null | undefined;
  startsOn?: string | null | undefined;
  title: string;
};

/** A new survey about exactly one of: an evaluation with a decision, or a product in use. */
export type CreateFeedbackSurveyInput = {
  anonymous?: boolean;
  closesAt: string;
  departmentIds?: Array<string>;
  description?: string | null | undefined;
  evaluationId?: string | null | undefined;
  memberLibraryIds?: Array<string>;
  opensAt: string;
  productId?: string | null | undefined;
  questions: Array<FeedbackQuestionInput>;
  title: string;
  /** e.g. "3 months". */
  waveLabel?: string | null | undefined;
};

export type CreateProductInput = {
  category: ProductCategory;
  description?: string | null | undefined;
  hosting?: Array<Hosting> | null | undefined;
  licence: Licence;
  name: string;
  vendorId: string;
  website?: string | null | undefined;
};

export type CreateProductVersionInput = {
  name: string;
  notes?: string | null | undefined;
  productId: string;
  releaseDate?: string | null | undefined;
};

export type CreateReferenceCheckInput = {
  answers?: Array<ReferenceAnswerInput> | null | undefined;
  /** YYYY-MM-DD */
  checkedOn: string;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  libraryName: string;
  productId: string;
  /** 1 (poor) to 5 (excellent) */
  rating: number;
  summary?: string | null | undefined;
};

export type CreateRequirementInput = {
  category?: string | null | undefined;
  /** Left out: generated from the department’s prefix, e.g. CIRC-013. */
  code?: string | null | undefined;
  departmentId: string;
  description?: string | null | undefined;
  evaluationId: string;
  mandatory?: boolean | null | undefined;
  priority: Priority;
  rationale?: string | null | undefined;
  title: string;
  /** Left out: TEST. */
  verificationMethod?: VerificationMethod | null | undefined;
};

export type CreateRequirementLibraryInput = {
  description?: string | null | undefined;
  name: string;
};

export type CreateResearchNoteInput = {
  body?: string | null | undefined;
  confidence?: Confidence | null | undefined;
  /** YYYY-MM-DD */
  observedOn: string;
  /** The product the note is about, if any; it must belong to the vendor. */
  productId?: string | null | undefined;
  sourceTitle?: string | null | undefined;
  sourceType: NoteSourceType;
  sourceUrl?: string | null | undefined;
  tags?: Array<NoteTag> | null | undefined;
  title: string;
  vendorId: string;
};

export type CreateTestCaseInput = {
  /** The "classname name" an automated test report gives it. */
  automationName?: string | null | undefined;
  planId: string;
  preconditions?: string | null | undefined;
  priority?: TestPriority | null | undefined;
  /** Requirements of the plan’s evaluation that the case verifies. */
  requirementIds?: Array<string> | null | undefined;
  section?: string | null | undefined;
  /** In order; the whole list replaces the old one. */
  steps?: Array<TestStepInput> | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
};

/** A plan for an evaluation (evaluationId) or for a product in use (productId): exactly one. */
export type CreateTestPlanInput = {
  currentVersionId?: string | null | undefined;
  entryCriteria?: string | null | undefined;
  evaluationId?: string | null | undefined;
  exitCriteria?: string | null | undefined;
  /** Left out: T. */
  keyPrefix?: string | null | undefined;
  name: string;
  /** Left out: the person creating the plan. */
  ownerId?: string | null | undefined;
  productId?: string | null | undefined;
  scope?: string | null | undefined;
  targetVersionId?: string | null | undefined;
};

/** A run of a plan: against a candidate (evaluation plans) or a version of the product (product plans), over all its cases or the ones chosen. */
export type CreateTestRunInput = {
  buildLabel?: string | null | undefined;
  candidateId?: string | null | undefined;
  /** Left out: every case of the plan that is not archived. */
  caseIds?: Array<string> | null | undefined;
  environment: string;
  planId: string;
  productVersionId?: string | null | undefined;
  testerIds?: Array<string> | null | undefined;
};

export type CreateUserInput = {
  departmentId?: string | null | undefined;
  displayName: string;
  email: string;
  globalRole?: GlobalRole;
  memberLibraryId?: string | null | undefined;
  /** A first password, to be changed by the person at first sign-in. */
  temporaryPassword: string;
};

export type CreateVendorInput = {
  companyNotes?: string | null | undefined;
  headquarters?: string | null | undefined;
  name: string;
  status?: VendorStatus | null | undefined;
  supportModel?: string | null | undefined;
  website?: string | null | undefined;
};

/** Adds (without id) or edits a category or criterion of a draft rubric version. */
export type CriterionInput = {
  description?: string | null | undefined;
  id?: string | null | undefined;
  /** Null: a top-level category. */
  parentId?: string | null | undefined;
  position?: number | null | undefined;
  requirementIds?: Array<string> | null | undefined;
  rubricVersionId: string;
  title: string;
  /** Relative weight among siblings; positive. */
  weight?: number | null | undefined;
};

export type DecideRequirementsInput = {
  /** Required when rejecting. */
  comment?: string | null | undefined;
  decision: RequirementDecision;
  requirements: Array<RequirementRef>;
};

export type DeclareConflictsInput = {
  declarations: Array<VendorDeclarationInput>;
  evaluationId: string;
};

export type DefectFilter = {
  candidateId?: string | null | undefined;
  /** The component, whatever its case. */
  component?: string | null | undefined;
  /** The product it was found on (any of its candidates’ versions). */
  productId?: string | null | undefined;
  severities?: Array<DefectSeverity> | null | undefined;
  statuses?: Array<DefectStatus> | null | undefined;
  /** Words in the key, title, description or vendor ticket. */
  text?: string | null | undefined;
};

export type DefectSeverity = 'CRITICAL' | 'MAJOR' | 'MINOR' | 'TRIVIAL';

/** OPEN → IN_PROGRESS → FIXED → VERIFIED → CLOSED, or WONT_FIX (with a reason) or DUPLICATE (of another defect); TRIAGE: reported, waiting for a lead or a tester to accept it. */
export type DefectStatus =
  'CLOSED' | 'DUPLICATE' | 'FIXED' | 'IN_PROGRESS' | 'OPEN' | 'TRIAGE' | 'VERIFIED' | 'WONT_FIX';

export type EvaluationFilter = {
  status?: Array<EvaluationStatus> | null | undefined;
};

/** SELECTION: choosing a system; UPGRADE: accepting a new version of the one in use. */
export type EvaluationKind = 'SELECTION' | 'UPGRADE';

export type EvaluationRole = 'DEPARTMENT_HEAD' | 'DIRECTOR' | 'EVALUATOR' | 'LEAD' | 'TESTER' | 'VIEWER';

/** DRAFT → REQUIREMENTS → SCORING → TESTING → RECOMMENDATION → DECIDED, or CANCELLED. */
export type EvaluationStatus =
  'CANCELLED' | 'DECIDED' | 'DRAFT' | 'RECOMMENDATION' | 'REQUIREMENTS' | 'SCORING' | 'TESTING';

/** The answer to one question: a rating 1–5 for rating questions, and/or a comment. */
export type FeedbackAnswerInput = {
  comment?: string | null | undefined;
  questionId: string;
  rating?: number | null | undefined;
};

/** How results are grouped: not at all, by the respondents’ departments or by their member libraries. */
export type FeedbackGroupBy = 'DEPARTMENT' | 'LIBRARY' | 'NONE';

/** A question: a 1–5 rating (with an optional comment) or free text. */
export type FeedbackQuestionInput = {
  kind: FeedbackQuestionKind;
  text: string;
};

/** RATING: 1–5 with an optional comment; TEXT: free text only. */
export type FeedbackQuestionKind = 'RATING' | 'TEXT';

/** From the survey’s dates: not yet open, open for answers, or closed (by date or by a manager). */
export type FeedbackSurveyStatus = 'CLOSED' | 'OPEN' | 'SCHEDULED';

/** Organisation-wide role. Per-evaluation roles are held through evaluation membership. */
export type GlobalRole = 'ADMIN' | 'USER';

export type Hosting = 'SAAS' | 'SELF_HOSTED' | 'VENDOR_HOSTED';

/** What an installation put in place: the first installation, a patch, a hot fix, a service pack or an upgrade. */
export type InstallationKind = 'HOTFIX' | 'INITIAL' | 'PATCH' | 'SERVICE_PACK' | 'UPGRADE';

export type InstallationRef = {
  id: string;
  version: number;
};

export type LibraryMarkInput = {
  /** The mark as you read it (null: none). Given, the mark changes only if it is still that: when another representative of your library changed it since, the answer is CONFLICT instead of overwriting theirs. Left out: no check. */
  previous?: LibraryPriority | null | undefined;
  /** Left out or null: the mark is cleared. */
  priority?: LibraryPriority | null | undefined;
  requirementId: string;
};

/** How much a requirement matters to one member library. */
export type LibraryPriority = 'COULD' | 'MUST' | 'NOT_NEEDED' | 'SHOULD';

export type Licence = 'OPEN_SOURCE' | 'PROPRIETARY';

export type LoginInput = {
  email: string;
  password: string;
};

export type MarkLibraryPrioritiesInput = {
  evaluationId: string;
  marks: Array<LibraryMarkInput>;
  /** The representative’s own member library: no other may be marked. */
  memberLibraryId: string;
};

export type MemberInput = {
  evaluationId: string;
  role: EvaluationRole;
  userId: string;
};

export type MergeRequirementsInput = {
  evaluationId: string;
  /** The duplicates merged into it (they go away until undone). */
  merged: Array<RequirementRef>;
  /** The requirement that stays; it keeps its code and text. */
  survivor: RequirementRef;
};

export type MoveEvaluationInput = {
  id: string;
  /** Required when cancelling. */
  reason?: string | null | undefined;
  to: EvaluationStatus;
  version: number;
};

export type NoteSourceType = 'CONFERENCE' | 'DEMO' | 'DOCUMENT' | 'OTHER' | 'REFERENCE_CALL' | 'URL';

export type NoteTag =
  'ACCESSIBILITY' | 'FINANCIAL_HEALTH' | 'INSTALL_BASE' | 'PRICING' | 'ROADMAP' | 'SECURITY' | 'SUPPORT';

/** What a notification is about: a waiver to agree to or decided, a retest due, a scoring round… */
export type NotificationKind =
  | 'DECISION_RECORDED'
  | 'FOLLOW_UP_DUE'
  | 'MEMBER_ADDED'
  | 'PROBLEM_NOTICE'
  | 'PROBLEM_REPORT_RESOLVED'
  | 'RECOMMENDATION_CHANGES_REQUESTED'
  | 'RECOMMENDATION_REJECTED'
  | 'RECOMMENDATION_SUBMITTED'
  | 'SCORING_ROUND_OPENED'
  | 'SCORING_ROUND_REVEALED'
  | 'SIGN_OFF_REQUESTED'
  | 'WAIVER_AGREED'
  | 'WAIVER_PROPOSED'
  | 'WAIVER_REJECTED';

export type OpenRoundInput = {
  /** Candidates to score; all shortlisted when left out. */
  candidateIds?: Array<string> | null | undefined;
  evaluationId: string;
};

export type OverrideConflictInput = {
  declarationId: string;
  reason: string;
  /** The version you saw. */
  version: number;
};

export type PageInput = {
  limit?: number;
  offset?: number;
};

export type PairwiseInput = {
  /** Square reciprocal matrix over the children in position order (Saaty 1/9–9). */
  matrix: Array<Array<number>>;
  /** Null: compare the top-level categories. */
  parentId?: string | null | undefined;
  rubricVersionId: string;
};

/** MoSCoW: must, should, could, won’t (this time). */
export type Priority = 'COULD' | 'MUST' | 'SHOULD' | 'WONT';

/** What a problem notice is about: an outage, a known defect with its workaround, or a planned upgrade. */
export type ProblemNoticeKind = 'KNOWN_DEFECT' | 'OUTAGE' | 'PLANNED_UPGRADE';

export type ProblemNoticeRef = {
  id: string;
  version: number;
};

/** ILS: integrated library system; LSP: library services platform; ERM: electronic resource management. */
export type ProductCategory = 'DIGITAL_REPOSITORY' | 'DISCOVERY' | 'ERM' | 'ILS' | 'LSP' | 'OTHER';

export type ProductFilter = {
  archived?: boolean;
  category?: ProductCategory | null | undefined;
  hosting?: Hosting | null | undefined;
  licence?: Licence | null | undefined;
  search?: string | null | undefined;
  vendorId?: string | null | undefined;
};

export type ProposeToLibraryInput = {
  libraryId: string;
  /** Approved requirements of one evaluation. */
  requirementIds: Array<string>;
};

export type ProposeWaiverInput = {
  candidateId: string;
  /** Why the candidate may be accepted without it. */
  rationale: string;
  requirementId: string;
};

export type RecommendationRiskInput = {
  mitigation: string;
  risk: string;
};

export type RecommendationState = 'APPROVED' | 'CHANGES_REQUESTED' | 'DRAFT' | 'REJECTED' | 'SUBMITTED' | 'WITHDRAWN';

/** What was installed on a product in use, when, and by whom. */
export type RecordInstallationInput = {
  /** A run of one of the product’s plans, on the version installed. */
  acceptingRunId?: string | null | undefined;
  /** Left out: the person recording it. */
  appliedById?: string | null | undefined;
  /** YYYY-MM-DD, not in the future. */
  installedOn: string;
  kind: InstallationKind;
  notes?: string | null | undefined;
  productId: string;
  /** A version of the product. */
  productVersionId: string;
};

export type RecordTestResultInput = {
  actualResult?: string | null | undefined;
  durationSeconds?: number | null | undefined;
  id: string;
  status: TestResultStatus;
  /** In the order of the case’s steps. */
  stepResults?: Array<TestStepResultInput> | null | undefined;
  version: number;
};

/** The outcome of a demonstration, inspection, vendor statement or reference check. */
export type RecordVerificationInput = {
  candidateId: string;
  note?: string | null | undefined;
  outcome: VerificationOutcome;
  requirementId: string;
};

export type ReferenceAnswerInput = {
  answer: string;
  /** The question as asked; may differ from the stored question. */
  question: string;
  questionId?: string | null | undefined;
};

export type ReferenceQuestionInput = {
  active?: boolean | null | undefined;
  /** Omit to add a question. */
  id?: string | null | undefined;
  position?: number | null | undefined;
  text: string;
  /** Required when editing. */
  version?: number | null | undefined;
};

/** The next wave of a survey: the same questions, audience and anonymity, a new period. */
export type RepeatFeedbackSurveyInput = {
  closesAt: string;
  id: string;
  opensAt: string;
  waveLabel: string;
};

/** A problem with a product in use, reported by anyone signed in; it becomes a defect of the product in TRIAGE. */
export type ReportProblemInput = {
  productId: string;
  /** The version in use, when the reporter knows it. */
  productVersionId?: string | null | undefined;
  /** How bad it is. */
  severity: DefectSeverity;
  /** What happened; its first line is the defect’s title. */
  whatHappened: string;
  /** Where: the screen, module or task (the defect’s component). */
  where: string;
};

/** Asks the members who may sign a candidate’s verdict to sign it. */
export type RequestSignOffsInput = {
  candidateId: string;
};

/** REOPEN sends a decided requirement back to proposed. */
export type RequirementDecision = 'APPROVE' | 'REJECT' | 'REOPEN';

export type RequirementFilter = {
  departmentIds?: Array<string> | null | undefined;
  mandatory?: boolean | null | undefined;
  priorities?: Array<Priority> | null | undefined;
  /** Words in the code, title, description, category or rationale. */
  search?: string | null | undefined;
  statuses?: Array<RequirementStatus> | null | undefined;
  verificationMethods?: Array<VerificationMethod> | null | undefined;
};

/** A draft takes edits and proposals; a published version is frozen. */
export type RequirementLibraryVersionStatus = 'DRAFT' | 'PUBLISHED';

/** A requirement and the version you saw, for bulk actions. */
export type RequirementRef = {
  id: string;
  version: number;
};

export type RequirementStatus = 'APPROVED' | 'PROPOSED' | 'REJECTED';

export type RequirementVerificationState = 'FAILED' | 'NOT_VERIFIED' | 'UNCOVERED' | 'VERIFIED';

export type ResearchNoteFilter = {
  archived?: boolean;
  productId?: string | null | undefined;
  search?: string | null | undefined;
  /** Notes with any of these tags. */
  tags?: Array<NoteTag> | null | undefined;
  vendorId?: string | null | undefined;
};

export type ResetPasswordInput = {
  id: string;
  /** A temporary password; the person must choose a new one at next sign-in. */
  temporaryPassword: string;
};

export type ReviewOutcome = 'APPROVE' | 'REJECT' | 'REQUEST_CHANGES';

/** A director’s review of a submitted version. */
export type ReviewRecommendationInput = {
  comment: string;
  evidencePath?: string | null | undefined;
  outcome: ReviewOutcome;
  versionId: string;
};

/** OPEN: blind, each evaluator sees only their own scores; REVEALED: everyone sees all scores. */
export type RoundStatus = 'CLOSED' | 'OPEN' | 'REVEALED';

export type RubricScaleInput = {
  descriptors: Array<ScaleStepInput>;
  rubricVersionId: string;
  scaleMax: number;
  scaleMin: number;
};

/** The lead’s draft of the recommendation; creates it the first time. */
export type SaveRecommendationInput = {
  candidateId?: string | null | undefined;
  conditions: string;
  costNotes: string;
  evaluationId: string;
  noneReason: string;
  rationale: string;
  risks: Array<RecommendationRiskInput>;
  /** Absent when creating the first draft. */
  version?: number | null | undefined;
};

export type ScaleStepInput = {
  label: string;
  value: number;
};

export type ScoreInput = {
  candidateId: string;
  comment?: string | null | undefined;
  criterionId: string;
  evidenceUrl?: string | null | undefined;
  roundId: string;
  /** Null clears the score. */
  value?: number | null | undefined;
};

export type SearchKind = 'PRODUCT' | 'REQUIREMENT' | 'RESEARCH_NOTE' | 'TEST_CASE' | 'VENDOR';

/** A notice about a problem with a product in use, for the staff of the chosen libraries. */
export type SendProblemNoticeInput = {
  details?: string | null | undefined;
  /** YYYY-MM-DD, not before startsOn */
  endsOn?: string | null | undefined;
  kind: ProblemNoticeKind;
  /** The member libraries whose staff are told. */
  libraryIds: Array<string>;
  productId: string;
  /** YYYY-MM-DD */
  startsOn?: string | null | undefined;
  title: string;
};

/** Changes an evaluation’s acceptance criteria; fields left out keep their value. */
export type SetAcceptanceCriteriaInput = {
  evaluationId: string;
  mandatoryVerified?: boolean | null | undefined;
  /** Null: no minimum required. */
  minShouldCoverage?: number | null | undefined;
  noOpenCriticalDefects?: boolean | null | undefined;
  noOpenMajorDefects?: boolean | null | undefined;
  passRateThreshold?: number | null | undefined;
  /** The version read (0 while the defaults apply). */
  version: number;
};

export type SetConsortiumPriorityRuleInput = {
  evaluationId: string;
  rule: ConsortiumPriorityRule;
};

export type SetPriorityInput = {
  priority: Priority;
  requirements: Array<RequirementRef>;
};

/** The people who may read, write and execute a product’s plan, besides administrators. */
export type SetTestPlanMembersInput = {
  planId: string;
  userIds: Array<string>;
};

/** Creates the claim (no version) or changes it (the version you loaded). */
export type SetVendorClaimInput = {
  candidateId: string;
  claim: VendorClaimLevel;
  comment?: string | null | undefined;
  requirementId: string;
  /** YYYY-MM-DD: required for ROADMAP, refused otherwise. */
  roadmapDate?: string | null | undefined;
  /** The version you loaded; left out when creating the claim. */
  version?: number | null | undefined;
};

export type ShortlistInput = {
  evaluationId: string;
  productVersionId: string;
};

/** Signs a candidate’s current verdict as one of the roles the signer holds. */
export type SignAcceptanceInput = {
  candidateId: string;
  comment?: string | null | undefined;
  role: SignOffRole;
};

/** The role a verdict is signed as: the lead, a department head (for their department) or a director. */
export type SignOffRole = 'DEPARTMENT_HEAD' | 'DIRECTOR' | 'LEAD';

export type SortDirection = 'ASC' | 'DESC';

export type StartFromLibraryInput = {
  evaluationId: string;
  libraryId: string;
  /** A published version of the library. */
  version: number;
};

export type TestCaseFilter = {
  /** Include archived cases (left out by default). */
  archived?: boolean | null | undefined;
  priorities?: Array<TestPriority> | null | undefined;
  requirementId?: string | null | undefined;
  section?: string | null | undefined;
  tag?: string | null | undefined;
  /** Words in the key or title. */
  text?: string | null | undefined;
};

export type TestCaseRef = {
  id: string;
  version: number;
};

export type TestPageInput = {
  limit?: number;
  offset?: number;
};

export type TestPriority = 'CRITICAL' | 'HIGH' | 'LOW' | 'MEDIUM';

export type TestResultFilter = {
  priorities?: Array<TestPriority> | null | undefined;
  requirementId?: string | null | undefined;
  statuses?: Array<TestResultStatus> | null | undefined;
  tag?: string | null | undefined;
  /** Words in the case’s key or title. */
  text?: string | null | undefined;
};

export type TestResultStatus = 'BLOCKED' | 'FAILED' | 'PASSED' | 'RETEST' | 'SKIPPED' | 'UNTESTED';

export type TestRunRef = {
  id: string;
  version: number;
};

/** CLOSED: read-only. */
export type TestRunStatus = 'CLOSED' | 'OPEN';

export type TestStepInput = {
  action: string;
  expected?: string | null | undefined;
};

export type TestStepResultInput = {
  actual?: string | null | undefined;
  status: TestResultStatus;
};

/** Every field left out matches all. */
export type TraceabilityFilter = {
  /** Only this candidate’s column. */
  candidateId?: string | null | undefined;
  departmentIds?: Array<string> | null | undefined;
  priorities?: Array<Priority> | null | undefined;
  /** Requirements with at least one shown candidate in one of these statuses. */
  statuses?: Array<TraceabilityStatus> | null | undefined;
};

/** How a requirement stands for a candidate. Tested requirements: PASSED, FAILED, BLOCKED, NOT_RUN or UNCOVERED (no case linked); the other methods, by the latest recorded verification: VERIFIED, REJECTED or UNVERIFIED. */
export type TraceabilityStatus =
  /** Blocked */
  | 'BLOCKED'
  /** Failed */
  | 'FAILED'
  /** Not run */
  | 'NOT_RUN'
  /** Passed */
  | 'PASSED'
  /** Rejected */
  | 'REJECTED'
  /** No test case */
  | 'UNCOVERED'
  /** Awaiting verification */
  | 'UNVERIFIED'
  /** Verified */
  | 'VERIFIED';

export type TrainingNeedInput = {
  candidateId: string;
  departmentId: string;
  hoursPerPerson: number;
  /** Omit to add a need. */
  id?: string | null | undefined;
  notes?: string | null | undefined;
  people: number;
  topic: string;
  /** Required when editing. */
  version?: number | null | undefined;
};

export type UpdateContactInput = {
  email?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  phone?: string | null | undefined;
  role?: string | null | undefined;
  version: number;
};

/** Fields left out stay as they are. */
export type UpdateEvaluationInput = {
  budget?: string | null | undefined;
  currency?: string | null | undefined;
  endsOn?: string | null | undefined;
  id: string;
  purpose?: string | null | undefined;
  startsOn?: string | null | undefined;
  title?: string | null | undefined;
  version: number;
};

/** Fields left out stay as they are; acceptingRunId null removes the run. */
export type UpdateInstallationInput = {
  acceptingRunId?: string | null | undefined;
  appliedById?: string | null | undefined;
  id: string;
  installedOn?: string | null | undefined;
  kind?: InstallationKind | null | undefined;
  notes?: string | null | undefined;
  productVersionId?: string | null | undefined;
  version: number;
};

export type UpdateProductInput = {
  category?: ProductCategory | null | undefined;
  description?: string | null | undefined;
  hosting?: Array<Hosting> | null | undefined;
  id: string;
  licence?: Licence | null | undefined;
  name?: string | null | undefined;
  version: number;
  website?: string | null | undefined;
};

export type UpdateProductVersionInput = {
  id: string;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  releaseDate?: string | null | undefined;
  version: number;
};

export type UpdateReferenceCheckInput = {
  answers?: Array<ReferenceAnswerInput> | null | undefined;
  /** YYYY-MM-DD */
  checkedOn?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  id: string;
  libraryName?: string | null | undefined;
  /** 1 (poor) to 5 (excellent) */
  rating?: number | null | undefined;
  summary?: string | null | undefined;
  version: number;
};

/** Fields left out stay as they are. */
export type UpdateRequirementInput = {
  category?: string | null | undefined;
  code?: string | null | undefined;
  departmentId?: string | null | undefined;
  description?: string | null | undefined;
  id: string;
  mandatory?: boolean | null | undefined;
  priority?: Priority | null | undefined;
  rationale?: string | null | undefined;
  title?: string | null | undefined;
  verificationMethod?: VerificationMethod | null | undefined;
  version: number;
};

export type UpdateResearchNoteInput = {
  body?: string | null | undefined;
  confidence?: Confidence | null | undefined;
  id: string;
  /** YYYY-MM-DD */
  observedOn?: string | null | undefined;
  /** The product the note is about, if any; it must belong to the vendor. */
  productId?: string | null | undefined;
  sourceTitle?: string | null | undefined;
  sourceType?: NoteSourceType | null | undefined;
  sourceUrl?: string | null | undefined;
  tags?: Array<NoteTag> | null | undefined;
  title?: string | null | undefined;
  version: number;
};

/** Fields left out stay as they are. */
export type UpdateTestCaseInput = {
  /** The "classname name" an automated test report gives it. */
  automationName?: string | null | undefined;
  id: string;
  preconditions?: string | null | undefined;
  priority?: TestPriority | null | undefined;
  /** Requirements of the plan’s evaluation that the case verifies. */
  requirementIds?: Array<string> | null | undefined;
  section?: string | null | undefined;
  /** In order; the whole list replaces the old one. */
  steps?: Array<TestStepInput> | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  version: number;
};

/** Fields left out stay as they are. */
export type UpdateTestPlanInput = {
  currentVersionId?: string | null | undefined;
  entryCriteria?: string | null | undefined;
  exitCriteria?: string | null | undefined;
  id: string;
  /** Applies to cases added from now on; existing keys stay. */
  keyPrefix?: string | null | undefined;
  name?: string | null | undefined;
  ownerId?: string | null | undefined;
  scope?: string | null | undefined;
  targetVersionId?: string | null | undefined;
  version: number;
};

export type UpdateUserInput = {
  active?: boolean | null | undefined;
  /** null clears it; omitted leaves it. */
  departmentId?: string | null | undefined;
  displayName?: string | null | undefined;
  globalRole?: GlobalRole | null | undefined;
  id: string;
  /** null clears it; omitted leaves it. */
  memberLibraryId?: string | null | undefined;
  /** The version you edited; a newer one means someone else saved first. */
  version: number;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateVendorInput = {
  companyNotes?: string | null | undefined;
  headquarters?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  status?: VendorStatus | null | undefined;
  supportModel?: string | null | undefined;
  /** The version you edited. */
  version: number;
  website?: string | null | undefined;
};

/** How a case (or a requirement, by its cases) changed from run A to run B, worst first: NEWLY_FAILING (passed in A, failed in B), NEWLY_PASSING, NOT_RUN_IN_ONE (executed in one run only), UNCHANGED (passed in both, or still failing), NEW_CASE (added to the plan after A was made), NOT_RUN_IN_BOTH. */
export type UpgradeCategory =
  'NEWLY_FAILING' | 'NEWLY_PASSING' | 'NEW_CASE' | 'NOT_RUN_IN_BOTH' | 'NOT_RUN_IN_ONE' | 'UNCHANGED';

export type UsersFilter = {
  active?: boolean | null | undefined;
  /** Matches name or e-mail. */
  search?: string | null | undefined;
};

/** Why a claim of compliance is in doubt, worst first: FAILED (a linked case’s latest result against the candidate failed, or the verification was rejected), SCORED_ZERO (a criterion covering the requirement scored 0 in the latest revealed round), UNVERIFIED (nothing verified it yet). */
export type VendorClaimDisagreementKind = 'FAILED' | 'SCORED_ZERO' | 'UNVERIFIED';

/** The compliance scale of an RFP answer, best first. ROADMAP comes with the promised date. */
export type VendorClaimLevel = 'CONFIGURATION' | 'CUSTOMISATION' | 'NOT_MET' | 'OUT_OF_THE_BOX' | 'ROADMAP';

/** For one vendor: no conflict, or a conflict with what it is. */
export type VendorDeclarationInput = {
  /** True: you have a conflict of interest with this vendor. */
  conflict: boolean;
  /** Required with a conflict: e.g. former employee, shareholder, family. */
  description?: string | null | undefined;
  vendorId: string;
};

export type VendorFilter = {
  /** true: only archived vendors; false: only current ones. */
  archived?: boolean;
  /** Vendors with at least one product offered this way. */
  hosting?: Hosting | null | undefined;
  /** Vendors with at least one product under this licence. */
  licence?: Licence | null | undefined;
  /** Words in the name, headquarters, support or company notes. */
  search?: string | null | undefined;
  status?: Array<VendorStatus> | null | undefined;
};

export type VendorSort = {
  direction?: SortDirection;
  field?: VendorSortField;
};

export type VendorSortField = 'NAME' | 'NOTE_COUNT' | 'PRODUCT_COUNT' | 'UPDATED_AT';

/** ACTIVE: trading; WATCH: concerns noted; ACQUIRED: bought by another company; INACTIVE: no longer trading or selling. */
export type VendorStatus = 'ACQUIRED' | 'ACTIVE' | 'INACTIVE' | 'WATCH';

/** How meeting a requirement will be shown, so the evidence gathered later knows what counts. */
export type VerificationMethod =
  /** Demonstration */
  | 'DEMONSTRATION'
  /** Inspection of documentation */
  | 'INSPECTION'
  /** Reference check */
  | 'REFERENCE_CHECK'
  /** Test */
  | 'TEST'
  /** Vendor statement */
  | 'VENDOR_STATEMENT';

export type VerificationOutcome = 'ACCEPTED' | 'REJECTED';

/** Agrees to, rejects or withdraws a waiver, at the version read. */
export type WaiverDecisionInput = {
  comment?: string | null | undefined;
  id: string;
  version: number;
};

/** A lead proposes; it takes effect once a director (not the proposer) agrees. */
export type WaiverState = 'AGREED' | 'PROPOSED' | 'REJECTED' | 'WITHDRAWN';

export type WithdrawSignOffInput = {
  id: string;
};
