import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface ProfileSkill {
  /** A catalogue skill id, or absent for the citizen's own words. */
  id?: string;
  name: string;
}
export interface ProfileEducation {
  title: string;
  institution?: string;
  completedYear?: number;
}
export interface ProfileExperience {
  title: string;
  employer: string;
  /** YYYY-MM */
  from: string;
  /** YYYY-MM; absent while still there */
  to?: string;
  occupationCode?: string;
}
export interface ProfileLanguage {
  language: string;
  level: 'basic' | 'good' | 'fluent' | 'native';
}
export interface WorkArea {
  /** Distance from home; used when no municipalities are listed. */
  radiusKm?: number;
  municipalityCodes?: string[];
}

/** The citizen's profile/CV: what they want, can and prefer. One row per citizen. */
@Entity({ schema: 'citizens', name: 'profile' })
export class ProfileEntity {
  @PrimaryColumn({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'wished_occupations', type: 'char', length: 4, array: true, default: () => "'{}'" })
  wishedOccupations!: string[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) skills!: ProfileSkill[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) education!: ProfileEducation[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) experience!: ProfileExperience[];
  @Column({ name: 'work_area', type: 'jsonb', default: () => "'{}'" }) workArea!: WorkArea;
  @Column({ type: 'varchar', length: 20, nullable: true }) hours!: 'full_time' | 'part_time' | 'both' | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) languages!: ProfileLanguage[];
  @Column({ name: 'driving_licences', type: 'text', array: true, default: () => "'{}'" }) drivingLicences!: string[];
  @Column({ name: 'preferred_meeting_forms', type: 'text', array: true, default: () => "'{}'" })
  preferredMeetingForms!: string[];
  @Column({ name: 'notification_channels', type: 'text', array: true, default: () => "'{}'" })
  notificationChannels!: string[];
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
