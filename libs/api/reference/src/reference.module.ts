import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalityEntity } from './entities/municipality.entity';
import { OccupationEntity } from './entities/occupation.entity';
import { PostalCodeEntity } from './entities/postal-code.entity';
import { ReferenceOccupations1795341000000 } from './migrations/1795341000000-reference-occupations';
import { ReferenceInit1763769600100 } from './migrations/1763769600100-reference-init';
import { MunicipalityUnitName1796042390320 } from './migrations/1796042390320-municipality-unit-name';
import { ReferenceController } from './reference.controller';
import { ReferenceService } from './reference.service';

export const referenceMigrations = [
  ReferenceInit1763769600100,
  ReferenceOccupations1795341000000,
  MunicipalityUnitName1796042390320,
];

@Module({
  imports: [TypeOrmModule.forFeature([MunicipalityEntity, PostalCodeEntity, OccupationEntity])],
  controllers: [ReferenceController],
  providers: [ReferenceService],
  exports: [ReferenceService],
})
export class ReferenceModule {}
