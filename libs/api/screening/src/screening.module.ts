import { Module } from '@nestjs/common';
import { ScreeningDataRights } from './screening.data-rights';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@jobunivers/api/citizens';
import { MeetingsModule } from '@jobunivers/api/meetings';
import { ScreeningDemoSeed } from './demo/screening.demo-seed';
import { ContactController } from './contact/contact.controller';
import { ContactService } from './contact/contact.service';
import { ContactExemptionEntity } from './entities/contact-exemption.entity';
import { HelpRequestEntity } from './entities/help-request.entity';
import { QueueItemEntity } from './entities/queue-item.entity';
import { ScreeningEntity } from './entities/screening.entity';
import { SelfAssessmentEntity } from './entities/self-assessment.entity';
import { ScreeningScanService } from './screening-scan.service';
import { ScreeningController } from './screening.controller';
import { CitizenScreeningService } from './citizen-screening.service';
import { ScreeningFactsService } from './screening-facts.service';
import { ScreeningQueueService } from './screening-queue.service';
import { ScreeningRepository } from './screening.repository';
import { ScreeningService } from './screening.service';
import { StaffScreeningsService } from './staff-screenings.service';
import './screening.texts';

/** Visitation, self-assessment, screenings with tracks, help requests and the screening queue. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      QueueItemEntity,
      ScreeningEntity,
      SelfAssessmentEntity,
      HelpRequestEntity,
      ContactExemptionEntity,
    ]),
    CitizensModule,
    MeetingsModule,
  ],
  controllers: [ScreeningController, ContactController],
  providers: [
    ScreeningDataRights,
    ScreeningRepository,
    ScreeningQueueService,
    CitizenScreeningService,
    StaffScreeningsService,
    ScreeningFactsService,
    ScreeningService,
    ContactService,
    ScreeningScanService,
    ScreeningDemoSeed,
  ],
  exports: [ScreeningService, ContactService],
})
export class ScreeningModule {}
