import { AuditEventEntity } from './entities/audit-event.entity';
import { DepartmentEntity } from './entities/department.entity';
import { MemberLibraryEntity } from './entities/member-library.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { RateLimitBucketEntity } from './entities/rate-limit-bucket.entity';
import { SettingEntity } from './entities/setting.entity';
import { UserEntity } from './entities/user.entity';
import { UserSessionEntity } from './entities/user-session.entity';
import { ApiTokenEntity } from './entities/api-token.entity';
import { AttachmentEntity } from './entities/attachment.entity';
import { ProductVersionEntity } from './entities/product-version.entity';
import { ProductEntity } from './entities/product.entity';
import { ReferenceCheckEntity, ReferenceQuestionEntity } from './entities/reference-check.entity';
import { ResearchNoteEntity } from './entities/research-note.entity';
import { VendorContactEntity } from './entities/vendor-contact.entity';
import { VendorEntity } from './entities/vendor.entity';
import { Foundation1764300000000 } from './migrations/1764300000000-Foundation';
import { Catalog1764400000000 } from './migrations/1764400000000-Catalog';
import { Evaluations1764500000000 } from './migrations/1764500000000-Evaluations';
import { CatalogCountIndexes1764660000000 } from './migrations/1764660000000-CatalogCountIndexes';
import { Scoring1764600000000 } from './migrations/1764600000000-Scoring';
import { ScoreRowsIndex1764720000000 } from './migrations/1764720000000-ScoreRowsIndex';
import { Costs1764700000000 } from './migrations/1764700000000-Costs';
import { Sessions1764800200000 } from './migrations/1764800200000-Sessions';
import { VerificationMethod1764900000000 } from './migrations/1764900000000-VerificationMethod';
import { Testing1764900100000 } from './migrations/1764900100000-Testing';
import { ApiTokens1764900200000 } from './migrations/1764900200000-ApiTokens';
import { TestResultAttachments1764900300000 } from './migrations/1764900300000-TestResultAttachments';
import { SearchTesting1764900400000 } from './migrations/1764900400000-SearchTesting';
import { Defects1764900500000 } from './migrations/1764900500000-Defects';
import { DefectEntity, DefectResultEntity } from './entities/defect.entity';
import { VendorClaims1764900600000 } from './migrations/1764900600000-VendorClaims';
import { VendorClaimEntity } from './entities/vendor-claim.entity';
import { AcceptanceVerdicts1764900700000 } from './migrations/1764900700000-AcceptanceVerdicts';
import { ProblemReports1764901100000 } from './migrations/1764901100000-ProblemReports';
import { Installations1764901200000 } from './migrations/1764901200000-Installations';
import { InstallationEntity } from './entities/installation.entity';
import { Notifications1764901400000 } from './migrations/1764901400000-Notifications';
import { NotificationKinds1764901500000 } from './migrations/1764901500000-NotificationKinds';
import { Decisions1764901600000 } from './migrations/1764901600000-Decisions';
import {
  DecisionEntity,
  RecommendationEntity,
  RecommendationReviewEntity,
  RecommendationVersionEntity,
} from './entities/recommendation.entity';
import { NotificationEmail1764901700000 } from './migrations/1764901700000-NotificationEmail';
import { ProblemNotices1764901800000 } from './migrations/1764901800000-ProblemNotices';
import { SignOffRequests1764901900000 } from './migrations/1764901900000-SignOffRequests';
import { LibraryPriorities1764902300000 } from './migrations/1764902300000-LibraryPriorities';
import { LibraryPriorityEntity } from './entities/library-priority.entity';
import { FeedbackSurveys1764902600000 } from './migrations/1764902600000-FeedbackSurveys';
import {
  FeedbackAnswerEntity,
  FeedbackQuestionEntity,
  FeedbackResponseEntity,
  FeedbackSurveyDepartmentEntity,
  FeedbackSurveyEntity,
  FeedbackSurveyLibraryEntity,
} from './entities/feedback-survey.entity';
import { StoredFiles1764902500000 } from './migrations/1764902500000-StoredFiles';
import { FileChunkEntity, StoredFileEntity } from './entities/stored-file.entity';
import { RequirementLibraries1764902100000 } from './migrations/1764902100000-RequirementLibraries';
import { ConflictDeclarations1764902000000 } from './migrations/1764902000000-ConflictDeclarations';
import { ConflictDeclarationEntity } from './entities/conflict-declaration.entity';
import {
  ProblemNoticeEntity,
  ProblemNoticeLibraryEntity,
  ProblemNoticeRecipientEntity,
} from './entities/problem-notice.entity';
import { NotificationEmailRecipientEntity, NotificationEntity } from './entities/notification.entity';
import { RequirementMerges1764902200000 } from './migrations/1764902200000-RequirementMerges';
import { RequirementMergeEntity, RequirementOriginEntity } from './entities/requirement-merge.entity';
import {
  AcceptanceCriteriaEntity,
  AcceptanceSignOffEntity,
  AcceptanceWaiverEntity,
  RequirementVerificationEntity,
} from './entities/acceptance-verdict.entity';
import { SignOffs1764900900000 } from './migrations/1764900900000-SignOffs';
import { CostItemEntity } from './entities/cost-item.entity';
import {
  ConsensusScoreEntity,
  CriterionEntity,
  CriterionRequirementEntity,
  PairwiseComparisonEntity,
  RubricVersionEntity,
  ScoreEntity,
  ScoringRoundEntity,
} from './entities/scoring.entity';
import { CandidateEntity, EvaluationEntity, EvaluationMemberEntity } from './entities/evaluation.entity';
import { RequirementEntity, TrainingNeedEntity } from './entities/requirement.entity';
import {
  RequirementLibraryEntity,
  RequirementLibraryEntryEntity,
  RequirementLibraryItemEntity,
  RequirementLibraryVersionEntity,
} from './entities/requirement-library.entity';
import {
  TestCaseEntity,
  TestCaseRequirementEntity,
  TestCaseVersionEntity,
  TestPlanEntity,
  TestPlanMemberEntity,
  TestResultEntity,
  TestRunEntity,
  TestRunTesterEntity,
} from './entities/testing.entity';

