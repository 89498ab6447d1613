import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/** A department of the consortium (Circulation, Cataloguing, …). */
@Entity('department')
export class DepartmentEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('text')
  name!: string;

  /** Prefix for requirement codes, e.g. "CIRC". Unique per organisation. */
  @Column('text')
  code!: string;
}
