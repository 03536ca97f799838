import { Body, Controller, Get, Headers, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPurposeHeader, PURPOSE_HEADER } from '@jobunivers/api/audit';
import type { CaseActor } from '@jobunivers/api/citizens';
import { CitizenSelf, IdParamDto, StaffOrClient } from '@jobunivers/api/http';
import { type CitizenPrincipal, CurrentPrincipal } from '@jobunivers/api/identity';
import { JoblogDto, JoblogEntryDto, JoblogInputDto, JoblogPatchDto } from './dto/joblog.dto';
import { JoblogService } from './joblog.service';

@ApiTags('job-matching')
@Controller()
export class JobMatchingController {
  constructor(private readonly joblog: JoblogService) {}

  @Get('me/joblog')
  @CitizenSelf()
  @ApiOperation({ summary: 'My joblog: the applications I have logged, latest first' })
  @ApiOkResponse({ type: JoblogDto })
  mine(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<JoblogDto> {
    return this.joblog.mine(citizen);
  }

  @Post('me/joblog')
  @CitizenSelf()
  @ApiOperation({ summary: 'Log an application' })
  @ApiCreatedResponse({ type: JoblogEntryDto })
  add(@CurrentPrincipal() citizen: CitizenPrincipal, @Body() body: JoblogInputDto): Promise<JoblogEntryDto> {
    return this.joblog.add(citizen, body);
  }

  @Patch('me/joblog/:id')
  @CitizenSelf()
  @ApiOperation({ summary: 'Update an application (e.g. interview, rejected, hired)' })
  @ApiOkResponse({ type: JoblogEntryDto })
  update(@CurrentPrincipal() citizen: CitizenPrincipal, @Param() { id }: IdParamDto, @Body() body: JoblogPatchDto): Promise<JoblogEntryDto> {
    return this.joblog.update(citizen, id, body);
  }

  @Get('citizens/:id/joblog')
  @StaffOrClient(['caseworker', 'team_lead'], ['plans:read'])
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A citizen’s joblog (audited)' })
  @ApiOkResponse({ type: JoblogDto })
  forStaff(@CurrentPrincipal() actor: CaseActor, @Param() { id }: IdParamDto, @Headers(PURPOSE_HEADER) purpose?: string): Promise<JoblogDto> {
    return this.joblog.forStaff(actor, id, purpose);
  }
}
