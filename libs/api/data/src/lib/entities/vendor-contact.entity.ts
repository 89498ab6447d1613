import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/** A person at a vendor. */
@Entity('vendor_contact')
export class VendorContactEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'vendor_id' })
  vendorId!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  role!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;
}
