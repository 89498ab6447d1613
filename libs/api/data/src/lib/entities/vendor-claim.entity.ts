import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/** The compliance scale of a vendor's RFP answer (see VendorClaimLevel in libs/domain). */
export type VendorClaimLevelValue = 'out_of_the_box' | 'configuration' | 'customisation' | 'roadmap' | 'not_met';

/**
 * What a candidate's vendor claimed about one requirement, kept apart from what the evaluation
 * verified. One per candidate and requirement; a roadmap claim carries the promised date.
 */
@Entity('vendor_claim')
export class VendorClaimEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('uuid', { name: 'requirement_id' })
  requirementId!: string;

  @Column('text')
  claim!: VendorClaimLevelValue;

  @Column('date', { name: 'roadmap_date', nullable: true })
  roadmapDate!: string | null;

  @Column('text', { default: '' })
  comment!: string;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;
}
