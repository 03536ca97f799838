import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@jobunivers/api/audit';
import {
  CitizenCasesService,
  OnModuleEvent,
  type CitizenCase,
  type CitizenRegisteredEvent,
  type RegistrationNextSteps,
  visitationDeadline,
} from '@jobunivers/api/citizens';
import { type Page, toPage } from '@jobunivers/api/http';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import type { MeetingEvent } from '@jobunivers/api/meetings';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { addDays, daysBetween, todayInCopenhagen } from '@jobunivers/api/time';
import type { QueueItemDto, QueueQueryDto } from './dto/screening.dto';
import { QueueItemEntity, type QueueReason } from './entities/queue-item.entity';
import { ScreeningErrorCode, ScreeningException } from './screening.errors';

export interface QueueCandidate {
  citizen: Pick<CitizenCase, 'id' | 'municipalityCode'>;
  reason: QueueReason;
  dueKey: string;
  dueDate: string;
  note?: string;
}

/** How soon a citizen who asks for personal help should be contacted. */
export const HELP_DAYS = 2;

/**
 * The screening queue: adding items (each reason/occurrence once) — the visitation when a citizen registers, a
 * missed meeting, and what the citizen, the screenings and the daily scan add — the caseworkers' queue and
 * dismissing an item, and the items due for the daily digest.
 */
