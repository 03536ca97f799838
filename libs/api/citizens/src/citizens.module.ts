import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CITIZEN_DIRECTORY } from '@jobunivers/api/identity';
import { CitizensService } from './citizens.service';
import { CitizensDemoSeed } from './demo/citizens.demo-seed';
import { CitizenEntity } from './entities/citizen.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CitizenEntity])],
  providers: [CitizensService, CitizensDemoSeed, { provide: CITIZEN_DIRECTORY, useExisting: CitizensService }],
  exports: [CitizensService, CITIZEN_DIRECTORY],
})
export class CitizensModule {}
