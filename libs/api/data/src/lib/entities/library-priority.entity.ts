import { LibraryPriority } from '@assay/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How much a requirement matters to one member library, as its representative marked it. */
@Entity('library_priority')
export class LibraryPriorityEntity {
  @PrimaryColumn('uuid', { name: 'requirement_id' })
  requirementId!: string;

  @PrimaryColumn('uuid', { name: 'member_library_id' })
  memberLibraryId!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @Column('text')
  priority!: LibraryPriority;

  @Column('uuid', { name: 'marked_by', nullable: true })
  markedBy!: string | null;

  @Column('timestamptz', { name: 'marked_at', default: () => 'now()' })
  markedAt!: Date;
}
