import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AttachmentOwnerType = 'vendor' | 'product' | 'research_note' | 'reference_check' | 'test_result' | 'defect';

/** A file kept with a catalogue object or a test result (its evidence). The bytes live in storage under `storageKey`. */
@Entity('attachment')
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'owner_type' })
  ownerType!: AttachmentOwnerType;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  /** Sanitised; never used as a path. */
  @Column('text', { name: 'file_name' })
  fileName!: string;

  /** Detected from the bytes, not taken from the client. */
  @Column('text', { name: 'content_type' })
  contentType!: string;

  @Column('bigint', {
    name: 'size_bytes',
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  sizeBytes!: number;

  @Column('text')
  sha256!: string;

  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  @Column('uuid', { name: 'uploaded_by', nullable: true })
  uploadedBy!: string | null;

  @Column('timestamptz', { name: 'uploaded_at', default: () => 'now()' })
  uploadedAt!: Date;
}
