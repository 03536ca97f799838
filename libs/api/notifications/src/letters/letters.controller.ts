import { Controller, Get, Header, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, IdParamDto, type Page, StaffOnly } from '@jobunivers/api/http';
import { CurrentPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import { LetterToPrintDto, LetterToPrintQueryDto } from '../dto/letters.dto';
import { LettersService } from './letters.service';

const PRINT_STAFF = ['caseworker', 'team_lead', 'municipality_admin'] as const;

/** Formal call-ins for citizens exempt from Digital Post: the municipality prints and posts them. */
@ApiTags('letters')
@Controller('letters-to-print')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Get()
  @StaffOnly(...PRINT_STAFF)
  @ApiOperation({
    summary:
      'Call-in letters to print and post (citizens exempt from Digital Post) in my municipality, oldest first; audited',
  })
  @ApiPageResponse(LetterToPrintDto)
  list(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Query() query: LetterToPrintQueryDto,
  ): Promise<Page<LetterToPrintDto>> {
    return this.letters.listToPrint(actor, query);
  }

  @Get(':id/pdf')
  @StaffOnly(...PRINT_STAFF)
  @Header('Content-Type', 'application/pdf')
  @Header('Content-Disposition', 'inline; filename="indkaldelse.pdf"')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The letter as PDF, to print; audited' })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdf(@CurrentPrincipal() actor: StaffPrincipal, @Param() { id }: IdParamDto): Promise<StreamableFile> {
    return new StreamableFile(await this.letters.pdfToPrint(actor, id));
  }

  @Post(':id/printed')
  @StaffOnly(...PRINT_STAFF)
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark the letter printed and posted (again: no change); audited' })
  @ApiOkResponse({ type: LetterToPrintDto })
  printed(@CurrentPrincipal() actor: StaffPrincipal, @Param() { id }: IdParamDto): Promise<LetterToPrintDto> {
    return this.letters.markPrinted(actor, id);
  }
}
