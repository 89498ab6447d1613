import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

export type DefectSeverityValue = 'critical' | 'major' | 'minor' | 'trivial';
export type DefectStatusValue =
  'triage' | 'open' | 'in_progress' | 'fixed' | 'verified' | 'closed' | 'wont_fix' | 'duplicate';

/**
 * A defect (problem ticket): found in an evaluation on one of its candidates, or in a product in
 * use on one of its versions. Exactly one of the two. Keyed `D-<number>` within either.
 */
@Entity('defect')
export class DefectEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id', nullable: true })
  evaluationId!: string | null;

  @Column('uuid', { name: 'product_id', nullable: true })
  productId!: string | null;

  /** Evaluation defects: the candidate it was found on. */
  @Column('uuid', { name: 'candidate_id', nullable: true })
  candidateId!: string | null;

  /** The catalogue version it was found on (the candidate's, or the product's). */
  @Column('uuid', { name: 'product_version_id', nullable: true })
  productVersionId!: string | null;

  @Column('integer')
  number!: number;

  @Column('text')
  key!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('text')
  severity!: DefectSeverityValue;

  @Column('text', { default: '' })
  component!: string;

  /** The version (and build) as the tester saw it, e.g. "24.11 (build 24.11.01.002)". */
  @Column('text', { name: 'found_in_version', default: '' })
  foundInVersion!: string;

  @Column('text', { name: 'vendor_ticket_ref', default: '' })
  vendorTicketRef!: string;

  @Column('text', { name: 'resolution_notes', default: '' })
  resolutionNotes!: string;

  @Column('text', { default: 'open' })
  status!: DefectStatusValue;

  @Column('text', { name: 'wont_fix_reason', nullable: true })
  wontFixReason!: string | null;

  @Column('uuid', { name: 'duplicate_of_id', nullable: true })
  duplicateOfId!: string | null;

  @Column('text', { name: 'fixed_in_version', nullable: true })
  fixedInVersion!: string | null;

  /** Fixed: when the retest that should verify it is due. */
  @Column('timestamptz', { name: 'retest_due_at', nullable: true })
  retestDueAt!: Date | null;

  /** When it first left triage, open and in progress for a resolution; cleared when reopened. */
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  @Column('uuid', { name: 'reporter_id', nullable: true })
  reporterId!: string | null;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;
}

/** A test result that shows a defect (the failure it was raised from, a retest). */
@Entity('defect_result')
export class DefectResultEntity {
  @PrimaryColumn('uuid', { name: 'defect_id' })
  defectId!: string;

  @PrimaryColumn('uuid', { name: 'result_id' })
  resultId!: string;

  @Column('uuid', { name: 'linked_by', nullable: true })
  linkedBy!: string | null;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;
}
