import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/** What an installation put in place (see InstallationKind in libs/domain). */
export type InstallationKindValue = 'initial' | 'patch' | 'hotfix' | 'service_pack' | 'upgrade';

/**
 * One entry of a product in use's installation record: a version of the product installed on a
 * day, by whom, and the test run that accepted it, so a failure can be set against what changed.
 */
@Entity('installations')
export class InstallationEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Column('uuid', { name: 'product_version_id' })
  productVersionId!: string;

  @Column('text')
  kind!: InstallationKindValue;

  @Column('date', { name: 'installed_on' })
  installedOn!: string;

  @Column('uuid', { name: 'applied_by_id', nullable: true })
  appliedById!: string | null;

  @Column('uuid', { name: 'accepting_run_id', nullable: true })
  acceptingRunId!: string | null;

  @Column('text', { default: '' })
  notes!: string;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;
}
