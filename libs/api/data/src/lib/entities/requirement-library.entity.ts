import { VerificationMethod } from '@assay/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';
import { RequirementPriority } from './requirement.entity';

export type RequirementLibraryVersionStatus = 'draft' | 'published';

/** A reusable set of requirements kept by the consortium, e.g. "ILS core requirements". */
@Entity('requirement_library')
export class RequirementLibraryEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;
}

/** A numbered version of a library: the one draft takes edits; a published one is frozen. */
@Entity('requirement_library_version')
export class RequirementLibraryVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'library_id' })
  libraryId!: string;

  @Column('integer')
  number!: number;

  @Column('text', { default: 'draft' })
  status!: RequirementLibraryVersionStatus;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { name: 'published_by', nullable: true })
  publishedBy!: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;
}

/** An item of a library: its identity (the code) across versions. */
@Entity('requirement_library_item')
export class RequirementLibraryItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'library_id' })
  libraryId!: string;

  @Column('text')
  code!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** What an item says in one version of its library. */
@Entity('requirement_library_entry')
export class RequirementLibraryEntryEntity {
  @PrimaryColumn('uuid', { name: 'version_id' })
  versionId!: string;

  @PrimaryColumn('uuid', { name: 'item_id' })
  itemId!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('text', { default: '' })
  category!: string;

  @Column('uuid', { name: 'department_id' })
  departmentId!: string;

  @Column('text')
  priority!: RequirementPriority;

  @Column('boolean', { default: false })
  mandatory!: boolean;

  @Column('text', { name: 'verification_method', default: 'test' })
  verificationMethod!: VerificationMethod;

  @Column('text', { default: '' })
  rationale!: string;

  /** The evaluation requirement proposed into the library, when it came from one. */
  @Column('uuid', { name: 'proposed_from', nullable: true })
  proposedFrom!: string | null;
}
