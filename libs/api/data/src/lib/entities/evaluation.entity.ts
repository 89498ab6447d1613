import { ConsortiumPriorityRule } from '@assay/domain';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

export type EvaluationStatus =
  'draft' | 'requirements' | 'scoring' | 'testing' | 'recommendation' | 'decided' | 'cancelled';
export type EvaluationKind = 'selection' | 'upgrade';
export type EvaluationRoleValue = 'lead' | 'department_head' | 'evaluator' | 'tester' | 'director' | 'viewer';
export type CandidateState = 'shortlisted' | 'eliminated' | 'recommended' | 'selected';

/** A selection project or an upgrade acceptance. */
@Entity('evaluation')
export class EvaluationEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  purpose!: string;

  @Column('text', { default: 'selection' })
  kind!: EvaluationKind;

  /** numeric comes back as text; kept as text to avoid rounding. */
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  budget!: string | null;

  @Column('text', { default: 'USD' })
  currency!: string;

  @Column('date', { name: 'starts_on', nullable: true })
  startsOn!: string | null;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Column('text', { default: 'draft' })
  status!: EvaluationStatus;

  @Column('text', { name: 'cancelled_reason', nullable: true })
  cancelledReason!: string | null;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  /** The period of the total cost of ownership, in years (1–30). */
  @Column('integer', { name: 'cost_years', default: 5 })
  costYears!: number;

  /** What an hour of staff training costs, to cost the training needs. */
  @Column('numeric', {
    name: 'training_hourly_rate',
    precision: 10,
    scale: 2,
    default: 0,
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  trainingHourlyRate!: number;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  /** How the consortium priority of a requirement follows from the member libraries' marks. */
  @Column('text', { name: 'library_priority_rule', default: 'highest' })
  libraryPriorityRule!: ConsortiumPriorityRule;
}

/** One role one person holds in one evaluation. */
@Entity('evaluation_member')
export class EvaluationMemberEntity {
  @PrimaryColumn('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('text')
  role!: EvaluationRoleValue;

  @Column('uuid', { name: 'added_by', nullable: true })
  addedBy!: string | null;

  @Column('timestamptz', { name: 'added_at', default: () => 'now()' })
  addedAt!: Date;
}

/** A product version under consideration in an evaluation. */
@Entity('candidate')
export class CandidateEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @Column('uuid', { name: 'product_version_id' })
  productVersionId!: string;

  @Column('text', { default: 'shortlisted' })
  state!: CandidateState;

  @Column('text', { name: 'eliminated_reason', nullable: true })
  eliminatedReason!: string | null;

  @Column('uuid', { name: 'eliminated_by', nullable: true })
  eliminatedBy!: string | null;

  @Column('timestamptz', { name: 'eliminated_at', nullable: true })
  eliminatedAt!: Date | null;
}
