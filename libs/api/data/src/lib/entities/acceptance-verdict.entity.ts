import { AcceptanceVerdict, SignOffRole, VerificationOutcome, WaiverState } from '@assay/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/**
 * An evaluation's acceptance criteria, once a lead has changed them: without a row the defaults
 * apply (DEFAULT_ACCEPTANCE_CRITERIA). One row per evaluation, keyed by the evaluation's id.
 */
@Entity('acceptance_criteria')
export class AcceptanceCriteriaEntity extends AuditedEntity {
  /** The evaluation's id (the row is the evaluation's, so versioned edits find it by that id). */
  @PrimaryColumn('uuid', { name: 'evaluation_id' })
  id!: string;

  @Column('boolean', { name: 'mandatory_verified' })
  mandatoryVerified!: boolean;

  @Column('numeric', {
    name: 'pass_rate_threshold',
    precision: 4,
    scale: 1,
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  passRateThreshold!: number;

  @Column('boolean', { name: 'no_open_critical_defects' })
  noOpenCriticalDefects!: boolean;

  @Column('boolean', { name: 'no_open_major_defects' })
  noOpenMajorDefects!: boolean;

  /** Null: no minimum is required. */
  @Column('numeric', {
    name: 'min_should_coverage',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  minShouldCoverage!: number | null;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;
}

/**
 * A recorded verification of a requirement that is not verified by a test (demonstration,
 * inspection, vendor statement, reference check) for one candidate. Rows are never changed: a new
 * one supersedes the earlier, and the latest counts.
 */
@Entity('requirement_verification')
export class RequirementVerificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('uuid', { name: 'requirement_id' })
  requirementId!: string;

  @Column('text')
  outcome!: VerificationOutcome;

  @Column('text', { default: '' })
  note!: string;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/**
 * A lead's proposal to accept a candidate although a requirement is not met, with the rationale;
 * it takes effect once a director (not the proposer) agrees.
 */
@Entity('acceptance_waiver')
export class AcceptanceWaiverEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('uuid', { name: 'requirement_id' })
  requirementId!: string;

  @Column('text')
  rationale!: string;

  @Column('text', { default: 'proposed' })
  state!: WaiverState;

  @Column('uuid', { name: 'proposed_by', nullable: true })
  proposedBy!: string | null;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  /** What the director (or the person withdrawing it) said. */
  @Column('text', { name: 'decision_comment', nullable: true })
  decisionComment!: string | null;
}

/**
 * A named role's signature on a candidate's verdict: the verdict signed and the fingerprint of the
 * evidence it was computed from (acceptanceFingerprint), so that a later change shows it outdated.
 * One per person, role and candidate; signing again replaces it.
 */
@Entity('acceptance_sign_off')
export class AcceptanceSignOffEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('uuid', { name: 'signer_id' })
  signerId!: string;

  @Column('text')
  role!: SignOffRole;

  /** The department a department head signed for; null for the other roles. */
  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId!: string | null;

  @Column('text')
  verdict!: AcceptanceVerdict;

  @Column('text')
  fingerprint!: string;

  @Column('text', { default: '' })
  comment!: string;

  @Column('timestamptz', { name: 'signed_at' })
  signedAt!: Date;
}
