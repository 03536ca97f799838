import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CitizenCasesService, type CaseActor, type CitizenCase } from '@jobunivers/api/citizens';
import { PlatformException } from '@jobunivers/api/errors';
import type { CitizenPrincipal } from '@jobunivers/api/identity';
import { QueueService } from '@jobunivers/api/queue';
import { ScreeningService } from '@jobunivers/api/screening';
import { todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { JoblogDto, JoblogEntryDto, JoblogInputDto, JoblogPatchDto } from './dto/joblog.dto';
import type { JobAdEntity } from './entities/job-ad.entity';
import { JoblogEntryEntity } from './entities/joblog-entry.entity';
import { JobAdViewsService } from './job-ad-views.service';
import { JobMatchingErrorCode, JobMatchingException } from './job-matching.errors';
import { JoblogRepository } from './joblog.repository';
import { quietSince } from './quiet';

export const JOBLOG_SCAN_JOB = 'job-matching.joblog-scan';
const BATCH = 1000;

const dto = (e: JoblogEntryEntity): JoblogEntryDto => ({
  id: e.id,
  jobAdId: e.jobAdId,
  employer: e.employer,
  title: e.title,
  appliedOn: e.appliedOn,
  status: e.status,
  notes: e.notes,
  updatedAt: e.updatedAt.toISOString(),
});

/**
 * The joblog: the citizen's job applications. A daily scan on the job queue puts citizens with no
 * application logged for 14 days on the screening queue (idempotent: once per quiet spell).
 */
@Injectable()
export class JoblogService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Joblog');

  constructor(
    @InjectRepository(JoblogEntryEntity) private readonly entries: Repository<JoblogEntryEntity>,
    private readonly cases: CitizenCasesService,
    private readonly screening: ScreeningService,
    private readonly queue: QueueService,
    private readonly dataSource: DataSource,
    private readonly ads: JobAdViewsService,
    private readonly repository: JoblogRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.recurring(JOBLOG_SCAN_JOB, '30 6 * * *', async () => {
      const added = await this.scan();
      this.logger.log(`Joblog scan put ${added} citizens on the screening queue`);
    });
  }

  async mine(citizen: CitizenPrincipal): Promise<JoblogDto> {
    return this.listOf(citizen.id);
  }

  async add(citizen: CitizenPrincipal, input: JoblogInputDto): Promise<JoblogEntryDto> {
    const kase = await this.cases.activeCase(citizen.id);
    this.check(input);
    const ad = input.jobAdId ? await this.ads.get(input.jobAdId) : null;
    if (!ad && (!input.employer || !input.title)) {
      throw PlatformException.validation([
        ...(!input.employer ? [{ field: 'employer', message: 'employer is required without a jobAdId' }] : []),
        ...(!input.title ? [{ field: 'title', message: 'title is required without a jobAdId' }] : []),
      ]);
    }
    const saved = await this.dataSource.transaction((manager) =>
      this.insert(
        kase,
        {
          jobAdId: ad?.id ?? null,
          employer: ad?.employer ?? input.employer!,
          title: ad?.title ?? input.title!,
          appliedOn: input.appliedOn,
          status: input.status,
          notes: input.notes || null,
        },
        manager,
      ),
    );
    return dto(saved);
  }

  /** "Applied" to a caseworker's job suggestion: logged today, unless the ad is already in the joblog. */
  async addFromAd(citizen: CitizenPrincipal, ad: JobAdEntity, manager: EntityManager): Promise<void> {
    const kase = await this.cases.activeCase(citizen.id, manager);
    if (await manager.existsBy(JoblogEntryEntity, { citizenId: kase.id, jobAdId: ad.id })) return;
    await this.insert(
      kase,
      {
        jobAdId: ad.id,
        employer: ad.employer,
        title: ad.title,
        appliedOn: todayInCopenhagen(),
        status: 'applied',
        notes: null,
      },
      manager,
    );
  }

  private async insert(
    kase: CitizenCase,
    entry: Pick<JoblogEntryEntity, 'jobAdId' | 'employer' | 'title' | 'appliedOn' | 'status' | 'notes'>,
    manager: EntityManager,
  ): Promise<JoblogEntryEntity> {
    const saved = await manager.save(
      manager.create(JoblogEntryEntity, { citizenId: kase.id, municipalityCode: kase.municipalityCode, ...entry }),
    );
    await this.cases.recordEvent(kase.id, 'joblog_added', { title: saved.title, employer: saved.employer }, manager);
    return saved;
  }

  async update(citizen: CitizenPrincipal, id: string, input: JoblogPatchDto): Promise<JoblogEntryDto> {
    const entry = await this.entries.findOneBy({ id, citizenId: citizen.id });
    if (!entry) throw new JobMatchingException(JobMatchingErrorCode.JoblogEntryNotFound);
    this.check(input);
    await this.entries.update(
      { id: entry.id },
      {
        ...(input.employer ? { employer: input.employer } : {}),
        ...(input.title ? { title: input.title } : {}),
        ...(input.appliedOn ? { appliedOn: input.appliedOn } : {}),
        ...(input.status ? { status: input.status } : {}),
        ...(input.notes !== undefined ? { notes: input.notes || null } : {}),
      },
    );
    return dto((await this.entries.findOneBy({ id: entry.id }))!);
  }

  async forStaff(actor: CaseActor, citizenId: string, purpose?: string): Promise<JoblogDto> {
    const kase = await this.cases.authorize(actor, citizenId, { action: 'read', resource: 'joblog', purpose });
    return this.listOf(kase.id);
  }

  /** Puts every active citizen quiet for 14 days (no application logged, counted from registration) on the screening queue. */
  async scan(today = todayInCopenhagen()): Promise<number> {
    let added = 0;
    let after: string | undefined;
    for (;;) {
      const batch = await this.cases.activeCases(after, BATCH);
      if (batch.length === 0) return added;
      after = batch[batch.length - 1].id;
      const last = new Map(
        (await this.repository.lastApplied(batch.map((c) => c.id))).map((r) => [r.citizen_id, r.last]),
      );
      const due = batch.flatMap((kase) => {
        const since = quietSince(todayInCopenhagen(kase.registeredAt), last.get(kase.id), today);
        return since
          ? [
              {
                citizen: kase,
                reason: 'no_joblog' as const,
                dueKey: `no-joblog-since-${since}`,
                dueDate: today,
                note: `Ingen ansøgninger i joblog siden ${since}`,
              },
            ]
          : [];
      });
      added += await this.screening.enqueueMany(due);
    }
  }

  private check(input: { appliedOn?: string }): void {
    if (input.appliedOn && input.appliedOn > todayInCopenhagen())
      throw PlatformException.validation([{ field: 'appliedOn', message: 'appliedOn must not be in the future' }]);
  }

  private async listOf(citizenId: string): Promise<JoblogDto> {
    const rows = await this.entries.find({
      where: { citizenId },
      order: { appliedOn: 'DESC', createdAt: 'DESC' },
      take: 500,
    });
    return { items: rows.map(dto), lastAppliedOn: rows[0]?.appliedOn ?? null };
  }
}