/** Every entity, listed explicitly (a bundled or compiled API cannot rely on globs). */
export const ENTITIES = [
  OrganisationEntity,
  MemberLibraryEntity,
  DepartmentEntity,
  UserEntity,
  UserSessionEntity,
  ApiTokenEntity,
  AuditEventEntity,
  RateLimitBucketEntity,
  SettingEntity,
  VendorEntity,
  ProductEntity,
  ProductVersionEntity,
  VendorContactEntity,
  ResearchNoteEntity,
  ReferenceQuestionEntity,
  ReferenceCheckEntity,
  AttachmentEntity,
  EvaluationEntity,
  EvaluationMemberEntity,
  CandidateEntity,
  RequirementEntity,
  RequirementLibraryEntity,
  RequirementLibraryVersionEntity,
  RequirementLibraryItemEntity,
  RequirementLibraryEntryEntity,
  TrainingNeedEntity,
  RubricVersionEntity,
  CriterionEntity,
  CriterionRequirementEntity,
  PairwiseComparisonEntity,
  ScoringRoundEntity,
  ScoreEntity,
  ConsensusScoreEntity,
  CostItemEntity,
  TestPlanEntity,
  TestPlanMemberEntity,
  TestCaseEntity,
  TestCaseVersionEntity,
  TestCaseRequirementEntity,
  TestRunEntity,
  TestRunTesterEntity,
  TestResultEntity,
  DefectEntity,
  DefectResultEntity,
  VendorClaimEntity,
  AcceptanceCriteriaEntity,
  RequirementVerificationEntity,
  AcceptanceWaiverEntity,
  AcceptanceSignOffEntity,
  InstallationEntity,
  NotificationEntity,
  RecommendationEntity,
  RecommendationVersionEntity,
  RecommendationReviewEntity,
  DecisionEntity,
  NotificationEmailRecipientEntity,
  ProblemNoticeEntity,
  ProblemNoticeLibraryEntity,
  ProblemNoticeRecipientEntity,
  LibraryPriorityEntity,
  RequirementMergeEntity,
  RequirementOriginEntity,
  ConflictDeclarationEntity,
  StoredFileEntity,
  FileChunkEntity,
  FeedbackSurveyEntity,
  FeedbackQuestionEntity,
  FeedbackSurveyDepartmentEntity,
  FeedbackSurveyLibraryEntity,
  FeedbackResponseEntity,
  FeedbackAnswerEntity,
];

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS = [
  Foundation1764300000000,
  Catalog1764400000000,
  Evaluations1764500000000,
  Scoring1764600000000,
  CatalogCountIndexes1764660000000,
  Costs1764700000000,
  ScoreRowsIndex1764720000000,
  Sessions1764800200000,
  VerificationMethod1764900000000,
  Testing1764900100000,
  ApiTokens1764900200000,
  TestResultAttachments1764900300000,
  SearchTesting1764900400000,
  Defects1764900500000,
  VendorClaims1764900600000,
  AcceptanceVerdicts1764900700000,
  SignOffs1764900900000,
  ProblemReports1764901100000,
  Installations1764901200000,
  Notifications1764901400000,
  NotificationKinds1764901500000,
  Decisions1764901600000,
  NotificationEmail1764901700000,
  ProblemNotices1764901800000,
  SignOffRequests1764901900000,
  ConflictDeclarations1764902000000,
  RequirementLibraries1764902100000,
  RequirementMerges1764902200000,
  LibraryPriorities1764902300000,
  StoredFiles1764902500000,
  FeedbackSurveys1764902600000,
];
