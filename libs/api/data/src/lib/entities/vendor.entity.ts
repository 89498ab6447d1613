import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type VendorStatus = 'active' | 'watch' | 'acquired' | 'inactive';

/** A company that sells or supports software. Archived vendors are hidden from lists but kept. */
@Entity('vendor')
export class VendorEntity {
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
