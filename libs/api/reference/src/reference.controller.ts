import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, type Page, Public } from '@jobunivers/api/http';
import { MunicipalityCodeParamDto, MunicipalityDto, MunicipalityQueryDto } from './dto/municipality.dto';
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
}
