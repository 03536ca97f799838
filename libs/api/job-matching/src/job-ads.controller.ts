import { Body, Controller, Delete, Get, Header, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { languageOf } from '@jobunivers/api/citizens';
import { AppConfig } from '@jobunivers/api/config';
import { type HttpReply, IdParamDto, SignedIn, StaffOrClient } from '@jobunivers/api/http';
import { CurrentPrincipal, type Principal, RateLimit } from '@jobunivers/api/identity';
import { BulkImportDto, ImportResultDto, JobAdPageDto, JobAdQueryDto } from './dto/job-ads.dto';
import { JobAdPublishingService, MAX_BULK, type Publisher } from './job-ad-publishing.service';
import { JobAdSearchService } from './job-ad-search.service';
import { JobAdViewsService } from './job-ad-views.service';
import { MatchProfilesService } from './match-profiles.service';

const PUBLISHERS = ['caseworker', 'team_lead', 'municipality_admin'] as const;

const JOB_POSTING_SCHEMA = {
  type: 'object',
  description:
    'A schema.org JobPosting (JSON-LD). Used: identifier, title, description (HTML is reduced to text), datePosted, validThrough, employmentType, hiringOrganization, jobLocation (PostalAddress with a Danish postalCode; optional geo), occupationalCategory (ISCO-08 unit group), skills (catalogue ids or names; others kept as text), baseSalary, workHours, url, inLanguage.',
  example: {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: 'AAR-2026-0412',
    title: 'Sygeplejerske til akutmodtagelsen',
    description: '<p>Vi søger en sygeplejerske …</p>',
    datePosted: '2026-11-20',
    validThrough: '2026-12-15',
    employmentType: 'FULL_TIME',
    hiringOrganization: { '@type': 'Organization', name: 'Aarhus Universitetshospital' },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Palle Juul-Jensens Boulevard 99',
        postalCode: '8200',
        addressLocality: 'Aarhus N',
        addressCountry: 'DK',
      },
    },
    occupationalCategory: { '@type': 'CategoryCode', codeValue: '2221', inCodeSet: 'ISCO-08' },
    skills: ['first-aid', 'medication'],
    workHours: '37 timer om ugen',
  },
};

@ApiTags('job-matching')
@Controller('job-ads')
export class JobAdsController {
  constructor(
    private readonly publishing: JobAdPublishingService,
    private readonly searching: JobAdSearchService,
    private readonly views: JobAdViewsService,
    private readonly profiles: MatchProfilesService,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @StaffOrClient([...PUBLISHERS], ['jobs:write'])
  @ApiOperation({
    summary: 'Import (or update) one job ad as a schema.org JobPosting',
    description:
      'Upserted by the publisher and `identifier` (required for API clients; staff may leave it out). 201 when new, 200 when it updated an ad. Invalid postings: 400 naming every bad field.',
  })
  @ApiBody({ schema: JOB_POSTING_SCHEMA })
  @ApiCreatedResponse({ type: ImportResultDto, description: 'A new job ad was stored' })
  @ApiOkResponse({
    type: ImportResultDto,
    description: 'An existing job ad (same publisher and identifier) was updated',
  })
  async importOne(
    @CurrentPrincipal() publisher: Publisher,
    @Body() posting: unknown,
    @Res({ passthrough: true }) res: HttpReply,
  ): Promise<ImportResultDto> {
    const { created, id } = await this.publishing.importOne(publisher, posting);
    res.status(created ? 201 : 200).header('location', `/api/v1/job-ads/${id}`);
    return { index: 0, status: created ? 'created' : 'updated', id };
  }

  @Post('bulk')
  @HttpCode(200)
  @StaffOrClient([...PUBLISHERS], ['jobs:write'])
  @RateLimit('job-import')
  @ApiOperation({
    summary: `Import up to ${MAX_BULK} job ads at once`,
    description:
      'Body: a JSON array of JobPostings, `{"items": [...]}` or a JSON-LD `{"@graph": [...]}`. Every valid posting is stored; the answer reports each one (created, updated or invalid with its errors). Keep a request under 1 MB.',
  })
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'array', items: JOB_POSTING_SCHEMA },
        { type: 'object', properties: { items: { type: 'array', items: JOB_POSTING_SCHEMA } } },
      ],
    },
  })
  @ApiOkResponse({ type: BulkImportDto })
  importMany(@CurrentPrincipal() publisher: Publisher, @Body() body: unknown): Promise<BulkImportDto> {
    return this.publishing.importMany(publisher, body);
  }

  @Get()
  @SignedIn()
  @RateLimit('job-search')
  @ApiOperation({
    summary: 'Search open job ads: words (Danish stemming, accents ignored), occupation, municipality, radius, hours',
  })
  @ApiOkResponse({ type: JobAdPageDto })
  async search(
    @CurrentPrincipal() principal: Principal,
    @Query() query: JobAdQueryDto,
    @Headers('accept-language') language?: string,
  ): Promise<JobAdPageDto> {
    const home = principal.kind === 'citizen' ? await this.profiles.homeOf(principal.id) : null;
    return this.searching.search(principal, query, languageOf(language), home);
  }

  @Get(':id')
  @SignedIn()
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  @ApiProduces('application/ld+json')
  @ApiOperation({ summary: 'One job ad as schema.org JobPosting JSON-LD' })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  jsonLd(@Param() { id }: IdParamDto): Promise<Record<string, unknown>> {
    return this.views.jsonLd(id, this.config.publicUrl);
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffOrClient([...PUBLISHERS], ['jobs:write'])
  @ApiOperation({ summary: 'Withdraw an ad now (it expires; only its publisher may)' })
  @ApiNoContentResponse()
  async withdraw(@CurrentPrincipal() publisher: Publisher, @Param() { id }: IdParamDto): Promise<void> {
    await this.publishing.withdraw(publisher, id);
  }
}
