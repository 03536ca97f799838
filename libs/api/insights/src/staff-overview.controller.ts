import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '@jobunivers/api/http';
import { CurrentPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import { StaffOverviewDto } from './dto/staff-overview.dto';
import { StaffOverviewService } from './staff-overview.service';

@ApiTags('insights')
@Controller('staff')
export class StaffOverviewController {
  constructor(private readonly overview: StaffOverviewService) {}

  @Get('overview')
  @StaffOnly('caseworker', 'team_lead')
  @ApiOperation({
    summary:
      'Mit overblik: today’s meetings, due screening items, unread conversations, approvals waiting and this week’s visitation deadlines of the caller’s caseload',
    description:
      'One request for the staff start page. Each citizen shown (today’s meetings) is recorded in the audit log as read; the counts read no one.',
  })
  @ApiOkResponse({ type: StaffOverviewDto })
  get(@CurrentPrincipal() actor: StaffPrincipal): Promise<StaffOverviewDto> {
    return this.overview.overview(actor);
  }
}
