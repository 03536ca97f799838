import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@jobunivers/api/citizens';
import { EMPLOYER_DIRECTORY } from '@jobunivers/api/identity';
import { JobMatchingModule } from '@jobunivers/api/job-matching';
import { OffersModule } from '@jobunivers/api/offers';
import { ReferenceModule } from '@jobunivers/api/reference';
import { ConsentService } from './consent.service';
import { EmployersDemoSeed } from './demo/employers.demo-seed';
import { EmployerDirectoryService } from './employer-directory.service';
import {
  EmployerController,
  EmployerPlacementsController,
  EmployerRequestsController,
  MyEmployerVisibilityController,
} from './employers.controller';
import { EmployersDataRights } from './employers.data-rights';
import { EmployersRepository } from './employers.repository';
import './employers.texts';
import { CompanyEntity, EmployerUserEntity } from './entities/company.entity';
import { PlacementEntity, ProposalEntity, VisibilityEntity } from './entities/consent.entity';
import { EmployerRequestEntity, RequestMessageEntity } from './entities/employer-request.entity';
import { PlacementsService } from './placements.service';
import { ConsultantRequestsService } from './consultant-requests.service';
import { RequestViewsService } from './request-views.service';
import { RequestWriterService } from './request-writer.service';
import { RequestsService } from './requests.service';

/**
 * The municipality's one entry for employers: companies (MitID Erhverv) send requests, employer
 * consultants answer them, propose citizens who decide whether the company may see them, and agree
 * internship and wage-subsidy placements.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CompanyEntity,
      EmployerUserEntity,
      EmployerRequestEntity,
      RequestMessageEntity,
      VisibilityEntity,
      ProposalEntity,
      PlacementEntity,
    ]),
    CitizensModule,
    JobMatchingModule,
    OffersModule,
    ReferenceModule,
  ],
  controllers: [
    EmployerController,
    EmployerRequestsController,
    EmployerPlacementsController,
    MyEmployerVisibilityController,
  ],
  providers: [
    EmployersRepository,
    EmployerDirectoryService,
    { provide: EMPLOYER_DIRECTORY, useExisting: EmployerDirectoryService },
    RequestViewsService,
    RequestWriterService,
    RequestsService,
    ConsultantRequestsService,
    ConsentService,
    PlacementsService,
    EmployersDataRights,
    EmployersDemoSeed,
  ],
  exports: [RequestsService, EMPLOYER_DIRECTORY],
})
export class EmployersModule {}
