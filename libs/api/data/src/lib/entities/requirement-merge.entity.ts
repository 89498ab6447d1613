import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * Two or more requirements merged into one survivor. `snapshot` holds the merged requirements' full
 * rows and every link row moved to the survivor or dropped (the survivor already had one), so
 * undoing the merge restores exactly what was there.
 */
@Entity('requirement_merge')
export class RequirementMergeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  /** Not a foreign key: the survivor may itself be merged into another requirement later. */
  @Column('uuid', { name: 'survivor_id' })
  survivorId!: string;

  @Column('text', { name: 'survivor_code' })
  survivorCode!: string;

  @Column('uuid', { name: 'merged_ids', array: true })
  mergedIds!: string[];

  @Column('text', { name: 'merged_codes', array: true })
  mergedCodes!: string[];

  @Column('jsonb')
  snapshot!: RequirementMergeSnapshot;

  @Column('uuid', { name: 'merged_by', nullable: true })
  mergedBy!: string | null;

  @Column('timestamptz', { name: 'merged_at' })
  mergedAt!: Date;

  @Column('uuid', { name: 'undone_by', nullable: true })
  undoneBy!: string | null;

  @Column('timestamptz', { name: 'undone_at', nullable: true })
  undoneAt!: Date | null;

  @VersionColumn()
  version!: number;
}

/** A row of a table as PostgreSQL's to_jsonb() wrote it. */
export type JsonRow = Record<string, unknown>;

export interface RequirementMergeSnapshot {
  /** The merged requirements' rows as they were (generated columns included; they are left out on restore). */
  requirements: JsonRow[];
  /** Link rows moved from a merged requirement to the survivor, as they were before the move. */
  moved: { table: string; row: JsonRow }[];
  /** Link rows of a merged requirement the survivor already had an equivalent of: the survivor's wins. */
  dropped: { table: string; row: JsonRow }[];
}

/** Where a requirement came from: a requirement merged into it (department, original code and text, proposer). */
@Entity('requirement_origin')
export class RequirementOriginEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'requirement_id' })
  requirementId!: string;

  @Column('uuid', { name: 'merge_id' })
  mergeId!: string;

  @Column('uuid', { name: 'original_requirement_id' })
  originalRequirementId!: string;

  @Column('text')
  code!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId!: string | null;

  @Column('uuid', { name: 'proposed_by', nullable: true })
  proposedBy!: string | null;

  @Column('timestamptz', { name: 'proposed_at' })
  proposedAt!: Date;
}
