import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { languageOf } from '@jobunivers/api/citizens';
import { type HttpRequest, StaffOnly } from '@jobunivers/api/http';
import { CurrentPrincipal, RateLimit, type StaffPrincipal } from '@jobunivers/api/identity';
import { KpiQueryDto, KpiReportDto } from './dto/insights.dto';
import { InsightsService } from './insights.service';

@ApiTags('insights')
@Controller('insights')
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Get('kpis')
  @StaffOnly('team_lead', 'municipality_admin')
  @RateLimit('reports')
  @ApiOperation({
    summary: 'The KPIs of the municipality, a team or a caseworker, per month, with their definitions (team leads)',
    description: 'Listing the overdue citizens by name is recorded in the audit log (one row per citizen shown).',
  })
  @ApiOkResponse({ type: KpiReportDto })
  kpis(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Query() query: KpiQueryDto,
    @Req() req: HttpRequest,
  ): Promise<KpiReportDto> {
    return this.insights.kpis(actor, query, languageOf(req.headers['accept-language']));
  }
}
