import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Danish postal code with the municipalities it lies in and a centre point (for distances). */
@Entity({ schema: 'reference', name: 'postal_code' })
export class PostalCodeEntity {
  @PrimaryColumn({ type: 'char', length: 4 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'municipality_codes', type: 'char', length: 4, array: true })
  municipalityCodes!: string[];

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;
}
