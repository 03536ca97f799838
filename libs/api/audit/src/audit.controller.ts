import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, CitizenSelf, type Page, StaffOnly } from '@jobunivers/api/http';
import { type CitizenPrincipal, CurrentPrincipal, RateLimit, type StaffPrincipal } from '@jobunivers/api/identity';
import { AuditService } from './audit.service';
import { AccessLogEntryDto, AccessLogGroupDto, AccessLogQueryDto, AuditEventDto, AuditQueryDto } from './dto/audit.dto';

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit')
  @StaffOnly('team_lead')
  @RateLimit('reports')
  @ApiOperation({ summary: "Search the municipality's audit log (team leads)" })
  @ApiPageResponse(AuditEventDto)
  search(@CurrentPrincipal() principal: StaffPrincipal, @Query() query: AuditQueryDto): Promise<Page<AuditEventDto>> {
    return this.audit.search(principal.municipalityCode, query);
  }

  @Get('me/access-log')
  @CitizenSelf()
  @ApiOperation({ summary: 'Who has looked at my data, when and why' })
  @ApiPageResponse(AccessLogEntryDto)
  accessLog(
    @CurrentPrincipal() principal: CitizenPrincipal,
    @Query() query: AccessLogQueryDto,
  ): Promise<Page<AccessLogEntryDto>> {
    return this.audit.accessLogFor(principal.id, query);
  }

  @Get('me/access-log/grouped')
  @CitizenSelf()
  @ApiOperation({
    summary: 'My access log in plain words: one line per day and person (or system), what was seen and why',
    description:
      '`seen` and `reasons` are codes the apps put in words; a list read (e.g. a caseload) is part of one line.',
  })
  @ApiPageResponse(AccessLogGroupDto)
  accessLogGrouped(
    @CurrentPrincipal() principal: CitizenPrincipal,
    @Query() query: AccessLogQueryDto,
  ): Promise<Page<AccessLogGroupDto>> {
    return this.audit.accessLogGroupsFor(principal.id, query);
  }
}
