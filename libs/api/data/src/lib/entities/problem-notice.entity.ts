import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type ProblemNoticeKindValue = 'outage' | 'known_defect' | 'planned_upgrade';

/** A notice about a problem with a product in use, sent to chosen member libraries. */
@Entity('problem_notice')
@Index('ix_problem_notice_product', ['productId', 'sentAt'])
export class ProblemNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Column('text')
  kind!: ProblemNoticeKindValue;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  details!: string;

  @Column('date', { name: 'starts_on', nullable: true })
  startsOn!: string | null;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Column('uuid', { name: 'sent_by', nullable: true })
  sentBy!: string | null;

  @Column('timestamptz', { name: 'sent_at', default: () => 'now()' })
  sentAt!: Date;

  @Column('uuid', { name: 'closed_by', nullable: true })
  closedBy!: string | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('int', { default: 1 })
  version!: number;
}

/** A member library a notice was sent to. */
@Entity('problem_notice_library')
export class ProblemNoticeLibraryEntity {
  @PrimaryColumn('uuid', { name: 'notice_id' })
  noticeId!: string;

  @PrimaryColumn('uuid', { name: 'member_library_id' })
  memberLibraryId!: string;
}

/** A person a notice was sent to (a library's staff when it was sent). */
@Entity('problem_notice_recipient')
@Index('ix_problem_notice_recipient_user', ['userId'])
export class ProblemNoticeRecipientEntity {
  @PrimaryColumn('uuid', { name: 'notice_id' })
  noticeId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;
}
