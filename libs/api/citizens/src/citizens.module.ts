import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CITIZEN_DIRECTORY } from '@jobunivers/api/identity';
import { CitizensService } from './citizens.service';
import { CitizensDemoSeed } from './demo/citizens.demo-seed';
import { CitizenEntity } from './entities/citizen.entity';
import { TimelineEntryEntity } from './entities/timeline-entry.entity';
import { CitizenCasesService } from './citizen-cases.service';
import { CitizensController } from './citizens.controller';

@Module({
  imports: [TypeOrmModule.forFeature([CitizenEntity, TimelineEntryEntity])],
  controllers: [CitizensController],
  providers: [CitizensService, CitizenCasesService, CitizensDemoSeed, { provide: CITIZEN_DIRECTORY, useExisting: CitizensService }],
  exports: [CitizensService, CitizenCasesService, CITIZEN_DIRECTORY],
})
export class CitizensModule {}
