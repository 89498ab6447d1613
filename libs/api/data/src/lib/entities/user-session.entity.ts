import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in: the token names it, and every request checks that it is still live. Signing out
 * ends it; it also ends when it expires, when the password changes or is reset, and when the
 * person is deactivated.
 */
@Entity('user_session')
@Index('ix_user_session_user', ['userId'])
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  /** Brought up to date at most about once a minute while the session is used. */
  @Column('timestamptz', { name: 'last_seen_at', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  /** The browser's or client's User-Agent at sign-in (shortened), to tell sessions apart. */
  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;

  @Column('text', { name: 'client_address', nullable: true })
  clientAddress!: string | null;
}
