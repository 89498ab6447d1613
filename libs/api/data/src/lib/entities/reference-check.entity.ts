import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/** One answer in a reference check; the question's text is kept as it was asked. */
export interface ReferenceAnswer {
  questionId: string | null;
  question: string;
  answer: string;
}

/** A reusable question for reference checks, in the order it is asked. */
@Entity('reference_question')
export class ReferenceQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  text!: string;

  @Column('integer')
  position!: number;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}

/** A conversation with another library that uses a product. */
@Entity('reference_check')
export class ReferenceCheckEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Column('text', { name: 'library_name' })
  libraryName!: string;

  @Column('text', { name: 'contact_name', nullable: true })
  contactName!: string | null;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail!: string | null;

  @Column('date', { name: 'checked_on' })
  checkedOn!: string;

  /** Overall, 1 (poor) to 5 (excellent). */
  @Column('smallint')
  rating!: number;

  @Column('text', { nullable: true })
  summary!: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  answers!: ReferenceAnswer[];

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;
}
