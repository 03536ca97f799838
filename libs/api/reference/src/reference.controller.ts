import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, type Page, Public, StaffOnly } from '@jobunivers/api/http';
import { CurrentPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import {
  MunicipalityCodeParamDto,
  MunicipalityDto,
  MunicipalityQueryDto,
  UnitNameInputDto,
} from './dto/municipality.dto';
import {
  OccupationCodeParamDto,
  OccupationDto,
  OccupationQueryDto,
  SkillListDto,
  SkillQueryDto,
} from './dto/occupation.dto';
import { PostalCodeDto, PostalCodeParamDto, PostalCodeQueryDto } from './dto/postal-code.dto';
import { ReferenceService } from './reference.service';

const REFERENCE_DATA = 'public reference data (no personal data)';

@ApiTags('reference')
@Controller()
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('municipalities')
  @Public(REFERENCE_DATA)
  @ApiOperation({ summary: 'List the 98 municipalities' })
  @ApiPageResponse(MunicipalityDto)
  listMunicipalities(@Query() query: MunicipalityQueryDto): Promise<Page<MunicipalityDto>> {
    return this.reference.listMunicipalities(query);
  }

  @Get('municipalities/:code')
  @Public(REFERENCE_DATA)
  @ApiOperation({ summary: 'One municipality by its 4-digit code' })
  @ApiOkResponse({ type: MunicipalityDto })
  getMunicipality(@Param() { code }: MunicipalityCodeParamDto): Promise<MunicipalityDto> {
    return this.reference.getMunicipality(code);
  }

  @Put('municipalities/:code/unit-name')
  @StaffOnly('municipality_admin')
  @ApiOperation({
    summary: 'Set the name your municipality signs letters and notifications with (admins of that municipality)',
  })
  @ApiOkResponse({ type: MunicipalityDto })
  setUnitName(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { code }: MunicipalityCodeParamDto,
    @Body() body: UnitNameInputDto,
  ): Promise<MunicipalityDto> {
    return this.reference.setUnitName(actor.municipalityCode, code, body.unitName);
  }

  @Get('postal-codes')
  @Public(REFERENCE_DATA)
  @ApiOperation({ summary: 'Search postal codes by code or town name' })
  @ApiPageResponse(PostalCodeDto)
  listPostalCodes(@Query() query: PostalCodeQueryDto): Promise<Page<PostalCodeDto>> {
    return this.reference.listPostalCodes(query);
  }

  @Get('postal-codes/:code')
  @Public(REFERENCE_DATA)
  @ApiOperation({ summary: 'One postal code with its municipality (which jobcentre serves it)' })
  @ApiOkResponse({ type: PostalCodeDto })
  getPostalCode(@Param() { code }: PostalCodeParamDto): Promise<PostalCodeDto> {
    return this.reference.getPostalCode(code);
  }

  @Get('occupations')
  @Public(REFERENCE_DATA)
  @ApiOperation({ summary: 'Search the occupation catalogue (ISCO-08 unit groups, Danish and English titles)' })
  @ApiPageResponse(OccupationDto)
  searchOccupations(@Query() query: OccupationQueryDto): Promise<Page<OccupationDto>> {
    return this.reference.searchOccupations(query);
  }

  @Get('occupations/:code')
  @Public(REFERENCE_DATA)
  @ApiOperation({ summary: 'One occupation by its ISCO-08 code' })
  @ApiOkResponse({ type: OccupationDto })
  getOccupation(@Param() { code }: OccupationCodeParamDto): Promise<OccupationDto> {
    return this.reference.getOccupation(code);
  }

  @Get('skills')
  @Public(REFERENCE_DATA)
  @ApiOperation({ summary: 'The skill catalogue (Danish and English names), filtered by words' })
  @ApiOkResponse({ type: SkillListDto })
  skills(@Query() query: SkillQueryDto): SkillListDto {
    return { items: this.reference.searchSkills(query.q) };
  }
}
