import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which demo data sets have been loaded (so demo data loads on first start only). */
@Entity({ schema: 'platform', name: 'demo_seed' })
export class DemoSeedEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'applied_at', type: 'timestamptz', default: () => 'now()' })
  appliedAt!: Date;
}
