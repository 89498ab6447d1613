import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

export type NoteSourceType = 'url' | 'document' | 'demo' | 'reference_call' | 'conference' | 'other';
export type NoteTag =
  'financial_health' | 'install_base' | 'roadmap' | 'support' | 'security' | 'accessibility' | 'pricing';
export type Confidence = 'low' | 'medium' | 'high';

/** A dated finding about a vendor (and optionally one of its products), with its source. */
@Entity('research_note')
export class ResearchNoteEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'vendor_id' })
  vendorId!: string;

  @Column('uuid', { name: 'product_id', nullable: true })
  productId!: string | null;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  body!: string;

  /** When the finding was made or published. */
  @Column('date', { name: 'observed_on' })
  observedOn!: string;

  @Column('text', { name: 'source_type' })
  sourceType!: NoteSourceType;

  @Column('text', { name: 'source_url', nullable: true })
  sourceUrl!: string | null;

  @Column('text', { name: 'source_title', nullable: true })
  sourceTitle!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  tags!: NoteTag[];

  @Column('text', { default: 'medium' })
  confidence!: Confidence;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;
}
