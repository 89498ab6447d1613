import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

export type TestPriority = 'critical' | 'high' | 'medium' | 'low';
export type TestRunStatus = 'open' | 'closed';
export type TestResultStatus = 'untested' | 'passed' | 'failed' | 'blocked' | 'skipped' | 'retest';

/** One step of a test case: what the tester does and what should happen. */
export interface TestStep {
  action: string;
  expected: string;
}

/** How one step went when the case was run. */
export interface TestStepResult {
  status: TestResultStatus;
  actual: string;
}

/**
 * What is tested and how: for an evaluation (run against its candidates) or for a product in use
 * (a patch or upgrade from the current version to the target one). Exactly one of the two.
 */
@Entity('test_plan')
export class TestPlanEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id', nullable: true })
  evaluationId!: string | null;

  @Column('uuid', { name: 'product_id', nullable: true })
  productId!: string | null;

  @Column('uuid', { name: 'current_version_id', nullable: true })
  currentVersionId!: string | null;

  @Column('uuid', { name: 'target_version_id', nullable: true })
  targetVersionId!: string | null;

  @Column('text')
  name!: string;

  @Column('text', { default: '' })
  scope!: string;

  @Column('text', { name: 'entry_criteria', default: '' })
  entryCriteria!: string;

  @Column('text', { name: 'exit_criteria', default: '' })
  exitCriteria!: string;

  @Column('uuid', { name: 'owner_id', nullable: true })
  ownerId!: string | null;

  /** Case keys are `<prefix>-<number>`, e.g. CIRC-T-001. */
  @Column('text', { name: 'key_prefix' })
  keyPrefix!: string;

  /** The number the next case gets; numbers are never reused, so keys stay unique when the prefix changes. */
  @Column('integer', { name: 'next_case_number', default: 1 })
  nextCaseNumber!: number;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;
}

/** A person an administrator named on a product's test plan: they read, write and execute it. */
@Entity('test_plan_member')
export class TestPlanMemberEntity {
  @PrimaryColumn('uuid', { name: 'plan_id' })
  planId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'added_by', nullable: true })
  addedBy!: string | null;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}

/** A test case; its text lives in versions (test_case_version), `currentVersion` naming the latest. */
@Entity('test_case')
export class TestCaseEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('integer')
  number!: number;

  @Column('text')
  key!: string;

  @Column('text', { default: '' })
  section!: string;

  @Column('integer', { name: 'current_version', default: 1 })
  currentVersion!: number;

  /** The "classname + name" an automated test report gives this case. */
  @Column('text', { name: 'automation_name', nullable: true })
  automationName!: string | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;
}

/** One version of a case's text. Kept once a result ran it, so old results read as they were run. */
@Entity('test_case_version')
export class TestCaseVersionEntity {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @PrimaryColumn('integer', { name: 'case_version' })
  caseVersion!: number;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  preconditions!: string;

  @Column('jsonb', { default: () => "'[]'" })
  steps!: TestStep[];

  @Column('text', { default: 'medium' })
  priority!: TestPriority;

  @Column('text', { array: true, default: () => "'{}'" })
  tags!: string[];

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A requirement of the plan's evaluation that a case verifies. */
@Entity('test_case_requirement')
export class TestCaseRequirementEntity {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @PrimaryColumn('uuid', { name: 'requirement_id' })
  requirementId!: string;
}

/** One execution of a plan (all its cases or some) against one product version in one environment. */
@Entity('test_run')
export class TestRunEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('uuid', { name: 'candidate_id', nullable: true })
  candidateId!: string | null;

  @Column('uuid', { name: 'product_version_id' })
  productVersionId!: string;

  @Column('text')
  environment!: string;

  @Column('text', { name: 'build_label', default: '' })
  buildLabel!: string;

  @Column('text', { default: 'open' })
  status!: TestRunStatus;

  @Column('uuid', { name: 'closed_by', nullable: true })
  closedBy!: string | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;
}

/** A person assigned to execute a run. */
@Entity('test_run_tester')
export class TestRunTesterEntity {
  @PrimaryColumn('uuid', { name: 'run_id' })
  runId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;
}

/** How one case went in one run, and the version of the case that ran. */
@Entity('test_result')
export class TestResultEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'run_id' })
  runId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('integer', { name: 'case_version' })
  caseVersion!: number;

  @Column('text', { default: 'untested' })
  status!: TestResultStatus;

  @Column('text', { name: 'actual_result', default: '' })
  actualResult!: string;

  @Column('jsonb', { name: 'step_results', default: () => "'[]'" })
  stepResults!: TestStepResult[];

  @Column('uuid', { name: 'tester_id', nullable: true })
  testerId!: string | null;

  @Column('timestamptz', { name: 'executed_at', nullable: true })
  executedAt!: Date | null;

  @Column('integer', { name: 'duration_seconds', nullable: true })
  durationSeconds!: number | null;

  @Column('text', { name: 'failure_kind', nullable: true })
  failureKind!: string | null;

  @Column('text', { name: 'failure_message', nullable: true })
  failureMessage!: string | null;

  @Column('text', { name: 'failure_output', nullable: true })
  failureOutput!: string | null;
}
