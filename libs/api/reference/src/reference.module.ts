import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalityEntity } from './entities/municipality.entity';
import { PostalCodeEntity } from './entities/postal-code.entity';
import { ReferenceInit1763769600100 } from './migrations/1763769600100-reference-init';
import { ReferenceController } from './reference.controller';
import { ReferenceService } from './reference.service';

export const referenceMigrations = [ReferenceInit1763769600100];

@Module({
  imports: [TypeOrmModule.forFeature([MunicipalityEntity, PostalCodeEntity])],
  controllers: [ReferenceController],
  providers: [ReferenceService],
  exports: [ReferenceService],
})
export class ReferenceModule {}
