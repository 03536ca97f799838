import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed authentications per subject (e.g. `client:<client_id>`) in the current window (brute-force blocking). */
@Entity({ schema: 'identity', name: 'auth_failure' })
export class AuthFailureEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 }) subject!: string;
  @Column({ name: 'window_start', type: 'timestamptz' }) windowStart!: Date;
  @Column({ type: 'integer' }) failures!: number;
}
