import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app notification for one person (kinds: NOTIFICATION_KINDS in libs/domain). */
@Entity('notification')
@Index('ix_notification_recipient', ['recipientId', 'readAt', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'recipient_id' })
  recipientId!: string;

  @Column('text')
  kind!: string;

  @Column('uuid', { name: 'evaluation_id', nullable: true })
  evaluationId!: string | null;

  @Column('text', { name: 'object_type' })
  objectType!: string;

  @Column('uuid', { name: 'object_id' })
  objectId!: string;

  @Column('text')
  title!: string;

  /** The path in the web app that shows the object. */
  @Column('text')
  link!: string;

  /** Who caused it; null once that account is deleted. */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;

  /** When it went out by e-mail (in a batch with the person's others); null while it has not. */
  @Column('timestamptz', { name: 'emailed_at', nullable: true })
  emailedAt!: Date | null;

  @Column('int', { name: 'email_attempts', default: 0 })
  emailAttempts!: number;

  @Column('timestamptz', { name: 'email_next_attempt_at', nullable: true })
  emailNextAttemptAt!: Date | null;

  /** When sending failed too often to try again. */
  @Column('timestamptz', { name: 'email_given_up_at', nullable: true })
  emailGivenUpAt!: Date | null;
}

/** Per person, for e-mailed notifications: when they were last e-mailed, and who is sending to them now. */
@Entity('notification_email_recipient')
export class NotificationEmailRecipientEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  /** At most one e-mail per window after this. */
  @Column('timestamptz', { name: 'last_sent_at', nullable: true })
  lastSentAt!: Date | null;

  /** An API process is sending to this person until then; the others leave them alone. */
  @Column('timestamptz', { name: 'claimed_until', nullable: true })
  claimedUntil!: Date | null;
}
