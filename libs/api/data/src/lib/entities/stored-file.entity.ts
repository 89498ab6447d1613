import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A file kept in the database by the database file store: its size, SHA-256 and how many chunks
 * hold its bytes. Written in the same transaction as its chunks, so it is there only when they all are.
 */
@Entity('stored_file')
export class StoredFileEntity {
  @PrimaryColumn('text')
  key!: string;

  @Column('bigint', { name: 'size_bytes' })
  sizeBytes!: string;

  @Column('text')
  sha256!: string;

  @Column('integer')
  chunks!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** One piece (about 256 KB) of a stored file's bytes, numbered from 0. */
@Entity('file_chunk')
export class FileChunkEntity {
  @PrimaryColumn('text', { name: 'file_key' })
  fileKey!: string;

  @PrimaryColumn('integer')
  seq!: number;

  @Column('bytea')
  bytes!: Buffer;
}
