import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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
}
