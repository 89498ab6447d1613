import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * The columns every editable row ends with: when it was created and last changed, and the
 * version that optimistic locking compares. Not an entity itself; subclasses inherit the columns.
 */
export abstract class AuditedEntity {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
