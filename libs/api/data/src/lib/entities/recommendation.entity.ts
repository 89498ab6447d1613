import { RecommendationSnapshot, RecommendationState, ReviewOutcome } from '@assay/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/** A risk of the recommended choice, with its mitigation; `id` keeps it matched across versions. */
export interface RecommendationRiskValue {
  id: string;
  risk: string;
  mitigation: string;
}

/** The recommendation of one evaluation: the text its leads write, and where its review stands. */
@Entity('recommendation')
export class RecommendationEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @Column('uuid', { name: 'candidate_id', nullable: true })
  candidateId!: string | null;

  @Column('text', { name: 'none_reason', default: '' })
  noneReason!: string;

  @Column('text', { default: '' })
  rationale!: string;

  @Column('jsonb', { default: () => `'[]'::jsonb` })
  risks!: RecommendationRiskValue[];

  @Column('text', { default: '' })
  conditions!: string;

  @Column('text', { name: 'cost_notes', default: '' })
  costNotes!: string;

  @Column('integer', { name: 'required_approvals', default: 1 })
  requiredApprovals!: number;

  @Column('text', { default: 'draft' })
  state!: RecommendationState;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;
}

/** One submission of a recommendation: the snapshot of its text and evidence, frozen. */
@Entity('recommendation_version')
export class RecommendationVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'recommendation_id' })
  recommendationId!: string;

  @Column('integer')
  number!: number;

  @Column('jsonb')
  snapshot!: RecommendationSnapshot;

  @Column('text', { default: 'submitted' })
  state!: Exclude<RecommendationState, 'draft'>;

  @Column('uuid', { name: 'submitted_by', nullable: true })
  submittedBy!: string | null;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}

/** One director's review of one version (one per director and version). */
@Entity('recommendation_review')
export class RecommendationReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'version_id' })
  versionId!: string;

  @Column('uuid', { name: 'director_id' })
  directorId!: string;

  @Column('text')
  outcome!: ReviewOutcome;

  @Column('text', { default: '' })
  comment!: string;

  @Column('text', { name: 'evidence_path', nullable: true })
  evidencePath!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A director's approval as the decision keeps it (ISO 8601 instant). */
export interface DecisionApprovalValue {
  directorId: string;
  directorName: string;
  approvedAt: string;
  comment: string;
}

/** The decision of an evaluation: never updated nor deleted (a trigger refuses both). */
@Entity('decision')
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @Column('uuid', { name: 'recommendation_version_id' })
  recommendationVersionId!: string;

  @Column('uuid', { name: 'candidate_id', nullable: true })
  candidateId!: string | null;

  @Column('jsonb')
  snapshot!: RecommendationSnapshot;

  @Column('jsonb')
  approvals!: DecisionApprovalValue[];

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
