import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertCaseActive, CitizenCasesService, type CitizenCase } from '@jobunivers/api/citizens';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import { IdentityService, type StaffPrincipal } from '@jobunivers/api/identity';
import { MeetingsService } from '@jobunivers/api/meetings';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { daysBetween, todayInCopenhagen } from '@jobunivers/api/time';
import type { IndicatorsDto, ScreeningDto, ScreeningInputDto } from './dto/screening.dto';
import { QueueItemEntity } from './entities/queue-item.entity';
import { ScreeningEntity } from './entities/screening.entity';
import { CitizenScreeningService } from './citizen-screening.service';
import { ScreeningQueueService } from './screening-queue.service';

const screeningDto = (s: ScreeningEntity): ScreeningDto => ({
  id: s.id,
  citizenId: s.citizenId,
  caseworkerName: s.caseworkerName,
  indicators: s.indicators,
  assessment: s.assessment,
  track: s.track,
  summaryForCitizen: s.summaryForCitizen,
  nextScreeningDate: s.nextScreeningDate,
  createdAt: s.createdAt.toISOString(),
  citizenComment: s.citizenComment,
  changeRequested: s.changeRequested,
});

/**
 * The caseworker's screenings: the indicators a screening weighs, recording a screening with its track (which
 * resolves the citizen's open queue items and queues the re-screening), and a citizen's screenings.
 */
@Injectable()
export class StaffScreeningsService {
  constructor(
    @InjectRepository(QueueItemEntity) private readonly queue: Repository<QueueItemEntity>,
    @InjectRepository(ScreeningEntity) private readonly screenings: Repository<ScreeningEntity>,
    private readonly cases: CitizenCasesService,
    private readonly identity: IdentityService,
    private readonly meetings: MeetingsService,
    private readonly citizenSide: CitizenScreeningService,
    private readonly queueItems: ScreeningQueueService,
    private readonly dataSource: DataSource,
  ) {}

  /** The signals a screening weighs; inside a transaction (recording one) read on its connection. */
  private async indicatorsOf(kase: CitizenCase, manager?: EntityManager): Promise<IndicatorsDto> {
    const today = todayInCopenhagen();
    const selfAssessment = await this.citizenSide.latestSelfAssessment(kase.id, manager);
    const signIns = await this.identity.lastCitizenSignIns([kase.id], manager);
    const earlierCases = await this.cases.earlierCases(kase.id, manager);
    const openQueueItems = await (manager?.getRepository(QueueItemEntity) ?? this.queue).count({
      where: { citizenId: kase.id, status: 'open' },
    });
    const missedMeetings = await this.meetings.missedMeetings(kase.id, manager);
    const lastSignIn = signIns.get(kase.id);
    return {
      weeksUnemployed: Math.max(0, Math.floor(daysBetween(kase.unemployedSince, today) / 7)),
      benefitType: kase.benefitType,
      selfAssessment,
      daysSinceSignIn: lastSignIn ? Math.max(0, daysBetween(todayInCopenhagen(lastSignIn), today)) : null,
      missedMeetings,
      earlierCases,
      openQueueItems,
    };
  }

  async indicators(actor: StaffPrincipal, citizenId: string, purpose?: string): Promise<IndicatorsDto> {
    const kase = await this.cases.authorize(actor, citizenId, {
      action: 'read',
      resource: 'screening.indicators',
      purpose,
    });
    return this.indicatorsOf(kase);
  }

  async record(
    actor: StaffPrincipal,
    citizenId: string,
    input: ScreeningInputDto,
    purpose?: string,
  ): Promise<ScreeningDto> {
    if (input.nextScreeningDate <= todayInCopenhagen()) {
      throw new PlatformException(PlatformErrorCode.ValidationFailed, 'The next screening must be after today.', {
        errors: [{ field: 'nextScreeningDate', message: 'nextScreeningDate must be after today' }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.cases.authorize(
        actor,
        citizenId,
        { action: 'create', resource: 'screening', purpose },
        manager,
      );
      assertCaseActive(kase);
      const indicators = await this.indicatorsOf(kase, manager);
      const screening = await manager.save(
        manager.create(ScreeningEntity, {
          citizenId: kase.id,
          municipalityCode: kase.municipalityCode,
          caseworkerId: actor.id,
          caseworkerName: actor.name,
          indicators: { ...indicators },
          assessment: input.assessment,
          track: input.track,
          summaryForCitizen: input.summaryForCitizen,
          nextScreeningDate: input.nextScreeningDate,
          citizenComment: null,
          changeRequested: false,
          commentedAt: null,
        }),
      );
      // The screening answers every open reason to look at the citizen (the visitation included).
      await manager.update(
        QueueItemEntity,
        { citizenId: kase.id, status: 'open' },
        { status: 'resolved', closedAt: new Date(), closedBy: actor.id, resolution: `screening:${screening.id}` },
      );
      await this.queueItems.enqueue(
        kase,
        'rescreening_due',
        `screening-${screening.id}`,
        input.nextScreeningDate,
        manager,
      );
      await this.cases.recordEvent(kase.id, 'screened', { track: input.track }, manager);
      return screeningDto(screening);
    });
  }

  async history(actor: StaffPrincipal, citizenId: string, purpose?: string): Promise<ScreeningDto[]> {
    const kase = await this.cases.authorize(actor, citizenId, { action: 'read', resource: 'screening', purpose });
    return (await this.screenings.find({ where: { citizenId: kase.id }, order: { createdAt: 'DESC' }, take: 100 })).map(
      screeningDto,
    );
  }
}
