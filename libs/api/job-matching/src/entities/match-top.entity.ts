import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A citizen's maintained top-N matches (issue 22, step 3): the ids of their best-scoring ads with the score and the
 * date posted (the ranking's tie-break), so `GET /me/job-matches` reads the list by the index below and computes the
 * reasons for the 20 it shows. Filled when the profile is saved, on "not relevant" marks and lazily on the first read
 * (`MatchTopService`); new ads enter through the alert pass (`MatchTopRepository.admit`). Every listed ad ranks above
 * every open ad not listed, so the open listed ads' top 20 is the citizen's top 20.
 */
@Entity({ schema: 'job_matching', name: 'match_top' })
@Index('match_top_rank_idx', { synchronize: false })
export class MatchTopEntity {
  @PrimaryColumn({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @PrimaryColumn({ name: 'job_ad_id', type: 'uuid' }) jobAdId!: string;
  @Column({ type: 'integer' }) score!: number;
  @Column({ name: 'date_posted', type: 'date' }) datePosted!: string;
}
