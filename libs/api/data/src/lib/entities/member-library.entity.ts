import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/** A library that belongs to the consortium. */
@Entity('member_library')
export class MemberLibraryEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('text')
  name!: string;

  /** Short code used in reports, e.g. "CEN" for the central library. Unique per organisation. */
  @Column('text')
  code!: string;
}
