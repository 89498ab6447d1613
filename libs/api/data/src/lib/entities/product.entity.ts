import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

export type ProductCategory = 'ils' | 'lsp' | 'discovery' | 'erm' | 'digital_repository' | 'other';
export type ProductLicence = 'open_source' | 'proprietary';
export type ProductHosting = 'saas' | 'vendor_hosted' | 'self_hosted';

/** A vendor's product, e.g. Koha or Alma. */
@Entity('product')
export class ProductEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'vendor_id' })
  vendorId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  category!: ProductCategory;

  @Column('text')
  licence!: ProductLicence;

  /** Every way the product may be hosted. */
  @Column('text', { array: true, default: () => "'{}'" })
  hosting!: ProductHosting[];

  @Column('text', { nullable: true })
  website!: string | null;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;
}
