import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Installation-wide values generated once and shared by all processes (e.g. the token signing key). */
@Entity('setting')
export class SettingEntity {
  @PrimaryColumn('text')
  key!: string;

  @Column('text')
  value!: string;
}
