import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertCaseActive, CitizenCasesService, type CaseActor, type Language } from '@jobunivers/api/citizens';
import type { CitizenPrincipal, StaffPrincipal } from '@jobunivers/api/identity';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import type { JobAdDto } from './dto/job-ads.dto';
import type { JobSuggestionDto, JobSuggestionsDto, SuggestionAnswerDto } from './dto/matching.dto';
import { JobSuggestionEntity } from './entities/job-suggestion.entity';
import { JobAdViewsService } from './job-ad-views.service';
import { JobMatchingErrorCode, JobMatchingException } from './job-matching.errors';
import { JoblogService } from './joblog.service';
import { MatchingRepository } from './matching.repository';

/**
 * Caseworkers' job suggestions: a caseworker suggests an open ad on the citizen's case; the citizen answers applied
 * (logged in the joblog) or not relevant (a "not relevant" mark).
 */
@Injectable()
export class JobSuggestionsService {
  constructor(
    @InjectRepository(JobSuggestionEntity) private readonly suggestions: Repository<JobSuggestionEntity>,
    private readonly ads: JobAdViewsService,
    private readonly joblog: JoblogService,
    private readonly cases: CitizenCasesService,
    private readonly repository: MatchingRepository,
    private readonly dataSource: DataSource,
  ) {}

  async suggest(
    actor: StaffPrincipal,
    citizenId: string,
    input: { jobAdId: string; note?: string },
    language: Language,
    purpose?: string,
  ): Promise<JobSuggestionDto> {
    const kase = await this.cases.authorize(actor, citizenId, {
      action: 'create',
      resource: 'job-suggestion',
      purpose,
    });
    assertCaseActive(kase);
    const ad = await this.ads.get(input.jobAdId);
    if (ad.validThrough && ad.validThrough.getTime() <= Date.now())
      throw new JobMatchingException(JobMatchingErrorCode.JobAdClosed);
    const saved = await this.dataSource
      .transaction(async (manager) => {
        const row = await manager.save(
          manager.create(JobSuggestionEntity, {
            citizenId: kase.id,
            municipalityCode: kase.municipalityCode,
            jobAdId: ad.id,
            suggestedBy: actor.id,
            suggestedByName: actor.name,
            note: input.note || null,
            answer: null,
            answerReason: null,
            answeredAt: null,
          }),
        );
        await this.cases.recordEvent(
          kase.id,
          'job_suggested',
          { by: actor.name, title: ad.title, employer: ad.employer },
          manager,
        );
        return row;
      })
      .catch((error: unknown) => {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { constraint?: string }).constraint === 'job_suggestion_citizen_ad_uq'
        )
          throw new JobMatchingException(JobMatchingErrorCode.AlreadySuggested);
        throw error;
      });
    return (await this.suggestionDtos([saved], language))[0];
  }

  async suggestionsForStaff(
    actor: CaseActor,
    citizenId: string,
    language: Language,
    purpose?: string,
  ): Promise<JobSuggestionsDto> {
    const kase = await this.cases.authorize(actor, citizenId, { action: 'read', resource: 'job-suggestions', purpose });
    return this.suggestionsOf(kase.id, language);
  }

  async mySuggestions(citizen: CitizenPrincipal, language: Language): Promise<JobSuggestionsDto> {
    return this.suggestionsOf(citizen.id, language);
  }

  /** The citizen answers: applied (logged in the joblog too) or not relevant (and the ranking learns it). */
  async answer(
    citizen: CitizenPrincipal,
    id: string,
    input: SuggestionAnswerDto,
    language: Language,
  ): Promise<JobSuggestionDto> {
    const suggestion = await this.suggestions.findOneBy({ id, citizenId: citizen.id });
    if (!suggestion) throw new JobMatchingException(JobMatchingErrorCode.SuggestionNotFound);
    const ad = await this.ads.get(suggestion.jobAdId);
    await this.dataSource.transaction(async (manager) => {
      const changed = await this.repository.answerSuggestion(id, input.answer, input.reason || null, manager);
      if (!changed) throw new JobMatchingException(JobMatchingErrorCode.AlreadyAnswered);
      if (input.answer === 'applied') await this.joblog.addFromAd(citizen, ad, manager);
      else
        await this.repository.mark(
          citizen.id,
          ad.id,
          { notRelevantAt: new Date(), notRelevantReason: input.reason || null },
          'notRelevant',
          manager,
        );
      await this.cases.recordEvent(
        citizen.id,
        'job_suggestion_answered',
        { title: ad.title, answer: input.answer },
        manager,
      );
    });
    return (await this.suggestionDtos([(await this.suggestions.findOneBy({ id }))!], language))[0];
  }

  private async suggestionsOf(citizenId: string, language: Language): Promise<JobSuggestionsDto> {
    const rows = await this.suggestions
      .createQueryBuilder('s')
      .where('s.citizenId = :citizenId', { citizenId })
      .orderBy('s.answer IS NULL', 'DESC')
      .addOrderBy('s.createdAt', 'DESC')
      .take(200)
      .getMany();
    return { items: await this.suggestionDtos(rows, language) };
  }

  private async suggestionDtos(rows: JobSuggestionEntity[], language: Language): Promise<JobSuggestionDto[]> {
    const ads = await this.ads.byIds(rows.map((r) => r.jobAdId));
    const dtos = new Map<string, JobAdDto>((await this.ads.toDtos([...ads.values()], language)).map((d) => [d.id, d]));
    return rows.map((r) => ({
      id: r.id,
      jobAd: dtos.get(r.jobAdId)!,
      suggestedByName: r.suggestedByName,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      answer: r.answer,
      answerReason: r.answerReason,
      answeredAt: r.answeredAt?.toISOString() ?? null,
    }));
  }
}
