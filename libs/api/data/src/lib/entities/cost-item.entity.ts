import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

export type CostKind = 'one_time' | 'yearly';

/** One line of a candidate's cost: paid once (licence, migration, hardware) or every year (subscription, hosting, support). */
@Entity('cost_item')
export class CostItemEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('text')
  kind!: CostKind;

  @Column('text')
  label!: string;

  @Column('numeric', {
    precision: 14,
    scale: 2,
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  amount!: number;

  @Column('text', { default: '' })
  notes!: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;
}
