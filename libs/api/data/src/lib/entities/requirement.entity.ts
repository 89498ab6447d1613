import { VerificationMethod } from '@assay/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

export type RequirementStatus = 'proposed' | 'approved' | 'rejected';
export type RequirementPriority = 'must' | 'should' | 'could' | 'wont';

/** What a department needs from the system; its history is in the audit trail. */
@Entity('requirement')
export class RequirementEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  /** Unique per evaluation, upper case, e.g. CIRC-012. */
  @Column('text')
  code!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('text', { default: '' })
  category!: string;

  @Column('uuid', { name: 'department_id' })
  departmentId!: string;

  @Column('text')
  priority!: RequirementPriority;

  /** A knockout: a candidate that does not meet it is disqualified. */
  @Column('boolean', { default: false })
  mandatory!: boolean;

  /** How meeting it will be shown: test, demonstration, inspection, vendor_statement or reference_check. */
  @Column('text', { name: 'verification_method', default: 'test' })
  verificationMethod!: VerificationMethod;

  @Column('text', { default: '' })
  rationale!: string;

  @Column('text', { default: 'proposed' })
  status!: RequirementStatus;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('text', { name: 'decision_comment', nullable: true })
  decisionComment!: string | null;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  /** The library item it was copied from, if any, and that library's version number. */
  @Column('uuid', { name: 'library_item_id', nullable: true })
  libraryItemId!: string | null;

  @Column('integer', { name: 'library_version', nullable: true })
  libraryVersion!: number | null;
}

/** What staff of a department must learn for a candidate, and the effort. */
@Entity('training_need')
export class TrainingNeedEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('uuid', { name: 'department_id' })
  departmentId!: string;

  @Column('text')
  topic!: string;

  @Column('integer')
  people!: number;

  @Column('numeric', {
    name: 'hours_per_person',
    precision: 8,
    scale: 2,
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  hoursPerPerson!: number;

  @Column('text', { default: '' })
  notes!: string;
}
