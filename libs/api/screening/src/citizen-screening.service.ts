import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import type { CitizenPrincipal } from '@jobunivers/api/identity';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { addDays, todayInCopenhagen } from '@jobunivers/api/time';
import type {
  HelpRequestDto,
  MyScreeningDto,
  ScreeningCommentDto,
  SelfAssessmentDto,
  SelfAssessmentInputDto,
} from './dto/screening.dto';
import { HelpRequestEntity } from './entities/help-request.entity';
import { ScreeningEntity } from './entities/screening.entity';
import { type SelfAssessmentAnswers, SelfAssessmentEntity } from './entities/self-assessment.entity';
import { HELP_DAYS, ScreeningQueueService } from './screening-queue.service';
import { ScreeningErrorCode, ScreeningException } from './screening.errors';
import { ScreeningRepository } from './screening.repository';

export function flagsOf(a: SelfAssessmentAnswers): string[] {
  return [
    a.jobConfidence <= 2 && 'low_job_confidence',
    a.healthLimitations && 'health_limitations',
    a.digitalConfidence <= 2 && 'low_digital_confidence',
    (a.danishLevel === 'some' || a.danishLevel === 'none') && 'language',
    a.childcareChallenges && 'childcare',
    a.transportChallenges && 'transport',
    a.wantsPersonalHelp && 'wants_personal_help',
  ].filter((f): f is string => typeof f === 'string');
}

const selfAssessmentDto = (e: SelfAssessmentEntity): SelfAssessmentDto => ({
  id: e.id,
  createdAt: e.createdAt.toISOString(),
  ...e.answers,
  flags: flagsOf(e.answers),
});

/**
 * The citizen's side of screening: the self-assessment, asking for personal help, their own screening (track and
 * summary) and commenting on it or asking for a change — each a queue item for the caseworker where it calls for one.
 */
@Injectable()
export class CitizenScreeningService {
  constructor(
    @InjectRepository(ScreeningEntity) private readonly screenings: Repository<ScreeningEntity>,
    @InjectRepository(SelfAssessmentEntity) private readonly selfAssessments: Repository<SelfAssessmentEntity>,
    private readonly cases: CitizenCasesService,
    private readonly queue: ScreeningQueueService,
    private readonly dataSource: DataSource,
    private readonly repository: ScreeningRepository,
  ) {}

  async saveSelfAssessment(citizen: CitizenPrincipal, answers: SelfAssessmentInputDto): Promise<SelfAssessmentDto> {
    const kase = await this.cases.activeCase(citizen.id);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(SelfAssessmentEntity, { citizenId: citizen.id, answers: { ...answers } }),
      );
      await this.cases.recordEvent(citizen.id, 'self_assessment', {}, manager);
      if (answers.wantsPersonalHelp)
        await this.queue.enqueue(
          kase,
          'help_requested',
          `self-assessment-${saved.id}`,
          addDays(todayInCopenhagen(), HELP_DAYS),
          manager,
          'Selvvurdering: ønsker personlig hjælp',
        );
      return selfAssessmentDto(saved);
    });
  }

  async latestSelfAssessment(citizenId: string, manager?: EntityManager): Promise<SelfAssessmentDto | null> {
    const latest = await (manager?.getRepository(SelfAssessmentEntity) ?? this.selfAssessments).findOne({
      where: { citizenId },
      order: { createdAt: 'DESC' },
    });
    return latest ? selfAssessmentDto(latest) : null;
  }

  async requestHelp(citizen: CitizenPrincipal, message: string): Promise<HelpRequestDto> {
    const kase = await this.cases.activeCase(citizen.id);
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.save(manager.create(HelpRequestEntity, { citizenId: citizen.id, message }));
      await this.queue.enqueue(
        kase,
        'help_requested',
        `help-${request.id}`,
        addDays(todayInCopenhagen(), HELP_DAYS),
        manager,
        message.slice(0, 500),
      );
      await this.cases.recordEvent(citizen.id, 'help_requested', {}, manager);
      return { id: request.id, createdAt: request.createdAt.toISOString() };
    });
  }

  async myScreening(citizenId: string): Promise<MyScreeningDto> {
    const latest = await this.repository.latestForCitizen(citizenId);
    if (!latest)
      return {
        track: 'undecided',
        summary: null,
        screenedAt: null,
        caseworkerName: null,
        nextScreeningDate: null,
        comment: null,
        changeRequested: false,
      };
    return {
      track: latest.track,
      summary: latest.summaryForCitizen,
      screenedAt: latest.createdAt.toISOString(),
      caseworkerName: latest.caseworkerName,
      nextScreeningDate: latest.nextScreeningDate,
      comment: latest.citizenComment,
      changeRequested: latest.changeRequested,
    };
  }

  async comment(citizen: CitizenPrincipal, input: ScreeningCommentDto): Promise<MyScreeningDto> {
    const kase = await this.cases.activeCase(citizen.id);
    const latest = await this.screenings.findOne({ where: { citizenId: citizen.id }, order: { createdAt: 'DESC' } });
    if (!latest) throw new ScreeningException(ScreeningErrorCode.NoScreeningYet);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        ScreeningEntity,
        { id: latest.id },
        { citizenComment: input.comment, changeRequested: input.requestChange, commentedAt: new Date() },
      );
      if (input.requestChange)
        await this.queue.enqueue(
          kase,
          'track_change_requested',
          `screening-${latest.id}`,
          addDays(todayInCopenhagen(), 7),
          manager,
          input.comment.slice(0, 500),
        );
      await this.cases.recordEvent(
        citizen.id,
        input.requestChange ? 'screening_change_requested' : 'screening_commented',
        {},
        manager,
      );
    });
    return this.myScreening(citizen.id);
  }
}
