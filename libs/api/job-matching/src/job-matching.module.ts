import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@jobunivers/api/citizens';
import { ScreeningModule } from '@jobunivers/api/screening';
import { JoblogEntryEntity } from './entities/joblog-entry.entity';
import { JobMatchingController } from './job-matching.controller';
import { JoblogService } from './joblog.service';
import './job-matching.texts';

/** Job matching (job ads, matches — to come) and the citizen's joblog with its screening signal. */
@Module({
  imports: [TypeOrmModule.forFeature([JoblogEntryEntity]), CitizensModule, ScreeningModule],
  controllers: [JobMatchingController],
  providers: [JoblogService],
  exports: [JoblogService],
})
export class JobMatchingModule {}
