import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** An anchored point on a rubric's scale, e.g. 3 = "fully out of the box". */
export interface ScaleDescriptor {
  value: number;
  label: string;
}

/** One version of an evaluation's rubric. Frozen once scoring opens; never edited in place after. */
@Entity('rubric_version')
export class RubricVersionEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @Column('integer')
  number!: number;

  @Column('timestamptz', { name: 'frozen_at', nullable: true })
  frozenAt!: Date | null;

  @Column('uuid', { name: 'based_on_id', nullable: true })
  basedOnId!: string | null;

  @Column('integer', { name: 'scale_min', default: 0 })
  scaleMin!: number;

  @Column('integer', { name: 'scale_max', default: 3 })
  scaleMax!: number;

  @Column('jsonb', { default: () => "'[]'" })
  descriptors!: ScaleDescriptor[];

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;
}

/** A category (no parent) or a criterion inside one; weights are relative among siblings. */
@Entity('criterion')
export class CriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rubric_version_id' })
  rubricVersionId!: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  /** Stable across versions, so scores and comparisons can be matched between them. */
  @Column('text')
  key!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('integer', { default: 0 })
  position!: number;

  @Column('numeric', { precision: 12, scale: 6, default: 1, transformer: decimal })
  weight!: number;
}

/** Which requirements a criterion covers (mandatory ones make knockouts). */
@Entity('criterion_requirement')
export class CriterionRequirementEntity {
  @PrimaryColumn('uuid', { name: 'criterion_id' })
  criterionId!: string;

  @PrimaryColumn('uuid', { name: 'requirement_id' })
  requirementId!: string;
}

/** An AHP pairwise comparison matrix for the children of one parent ("" = the top level). */
@Entity('pairwise_comparison')
export class PairwiseComparisonEntity {
  @PrimaryColumn('uuid', { name: 'rubric_version_id' })
  rubricVersionId!: string;

  @PrimaryColumn('text', { name: 'parent_key' })
  parentKey!: string;

  @Column('jsonb')
  matrix!: number[][];
}

export type RoundStatus = 'open' | 'revealed' | 'closed';

/** A round of scoring on one rubric version for a set of candidates. */
@Entity('scoring_round')
export class ScoringRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @Column('uuid', { name: 'rubric_version_id' })
  rubricVersionId!: string;

  @Column('integer')
  number!: number;

  @Column('text', { default: 'open' })
  status!: RoundStatus;

  @Column('uuid', { name: 'candidate_ids', array: true })
  candidateIds!: string[];

  @Column('uuid', { name: 'opened_by', nullable: true })
  openedBy!: string | null;

  @Column('timestamptz', { name: 'opened_at', default: () => 'now()' })
  openedAt!: Date;

  @Column('timestamptz', { name: 'revealed_at', nullable: true })
  revealedAt!: Date | null;

  @VersionColumn()
  version!: number;
}

/** One evaluator's score of one candidate on one criterion in one round. */
@Entity('score')
export class ScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'round_id' })
  roundId!: string;

  @Column('uuid', { name: 'evaluator_id' })
  evaluatorId!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('uuid', { name: 'criterion_id' })
  criterionId!: string;

  /** Null: cleared (missing, not zero). */
  @Column('numeric', { precision: 8, scale: 3, nullable: true, transformer: decimal })
  value!: number | null;

  @Column('text', { default: '' })
  comment!: string;

  @Column('text', { name: 'evidence_url', nullable: true })
  evidenceUrl!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** The score the evaluators agreed on after the reveal. */
@Entity('consensus_score')
export class ConsensusScoreEntity {
  @PrimaryColumn('uuid', { name: 'round_id' })
  roundId!: string;

  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @PrimaryColumn('uuid', { name: 'criterion_id' })
  criterionId!: string;

  @Column('numeric', { precision: 8, scale: 3, transformer: decimal })
  value!: number;

  @Column('text', { default: '' })
  note!: string;

  @Column('uuid', { name: 'set_by', nullable: true })
  setBy!: string | null;

  @Column('timestamptz', { name: 'set_at', default: () => 'now()' })
  setAt!: Date;
}