@Injectable()
export class ScreeningQueueService implements OnModuleInit {
  constructor(
    @InjectRepository(QueueItemEntity) private readonly queue: Repository<QueueItemEntity>,
    private readonly cases: CitizenCasesService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  /** A missed meeting is a signal: the citizen goes on the caseworker's queue, in the same transaction. */
  @OnModuleEvent('meeting.notice')
  async onMeetingNotice(event: MeetingEvent, manager: EntityManager): Promise<void> {
    if (event.kind !== 'no_show') return;
    const kase = await this.cases.caseOf(event.citizenId, manager);
    if (kase?.status !== 'active') return;
    await this.enqueue(
      kase,
      'missed_meeting',
      `meeting-${event.meetingId}`,
      addDays(todayInCopenhagen(), HELP_DAYS),
      manager,
    );
  }

  onModuleInit(): void {
    this.cases.onRegistered((event, manager) => this.onRegistered(event, manager));
  }

  /** Every newly registered citizen is called to visitation: a queue item with the legal deadline, and a timeline entry. */
  private async onRegistered(
    { citizen }: CitizenRegisteredEvent,
    manager: EntityManager,
  ): Promise<RegistrationNextSteps> {
    const deadline = visitationDeadline(citizen);
    await this.enqueue(citizen, 'visitation_due', 'visitation', deadline, manager);
    await this.cases.recordEvent(citizen.id, 'visitation_due', { deadline }, manager);
    return { visitationDeadline: deadline };
  }

  /** Adds a queue item unless this reason/occurrence is already queued; true when it was added. */
  async enqueue(
    citizen: Pick<CitizenCase, 'id' | 'municipalityCode'>,
    reason: QueueReason,
    dueKey: string,
    dueDate: string,
    manager?: EntityManager,
    note?: string,
  ): Promise<boolean> {
    return (await this.enqueueMany([{ citizen, reason, dueKey, dueDate, note }], manager)) === 1;
  }

  /** Adds queue items in one insert, skipping those already queued; answers how many were new. */
  async enqueueMany(items: QueueCandidate[], manager?: EntityManager): Promise<number> {
    if (items.length === 0) return 0;
    const result = await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(QueueItemEntity)
      .values(
        items.map((i) => ({
          citizenId: i.citizen.id,
          municipalityCode: i.citizen.municipalityCode,
          reason: i.reason,
          dueKey: i.dueKey,
          dueDate: i.dueDate,
          status: 'open' as const,
          note: i.note ?? null,
          closedAt: null,
          closedBy: null,
          resolution: null,
        })),
      )
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length;
  }

  /** Open queue items due on or before `date`, in id order a page at a time (for the caseworkers' daily digest). */
  async dueItems(
    date: string,
    afterId: string | undefined,
    limit: number,
  ): Promise<Array<{ id: string; citizenId: string; municipalityCode: string }>> {
    const qb = this.dataSource
      .getRepository(QueueItemEntity)
      .createQueryBuilder('q')
      .select(['q.id', 'q.citizenId', 'q.municipalityCode'])
      .where(`q.status = 'open' AND q.dueDate <= :date`, { date });
    if (afterId) qb.andWhere('q.id > :afterId', { afterId });
    return (await qb.orderBy('q.id').take(limit).getMany()).map((q) => ({
      id: q.id,
      citizenId: q.citizenId,
      municipalityCode: q.municipalityCode,
    }));
  }

  async listQueue(actor: StaffPrincipal, query: QueueQueryDto): Promise<Page<QueueItemDto>> {
    const today = todayInCopenhagen();
    const status = query.status ?? 'open';
    const scope = query.scope ?? (actor.roles.includes('team_lead') ? 'all' : 'me');
    const qb = this.queue
      .createQueryBuilder('q')
      .where('q.municipalityCode = :m', { m: actor.municipalityCode })
      .andWhere('q.status = :status', { status });
    if (scope === 'me') {
      const ids = await this.cases.caseloadIds(actor.id);
      if (ids.length === 0) return toPage([], 0, query);
      qb.andWhere('q.citizenId IN (:...ids)', { ids });
    }
    if (query.citizenId) qb.andWhere('q.citizenId = :citizenId', { citizenId: query.citizenId });
    if (query.overdue) qb.andWhere('q.dueDate < :today', { today });
    const [rows, total] = await qb
      .orderBy('q.dueDate', 'ASC')
      .addOrderBy('q.createdAt', 'ASC')
      .addOrderBy('q.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    const cases = await this.cases.casesOf(
      actor.municipalityCode,
      rows.map((r) => r.citizenId),
    );
    // Each citizen shown is a read of their data: one audit row each, in one insert.
    await this.audit.recordListRead(actor, {
      citizenIds: rows.map((r) => r.citizenId),
      resource: 'screening.queue',
      purpose: (citizenId) =>
        cases.get(citizenId)?.assignedCaseworkerId === actor.id ? 'caseload' : 'screening queue',
    });
    return toPage(
      rows.map((r) => {
        const late = r.status === 'open' ? Math.max(0, daysBetween(r.dueDate, today)) : 0;
        return {
          id: r.id,
          citizenId: r.citizenId,
          citizenName: cases.get(r.citizenId)?.name ?? '',
          reason: r.reason,
          dueDate: r.dueDate,
          overdue: late > 0,
          daysOverdue: late,
          status: r.status,
          note: r.note,
          createdAt: r.createdAt.toISOString(),
        };
      }),
      total,
      query,
    );
  }

  async dismiss(actor: StaffPrincipal, itemId: string, reason: string): Promise<QueueItemDto> {
    const item = await this.queue.findOneBy({ id: itemId, municipalityCode: actor.municipalityCode });
    if (!item) throw new ScreeningException(ScreeningErrorCode.QueueItemNotFound);
    if (item.status !== 'open') throw new ScreeningException(ScreeningErrorCode.QueueItemClosed);
    await this.dataSource.transaction(async (manager) => {
      await this.cases.authorize(
        actor,
        item.citizenId,
        {
          action: 'update',
          resource: 'screening.queue',
          purpose: actor.roles.includes('team_lead') ? undefined : 'screening queue',
        },
        manager,
      );
      await manager.update(
        QueueItemEntity,
        { id: item.id, status: 'open' },
        { status: 'dismissed', closedAt: new Date(), closedBy: actor.id, resolution: reason },
      );
    });
    const updated = (await this.queue.findOneBy({ id: item.id }))!;
    const kase = (await this.cases.casesOf(actor.municipalityCode, [item.citizenId])).get(item.citizenId);
    return {
      id: updated.id,
      citizenId: updated.citizenId,
      citizenName: kase?.name ?? '',
      reason: updated.reason,
      dueDate: updated.dueDate,
      overdue: false,
      daysOverdue: 0,
      status: updated.status,
      note: updated.note,
      createdAt: updated.createdAt.toISOString(),
    };
  }
}
