import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * An evaluator's conflict-of-interest declaration for one vendor in one evaluation: "no conflict",
 * or a conflict with a description, which excludes them from that vendor's candidates until the
 * lead overrides it with a reason.
 */
@Entity('conflict_declaration')
@Unique('uq_conflict_declaration', ['evaluationId', 'evaluatorId', 'vendorId'])
export class ConflictDeclarationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @Column('uuid', { name: 'evaluator_id' })
  evaluatorId!: string;

  @Column('uuid', { name: 'vendor_id' })
  vendorId!: string;

  @Column('boolean')
  conflict!: boolean;

  @Column('text', { default: '' })
  description!: string;

  @Column('timestamptz', { name: 'declared_at', default: () => 'now()' })
  declaredAt!: Date;

  @Column('uuid', { name: 'override_by', nullable: true })
  overrideBy!: string | null;

  @Column('text', { name: 'override_reason', nullable: true })
  overrideReason!: string | null;

  @Column('timestamptz', { name: 'overridden_at', nullable: true })
  overriddenAt!: Date | null;

  @Column('int', { default: 1 })
  version!: number;
}
