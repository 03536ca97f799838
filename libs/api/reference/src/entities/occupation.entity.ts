import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An ISCO-08 unit group (4 digits) with its Danish and English title: the occupation catalogue. */
@Entity({ schema: 'reference', name: 'occupation' })
export class OccupationEntity {
  @PrimaryColumn({ type: 'char', length: 4 }) code!: string;
  @Column({ name: 'title_da', type: 'varchar', length: 200 }) titleDa!: string;
  @Column({ name: 'title_en', type: 'varchar', length: 200 }) titleEn!: string;
  @Column({ name: 'major_group', type: 'char', length: 1 }) majorGroup!: string;
}
