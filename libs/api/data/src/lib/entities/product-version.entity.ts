import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/** A release of a product, e.g. Koha 24.11. `name` is the release; `version` is the row's lock. */
@Entity('product_version')
export class ProductVersionEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Column('text')
  name!: string;

  @Column('date', { name: 'release_date', nullable: true })
  releaseDate!: string | null;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;
}
