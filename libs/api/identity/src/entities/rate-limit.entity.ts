import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Requests per key (route + client address) in the current fixed window, shared by all API instances. */
@Entity({ schema: 'identity', name: 'rate_limit' })
export class RateLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 }) key!: string;
  @Column({ name: 'window_start', type: 'timestamptz' }) windowStart!: Date;
  @Column({ type: 'integer' }) hits!: number;
}
