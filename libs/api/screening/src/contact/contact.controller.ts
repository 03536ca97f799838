import { Body, Controller, Delete, Get, Headers, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPurposeHeader, PURPOSE_HEADER } from '@jobunivers/api/audit';
import { CitizenSelf, IdParamDto, Public, StaffOnly } from '@jobunivers/api/http';
import { type CitizenPrincipal, CurrentPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import { ContactExemptionInputDto, ContactPlanDto, ContactRuleSetListDto, ExemptionQuotaDto } from '../dto/contact.dto';
import { ContactService } from './contact.service';

@ApiTags('contact rules')
@Controller()
export class ContactController {
  constructor(private readonly contact: ContactService) {}

  @Get('contact-rules')
  @Public('the contact rules of the law, with their validity dates: public law, no personal data')
  @ApiOperation({
    summary:
      'The contact rule sets (samtalekrav) with their validity dates and sources; the set for a citizen is the one in force on the day their unemployment started',
  })
  @ApiOkResponse({ type: ContactRuleSetListDto })
  rules(): ContactRuleSetListDto {
    return this.contact.ruleSets();
  }

  @Get('me/contact-plan')
  @CitizenSelf()
  @ApiOperation({
    summary: 'The meetings the law asks of me, by when, and which are met; everything else is my own choice',
  })
  @ApiOkResponse({ type: ContactPlanDto })
  myPlan(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<ContactPlanDto> {
    return this.contact.myPlan(citizen.id);
  }

  @Get('citizens/:id/contact-plan')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A citizen’s contact plan: each required meeting, its due date and status (audited)' })
  @ApiOkResponse({ type: ContactPlanDto })
  plan(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<ContactPlanDto> {
    return this.contact.staffPlan(actor, id, purpose);
  }

  @Get('citizens/:id/contact-exemption-quota')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({
    summary:
      'The municipality’s exemption quota for the citizen’s target group and 6-month cohort: allowed, used, remaining (audited)',
  })
  @ApiOkResponse({ type: ExemptionQuotaDto })
  quota(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<ExemptionQuotaDto> {
    return this.contact.quota(actor, id, purpose);
  }

  @Post('citizens/:id/contact-exemption')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({
    summary:
      'Exempt a citizen from the exemptable contact requirements, with a reason (audited; timeline; feed event dk.jobunivers.screening.contact_exempted)',
    description:
      '409 `exemption_quota_exceeded` when it would put the municipality above the allowed share of exempt citizens in the target group among those who started in the same half-year; 409 `already_exempt`; 409 `exemption_not_applicable` when the rules allow none.',
  })
  @ApiCreatedResponse({ type: ContactPlanDto })
  exempt(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: ContactExemptionInputDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<ContactPlanDto> {
    return this.contact.exempt(actor, id, body.reason, purpose);
  }

  @Delete('citizens/:id/contact-exemption')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({
    summary:
      'Lift a citizen’s exemption (audited; timeline; feed event dk.jobunivers.screening.contact_exemption_lifted); 404 `not_exempt` when there is none',
  })
  @ApiOkResponse({ type: ContactPlanDto })
  lift(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<ContactPlanDto> {
    return this.contact.lift(actor, id, purpose);
  }
}
