import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CITIZEN_DIRECTORY } from '@jobunivers/api/identity';
import { ReferenceModule } from '@jobunivers/api/reference';
import { ProfileEntity } from './entities/profile.entity';
import { ProfileService } from './profile.service';
import { CitizensService } from './citizens.service';
import { CitizenProfilesDemoSeed, CitizensDemoSeed } from './demo/citizens.demo-seed';
import { CitizenEntity } from './entities/citizen.entity';
import { TimelineEntryEntity } from './entities/timeline-entry.entity';
import { CaseEventBus } from './case-events';
import { CaseFactsService } from './case-facts.service';
import { CaseRegistrationService } from './case-registration.service';
import { CaseTimelineService } from './case-timeline.service';
import { CaseUpdatesService } from './case-updates.service';
import { CaseloadService } from './caseload.service';
import { CitizenCasesService } from './citizen-cases.service';
import { CitizenContactsService } from './citizen-contacts.service';
import { CitizenRecordsService } from './citizen-records.service';
import { CitizensRepository } from './citizens.repository';
import { ProfileSnapshotsService } from './profile-snapshots.service';
import { CitizensController } from './citizens.controller';
import { CprRotationService } from './cpr-rotation.service';
import { DataRightsService } from './data-rights.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([CitizenEntity, TimelineEntryEntity, ProfileEntity]),
    ReferenceModule,
    DiscoveryModule,
  ],
  controllers: [CitizensController],
  providers: [
    CitizensService,
    CitizensRepository,
    CaseRegistrationService,
    CaseloadService,
    CitizenRecordsService,
    CaseUpdatesService,
    CaseTimelineService,
    CaseFactsService,
    CitizenContactsService,
    ProfileSnapshotsService,
    CitizenCasesService,
    CaseEventBus,
    CprRotationService,
    DataRightsService,
    ProfileService,
    CitizensDemoSeed,
    CitizenProfilesDemoSeed,
    { provide: CITIZEN_DIRECTORY, useExisting: CitizensService },
  ],
  exports: [
    CitizensService,
    CitizenCasesService,
    CaseEventBus,
    CprRotationService,
    DataRightsService,
    CITIZEN_DIRECTORY,
  ],
})
export class CitizensModule {}
