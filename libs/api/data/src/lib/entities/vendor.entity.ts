import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

export type VendorStatus = 'active' | 'watch' | 'acquired' | 'inactive';

/** A company that sells or supports software. Archived vendors are hidden from lists but kept. */
@Entity('vendor')
export class VendorEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  website!: string | null;

  @Column('text', { nullable: true })
  headquarters!: string | null;

  /** Company size, ownership, financial notes. */
  @Column('text', { name: 'company_notes', nullable: true })
  companyNotes!: string | null;

  @Column('text', { name: 'support_model', nullable: true })
  supportModel!: string | null;

  @Column('text')
  status!: VendorStatus;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;
}
