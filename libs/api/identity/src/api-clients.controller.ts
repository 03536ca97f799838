import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, type Page, PageQueryDto, StaffOnly } from '@jobunivers/api/http';
import { ApiClientAdminService } from './api-client-admin.service';
import { ApiClientDto, ApiClientWithSecretDto, CreateApiClientDto, IdParamDto } from './dto/identity.dto';
import { CurrentPrincipal, type StaffPrincipal } from './principal';

/** Municipality admins manage their municipality's API clients (Administration in the staff console). */
@ApiTags('identity')
@Controller('api-clients')
export class ApiClientsController {
  constructor(private readonly admin: ApiClientAdminService) {}

  @Get()
  @StaffOnly('municipality_admin')
  @ApiOperation({ summary: "The municipality's API clients" })
  @ApiPageResponse(ApiClientDto)
  list(@CurrentPrincipal() principal: StaffPrincipal, @Query() query: PageQueryDto): Promise<Page<ApiClientDto>> {
    return this.admin.list(principal.municipalityCode, query);
  }

  @Post()
  @StaffOnly('municipality_admin')
  @ApiOperation({ summary: 'Create an API client; the secret is shown once' })
  @ApiCreatedResponse({ type: ApiClientWithSecretDto })
  create(
    @CurrentPrincipal() principal: StaffPrincipal,
    @Body() body: CreateApiClientDto,
  ): Promise<ApiClientWithSecretDto> {
    return this.admin.create(principal.municipalityCode, body);
  }

  @Post(':id/rotate-secret')
  @StaffOnly('municipality_admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Issue a new secret (the old one stops working at once)' })
  @ApiOkResponse({ type: ApiClientWithSecretDto })
  rotate(@CurrentPrincipal() principal: StaffPrincipal, @Param() { id }: IdParamDto): Promise<ApiClientWithSecretDto> {
    return this.admin.rotate(principal.municipalityCode, id);
  }

  @Post(':id/revoke')
  @StaffOnly('municipality_admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke the client; its tokens stop working at once' })
  @ApiOkResponse({ type: ApiClientDto })
  revoke(@CurrentPrincipal() principal: StaffPrincipal, @Param() { id }: IdParamDto): Promise<ApiClientDto> {
    return this.admin.revoke(principal.municipalityCode, id);
  }
}
