import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the 98 Danish municipalities (kommuner). Source: DAWA/SDFI (see data/SOURCES.md). */
@Entity({ schema: 'reference', name: 'municipality' })
export class MunicipalityEntity {
  /** 4-digit kommunekode, e.g. "0751". */
  @PrimaryColumn({ type: 'char', length: 4 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 50 })
  region!: string;

  /** The name the municipality's employment unit signs letters and notifications with, e.g. "Jobcenter Aarhus". */
  @Column({ name: 'unit_name', type: 'varchar', length: 150 })
  unitName!: string;

  @Column({ name: 'region_code', type: 'char', length: 4 })
  regionCode!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;
}
