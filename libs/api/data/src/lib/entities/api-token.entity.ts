import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A personal API token: acts as its owner, within what the owner may do, until it expires or is
 * revoked, or the owner is deactivated. The token itself is never stored, only its SHA-256 hash.
 */
@Entity('api_token')
@Index('ix_api_token_user', ['userId'])
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  name!: string;

  /** SHA-256 of the whole token, hex; a request's token is found by hashing it and looking this up. */
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  /** The token's first characters (`assay_pat_AbCdEf`), so a person can tell their tokens apart. */
  @Column('text')
  prefix!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  /** Brought up to date at most about once a minute while the token is used. */
  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  lastUsedAt!: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
