import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { type Page, type PageQueryDto, toPage } from '@jobunivers/api/http';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import { QueueService } from '@jobunivers/api/queue';
import { DataSource, IsNull, Repository } from 'typeorm';
import type { AnnouncementDto, AnnouncementInputDto } from './dto/notifications.dto';
import { AnnouncementEntity } from './entities/announcement.entity';
import { NotificationsErrorCode, NotificationsException } from './notifications.errors';
import { NotificationsService } from './notifications.service';

export const FANOUT_JOB = 'notifications.fan-out';
const PAGE = 1000;

const toDto = (a: AnnouncementEntity): AnnouncementDto => ({
  id: a.id,
  title: a.title,
  body: a.body,
  createdByName: a.createdByName,
  createdAt: a.createdAt.toISOString(),
  recipients: a.recipients,
  completedAt: a.completedAt?.toISOString() ?? null,
});

/**
 * The jobcentre's announcements to all its active citizens. The announcement row and the fan-out job
 * are written together; the job notifies a page of citizens per transaction and moves its cursor in
 * the same transaction, so a crash resumes at the first page not committed (source keys make a
 * repeated page harmless).
 */
@Injectable()
export class AnnouncementsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectRepository(AnnouncementEntity) private readonly announcements: Repository<AnnouncementEntity>,
    private readonly notifications: NotificationsService,
    private readonly cases: CitizenCasesService,
    private readonly queue: QueueService,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.queue.enabled) return;
    // A fan-out cut short (a crash, a deploy) resumes at its cursor: now, and every minute on any instance.
    await this.queue.recurring<{ id?: string }>(
      FANOUT_JOB,
      '* * * * *',
      (job) => (job.data.id ? this.fanOut(job.data.id) : this.resumeUnfinished()),
      {
        queue: { retryLimit: 10, retryDelay: 2 },
        work: { pollingIntervalSeconds: 0.5 },
      },
    );
    await this.resumeUnfinished();
  }

  /** Sends a fan-out job for every announcement not yet completed (fanOut is idempotent and locks the row). */
  async resumeUnfinished(): Promise<void> {
    const rows = await this.announcements.find({ where: { completedAt: IsNull() }, select: { id: true } });
    for (const row of rows) await this.queue.send(FANOUT_JOB, { id: row.id });
  }

  async create(actor: StaffPrincipal, input: AnnouncementInputDto): Promise<AnnouncementDto> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.save(
        manager.create(AnnouncementEntity, {
          municipalityCode: actor.municipalityCode,
          title: input.title,
          body: input.body,
          createdBy: actor.id,
          createdByName: actor.name,
          fannedOutAfter: null,
          recipients: 0,
          completedAt: null,
        }),
      );
      if (this.queue.enabled) await this.queue.sendInTransaction(manager, FANOUT_JOB, { id: row.id });
      return row;
    });
    return toDto(saved);
  }

  async list(actor: StaffPrincipal, query: PageQueryDto): Promise<Page<AnnouncementDto>> {
    const [rows, total] = await this.announcements.findAndCount({
      where: { municipalityCode: actor.municipalityCode },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    return toPage(rows.map(toDto), total, query);
  }

  async get(actor: StaffPrincipal, id: string): Promise<AnnouncementDto> {
    const row = await this.announcements.findOneBy({ id, municipalityCode: actor.municipalityCode });
    if (!row) throw new NotificationsException(NotificationsErrorCode.AnnouncementNotFound);
    return toDto(row);
  }

  /** Notifies every active citizen of the municipality, a page per transaction, resuming at the cursor. */
  async fanOut(id: string): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const a = await manager.findOne(AnnouncementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!a || a.completedAt) return -1;
        const page = await this.cases.activeCases(a.fannedOutAfter ?? undefined, PAGE, a.municipalityCode, manager);
        const made = await this.notifications.notify(
          manager,
          page.map((c) => ({
            recipientKind: 'citizen',
            recipientId: c.id,
            municipalityCode: c.municipalityCode,
            kind: 'announcement',
            params: { title: a.title, body: a.body },
            sourceKey: `announcement:${a.id}:${c.id}`,
          })),
        );
        const last = page.at(-1)?.id ?? a.fannedOutAfter;
        await manager.update(
          AnnouncementEntity,
          { id },
          {
            fannedOutAfter: last,
            recipients: a.recipients + made,
            completedAt: page.length < PAGE ? new Date() : null,
          },
        );
        return page.length < PAGE ? -1 - made : made;
      });
      if (done < 0) {
        total += -1 - done;
        break;
      }
      total += done;
    }
    if (total) this.logger.log(`Announcement ${id} sent to ${total} citizens`);
    return total;
  }
}
