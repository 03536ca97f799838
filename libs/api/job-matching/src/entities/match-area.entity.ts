import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The alert pass's spatial prefilter: one row per match profile and wished minor group (`''` for a profile that
 * wishes nothing and is matched by skills), with the bounding box of the profile's work area (longitude, latitude).
 * A GiST index over (group, box) finds the profiles a new ad can reach in one index scan; the exact work-area test
 * and the score run on those only. A work area of chosen municipalities, or a profile without a home, gets the whole
 * world as its box (always a candidate; the exact test decides). Derived from `match_profile` in the same statement
 * that writes it (`MatchingRepository.syncAreas`).
 */
@Entity({ schema: 'job_matching', name: 'match_area' })
@Index('match_area_group_box_idx', { synchronize: false })
export class MatchAreaEntity {
  @PrimaryColumn({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  /** A minor group (3 digits) of a wished occupation, or '' for a profile matched by its skills alone. */
  @PrimaryColumn({ name: 'occupation_group', type: 'varchar', length: 3 }) occupationGroup!: string;
  @Column({ type: 'box' }) area!: string;
}
