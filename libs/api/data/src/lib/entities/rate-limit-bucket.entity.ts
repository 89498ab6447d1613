import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A fixed-window counter shared by every API process (e.g. failed sign-ins per e-mail and per
 * address). Lives in the database so that a second process behind a load balancer sees it.
 */
@Entity('rate_limit_bucket')
export class RateLimitBucketEntity {
  @PrimaryColumn('text')
  key!: string;

  @Column('timestamptz', { name: 'window_started_at' })
  windowStartedAt!: Date;

  @Column('integer')
  hits!: number;
}
